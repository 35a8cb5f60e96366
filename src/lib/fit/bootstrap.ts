/**
 * Seeded bootstrap of the Chinchilla fit, written as a generator so that one piece of code runs
 * to completion at build time (`runToCompletion`), in a Web Worker posting its progress, or in
 * slices on the main thread (the host calls next() until a time slice is used up, and cancels by
 * simply not calling it again). It yields after every `progressEvery` resamples; one resample is
 * one BFGS minimisation (a few milliseconds for 240 points), so slices stay short.
 *
 * Method of Besiroglu et al. (2024), notebook cells 15 and 21: draw n of the n runs with
 * replacement, minimise the same Huber objective with BFGS started from Hoffmann et al.'s
 * TeX-precision estimates, keep every resample's parameters (converged or not, as the notebook
 * does; the convergence flag of each is kept too). The notebook uses 4,000 resamples.
 *
 * Determinism: resamples come from ./random.ts (exact 32-bit integer arithmetic), so the same seed
 * draws the same resamples everywhere; the fitted values are then identical wherever Math.exp and
 * Math.log round identically (V8: Node at build time and Chromium), and equal to the optimiser's
 * precision elsewhere. The numpy seed 42 of the notebook cannot be reproduced (another generator).
 */
import { type ChinchillaFit, chinchillaLoss } from '../scaling.ts';
import { fitLogData, HOFFMANN_TEX_THETA } from './chinchilla.ts';
import type { MinimizeOptions } from './bfgs.ts';
import { fromTheta, type Run, toLogData, toTheta } from './objective.ts';
import { type Interval, summarize } from './intervals.ts';
import { createRng, resampleCounts } from './random.ts';

/** Column order of BootstrapResult.samples. */
export const PARAMS = ['E', 'A', 'B', 'alpha', 'beta'] as const;
export type ParamName = (typeof PARAMS)[number];

export interface BootstrapOptions {
	resamples: number;
	seed: number;
	/** Huber δ (default 10⁻³). */
	delta?: number;
	/**
	 * Where each resample's minimisation starts: a parameter set (default: Hoffmann et al.'s
	 * TeX-precision estimates, as the notebook), or 'grid' for the multi-start grid of
	 * fitChinchilla (about ten times slower, more robust on unusual data).
	 */
	start?: ChinchillaFit | 'grid';
	/** Yield progress after this many resamples (default 1). */
	progressEvery?: number;
	minimize?: MinimizeOptions;
}

export interface BootstrapProgress {
	done: number;
	total: number;
}

export interface BootstrapResult {
	resamples: number;
	seed: number;
	delta: number;
	/** resamples × 5, row-major, columns in PARAMS order (E, A, B, α, β). */
	samples: Float64Array;
	/** The Huber objective reached by each resample. */
	values: Float64Array;
	/** 1 where the minimiser reported convergence. */
	converged: Uint8Array;
	convergedCount: number;
	/** The range of the data the fits saw: predictions outside it are extrapolations. */
	range: { n: [number, number]; d: [number, number] };
}

/** The bootstrap of fitChinchilla; see the file header. Runs are used as given (drop outliers first). */
export function* bootstrapChinchilla(
	runs: readonly Run[],
	options: BootstrapOptions,
): Generator<BootstrapProgress, BootstrapResult, void> {
	const { resamples, seed } = options;
	if (!Number.isInteger(resamples) || resamples < 1) throw new RangeError(`bootstrapChinchilla: resamples must be a positive integer, got ${resamples}`);
	if (runs.length < 5) throw new RangeError(`bootstrapChinchilla: need at least 5 runs, got ${runs.length}`);
	const delta = options.delta ?? 1e-3;
	const every = options.progressEvery ?? 1;
	const data = toLogData(runs);
	const rng = createRng(seed);
	const counts = new Uint32Array(runs.length);
	const start = options.start ?? fromTheta(HOFFMANN_TEX_THETA);
	const starts = start === 'grid' ? 'grid' : [toTheta(start)];
	const samples = new Float64Array(resamples * PARAMS.length);
	const values = new Float64Array(resamples);
	const converged = new Uint8Array(resamples);
	let convergedCount = 0;
	for (let k = 0; k < resamples; k++) {
		resampleCounts(rng, runs.length, counts);
		const r = fitLogData(data, { delta, starts, weights: counts, ...(options.minimize ? { minimize: options.minimize } : {}) });
		PARAMS.forEach((p, j) => {
			samples[k * PARAMS.length + j] = r.fit[p];
		});
		values[k] = r.value;
		converged[k] = r.converged ? 1 : 0;
		if (r.converged) convergedCount++;
		if ((k + 1) % every === 0 && k + 1 < resamples) yield { done: k + 1, total: resamples };
	}
	const extent = (xs: readonly number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
	return {
		resamples,
		seed,
		delta,
		samples,
		values,
		converged,
		convergedCount,
		range: { n: extent(runs.map((r) => r.n)), d: extent(runs.map((r) => r.d)) },
	};
}

/** Drive a generator to its end (build time, tests, a Worker that needs no progress). */
export function runToCompletion<R>(generator: Generator<unknown, R, void>): R {
	for (;;) {
		const step = generator.next();
		if (step.done) return step.value;
	}
}

/** The parameter set of resample i. */
export function sampleFit(result: BootstrapResult, i: number): ChinchillaFit {
	if (!(i >= 0 && i < result.resamples)) throw new RangeError(`sampleFit: no resample ${i}`);
	const row = result.samples.subarray(i * PARAMS.length, (i + 1) * PARAMS.length);
	return { E: row[0]!, A: row[1]!, B: row[2]!, alpha: row[3]!, beta: row[4]! };
}

/** Any quantity computed from each resample's parameters (a, tokens per parameter, a loss…). */
export function derivedSamples(result: BootstrapResult, quantity: (fit: ChinchillaFit) => number): Float64Array {
	const out = new Float64Array(result.resamples);
	for (let i = 0; i < result.resamples; i++) out[i] = quantity(sampleFit(result, i));
	return out;
}

/** Percentile interval and SE of a derived quantity (see ./intervals.ts). */
export function bootstrapInterval(result: BootstrapResult, quantity: (fit: ChinchillaFit) => number, level = 0.95): Interval {
	return summarize(derivedSamples(result, quantity), level);
}

/** Intervals for each of E, A, B, α, β. */
export function parameterIntervals(result: BootstrapResult, level = 0.95): Record<ParamName, Interval> {
	const entries = PARAMS.map((p) => [p, bootstrapInterval(result, (fit) => fit[p], level)] as const);
	return Object.fromEntries(entries) as Record<ParamName, Interval>;
}

export interface LossPrediction {
	/** Loss at (n, d) under the point fit, if one was given. */
	point: number | null;
	interval: Interval;
	/** True when n or d lies outside the range of the fitted runs (in either direction). */
	extrapolated: boolean;
}

/**
 * Predicted loss of a run of n parameters on d tokens, with a bootstrap interval: the
 * OLMo-ladder use (fit small runs, predict a larger one). The interval covers the fit's parameter
 * uncertainty only, not run-to-run noise of the predicted run itself.
 */
export function predictLoss(result: BootstrapResult, n: number, d: number, pointFit?: ChinchillaFit, level = 0.95): LossPrediction {
	if (!(n > 0 && d > 0)) throw new RangeError(`predictLoss: N and D must be positive, got N=${n}, D=${d}`);
	const { range } = result;
	return {
		point: pointFit ? chinchillaLoss(pointFit, n, d) : null,
		interval: bootstrapInterval(result, (fit) => chinchillaLoss(fit, n, d), level),
		extrapolated: n < range.n[0] || n > range.n[1] || d < range.d[0] || d > range.d[1],
	};
}
