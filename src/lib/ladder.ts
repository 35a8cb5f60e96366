/**
 * The math of the ladder-prediction figure (`ladder-prediction`): fit the Chinchilla form
 * L(N, D) = E + A/N^α + B/D^β to the small runs of the OLMo ladder (Bhagia et al. 2024), predict the
 * larger runs' C4 validation loss with a bootstrap interval, and compare with what was measured.
 *
 * This is simpler than the paper's method, on purpose: the paper predicts a task's accuracy in two
 * steps (N, D → a task loss in bits per byte → accuracy); here one step predicts the loss on C4 text
 * itself, so what is fitted and what is checked are the same kind of number. The fit is the course's
 * Huber fit (./fit/chinchilla.ts, δ = 10⁻³, from the start grid) on each run's mean loss over its
 * last five evaluations (the paper's step-1 moving average); the interval is a seeded bootstrap over
 * the fitted runs, each resample started from the full-data fit (the replication's start, Hoffmann
 * et al.'s estimates, means nothing for another tokenizer and dataset).
 */
import type { OlmoRun } from '../data/measured/olmo';
import { bootstrapChinchilla, predictLoss } from './fit/bootstrap';
import { fitChinchilla } from './fit/chinchilla';
import { fromTheta, type Run } from './fit/objective';

/** The ladder's sizes, smallest first, and those a fit may stop at (a fit needs ≥ 5 runs: two sizes). */
export const LADDER_SIZES = ['190M', '370M', '760M', '1.3B'] as const;
export const FIT_LIMITS = ['370M', '760M', '1.3B'] as const;
export type FitLimit = (typeof FIT_LIMITS)[number];

export const LADDER_RESAMPLES = 200;
export const LADDER_SEED = 2024;

/** A run's stable key: size and token multiple. */
export const runKey = (r: Pick<OlmoRun, 'size' | 'multiple'>) => `${r.size}×${r.multiple ?? ''}`;

/** The ladder runs a fit up to `limit` uses. */
export function ladderRuns(runs: readonly OlmoRun[], limit: FitLimit): OlmoRun[] {
	const last = LADDER_SIZES.indexOf(limit);
	return runs.filter((r) => r.role === 'ladder' && LADDER_SIZES.indexOf(r.size as (typeof LADDER_SIZES)[number]) <= last);
}

const asRun = (r: OlmoRun): Run => ({ n: r.n, d: r.d, loss: r.lossMean });

export interface LadderPrediction {
	key: string;
	/** Loss under the point fit. */
	point: number;
	lo: number;
	hi: number;
	/** Outside the fitted runs' range of N or D (either direction). */
	extrapolated: boolean;
}

export interface LadderResult {
	/** θ = (log A, log B, log E, α, β) of the point fit. */
	theta: number[];
	resamples: number;
	converged: number;
	predictions: LadderPrediction[];
}

/** Fit, bootstrap and predict every run (a generator yielding progress 0–1). */
export function* predictLadder(runs: readonly OlmoRun[], limit: FitLimit, resamples = LADDER_RESAMPLES, seed = LADDER_SEED): Generator<number, LadderResult, void> {
	const used = ladderRuns(runs, limit).map(asRun);
	const fit = fitChinchilla(used, { delta: 1e-3 });
	yield 0.02;
	const work = bootstrapChinchilla(used, { resamples, seed, delta: 1e-3, start: fit.fit });
	let step = work.next();
	while (!step.done) {
		yield 0.02 + 0.98 * (step.value.done / step.value.total);
		step = work.next();
	}
	const boot = step.value;
	return {
		theta: Array.from(fit.theta),
		resamples,
		converged: boot.convergedCount,
		predictions: runs.map((r) => {
			const p = predictLoss(boot, r.n, r.d, fit.fit);
			return { key: runKey(r), point: p.point!, lo: p.interval.lo, hi: p.interval.hi, extrapolated: p.extrapolated };
		}),
	};
}

export const ladderFit = (result: LadderResult) => fromTheta(result.theta);
