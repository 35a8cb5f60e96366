/**
 * An interval for the iso-FLOP exponent a (N* ∝ C^a), seeded and written as a generator like
 * ./bootstrap.ts (yields progress; run to completion at build time, in a Worker, or in slices).
 *
 * Method of Porian et al. (2024), formll/resolving-scaling-law-discrepancies @ 0dc60d9,
 * analysis.py (`vectorized_interp_with_seed_noise`, `interp_flop`, `fit_compute_optimal_power_laws`)
 * and paper_tables.py (`extract_CI`). It is a parametric bootstrap over seed noise, not a
 * resampling of runs (an iso-FLOP curve has too few runs to resample):
 * 1. each resample adds independent Gaussian noise of standard deviation `noise` to every loss and
 *    reads N* off every budget again; a minimum at the edge of a curve is invalid;
 * 2. a budget where fewer than half the resamples give a valid N* is dropped;
 * 3. for each kept budget, the observation is the median of its valid N* and its uncertainty the
 *    standard deviation of ln N*, floored at 0.33 × 25 grid steps (≈ a third of the mean log-spacing
 *    of the runs) and inflated by resamples / valid;
 * 4. the exponent is the weighted (1/σ²) least-squares fit of ln N* on ln C over those medians
 *    (their 'bs_median_weighted'); its interval is the percentile interval of the same weighted
 *    fit repeated on the i-th valid N* of every budget, for i up to the fewest valid of any budget
 *    (their 'bootstrap_weighted').
 *
 * Noise levels in their configs.py: σ = 0.002 for RefinedWeb, 0.01 for OpenWebText2 (their
 * formula interpolates σ between two levels by log loss, but its thresholds, ln L ≤ 3 and ≥ 6 or
 * 7, put every loss below e³ ≈ 20 at the lower level, so σ is that constant in practice).
 *
 * Differences from their code: our random numbers (./random.ts) instead of numpy's seed 42, so
 * intervals agree in distribution, not digit for digit; either minimum method (their method is
 * 'akima'); the input is one final loss per run and budget (their per-run loss curves are
 * interpolated to each budget by the data pipeline before this step).
 */
import { groupByBudget, type IsoFlopMethod, isoFlopMinimum, type IsoFlopMinimum, type IsoFlopRun, fitPowerLaw, AKIMA_GRID_MULTIPLIER, type PowerLawFit } from './isoflop.ts';
import { type Interval, summarize } from './intervals.ts';
import { createRng } from './random.ts';

export interface IsoFlopBootstrapOptions {
	resamples: number;
	seed: number;
	/** Standard deviation of the loss noise (loss units); Porian et al.: 0.002 RefinedWeb, 0.01 OpenWebText2. */
	noise: number;
	/** Default 'akima' (Porian et al.). */
	method?: IsoFlopMethod;
	/** Central share of the exponent interval (default 0.95, as their tables). */
	level?: number;
	/** Yield progress after this many resamples (default 10). */
	progressEvery?: number;
}

export interface BudgetSummary {
	/** N* from the runs as measured (no noise). */
	measured: IsoFlopMinimum;
	/** Share of resamples with a valid (interior) minimum. */
	validShare: number;
	/** Whether the budget enters the power-law fit (validShare ≥ ½). */
	kept: boolean;
	/** Median of the valid resampled N*, or null. */
	nStarMedian: number | null;
	/** Porian et al.'s uncertainty of ln N* (floored, inflated), or null. */
	logNStarSD: number | null;
}

export interface IsoFlopBootstrapResult {
	resamples: number;
	seed: number;
	noise: number;
	method: IsoFlopMethod;
	budgets: BudgetSummary[];
	/** The weighted fit on the medians, or null with fewer than 2 kept budgets. */
	fit: PowerLawFit | null;
	/** Exponent of each resample's weighted fit. */
	exponentSamples: Float64Array;
	/** Percentile interval of the exponent, or null with fewer than 2 resample fits. */
	exponentInterval: Interval | null;
}

export function* isoFlopBootstrap(
	runs: readonly IsoFlopRun[],
	options: IsoFlopBootstrapOptions,
): Generator<{ done: number; total: number }, IsoFlopBootstrapResult, void> {
	const { resamples, seed, noise } = options;
	if (!Number.isInteger(resamples) || resamples < 2) throw new RangeError(`isoFlopBootstrap: resamples must be an integer ≥ 2, got ${resamples}`);
	if (!(noise >= 0 && Number.isFinite(noise))) throw new RangeError(`isoFlopBootstrap: noise must be a finite non-negative number, got ${noise}`);
	const method = options.method ?? 'akima';
	const every = options.progressEvery ?? 10;
	const groups = [...groupByBudget(runs).values()];
	const rng = createRng(seed);
	const valid: number[][] = groups.map(() => []);
	for (let k = 0; k < resamples; k++) {
		groups.forEach((group, b) => {
			// Noise that would make a loss non-positive is redrawn (never happens at σ ≪ L).
			const noisy = group.map((r) => {
				let loss = r.loss + noise * rng.normal();
				while (!(loss > 0)) loss = r.loss + noise * rng.normal();
				return { ...r, loss };
			});
			const m = isoFlopMinimum(noisy, method);
			if (m.status === 'interior' && m.nStar !== null) valid[b]!.push(m.nStar);
		});
		if ((k + 1) % every === 0 && k + 1 < resamples) yield { done: k + 1, total: resamples };
	}

	const budgets: BudgetSummary[] = groups.map((group, b) => {
		const measured = isoFlopMinimum(group, method);
		const samples = valid[b]!;
		const validShare = samples.length / resamples;
		const kept = samples.length >= resamples / 2 && samples.length >= 2;
		if (!kept) return { measured, validShare, kept, nStarMedian: null, logNStarSD: null };
		const logs = samples.map(Math.log);
		const median = summarize(logs).median;
		// np.std: the population standard deviation (ddof = 0), as their code.
		const mean = logs.reduce((t, v) => t + v, 0) / logs.length;
		const spread = Math.sqrt(logs.reduce((t, v) => t + (v - mean) ** 2, 0) / logs.length);
		// Floor: 0.33 × 25 steps of the evaluation grid (their min_std_factor × interp_num_multiplier).
		const span = Math.log(measured.nRange[1] / measured.nRange[0]);
		const gridStep = span / ((group.length - 1) * AKIMA_GRID_MULTIPLIER - 1);
		const sd = Math.max(spread, 0.33 * AKIMA_GRID_MULTIPLIER * gridStep) * (resamples / samples.length);
		return { measured, validShare, kept, nStarMedian: Math.exp(median), logNStarSD: sd };
	});

	const keptIdx = budgets.flatMap((b, i) => (b.kept ? [i] : []));
	const budgetOf = (i: number) => groups[i]![0]!.budget;
	const weights = keptIdx.map((i) => 1 / budgets[i]!.logNStarSD! ** 2);
	let fit: PowerLawFit | null = null;
	const exponents: number[] = [];
	if (keptIdx.length >= 2) {
		const cs = keptIdx.map(budgetOf);
		fit = fitPowerLaw(
			cs,
			keptIdx.map((i) => budgets[i]!.nStarMedian!),
			weights,
		);
		const depth = Math.min(...keptIdx.map((i) => valid[i]!.length));
		for (let j = 0; j < depth; j++) {
			exponents.push(
				fitPowerLaw(
					cs,
					keptIdx.map((i) => valid[i]![j]!),
					weights,
				).exponent,
			);
		}
	}
	const exponentSamples = Float64Array.from(exponents);
	return {
		resamples,
		seed,
		noise,
		method,
		budgets,
		fit,
		exponentSamples,
		exponentInterval: exponentSamples.length >= 2 ? summarize(exponentSamples, options.level ?? 0.95) : null,
	};
}
