/**
 * The math of the Chinchilla refit figure (`chinchilla-refit`): the parameter sets it compares,
 * the fit and bootstrap it runs (as figure computations), and what it draws from them. Pure: runs
 * in, numbers out; the fitting itself is ./fit/ (its README has the checks against both papers).
 *
 * Parameter sets:
 * - Hoffmann et al. (2022), App. D.2 eq. 10, as printed: E, α and β rounded to two decimals;
 * - Hoffmann et al. unrounded: the values of the paper's TeX source that Besiroglu et al.'s notebook
 *   uses (`true_params`), e.g. α = 0.33917, β = 0.28491;
 * - Besiroglu et al. (2024), as reported (their table; the notebook's second fit, effectively δ → 0);
 * - the course's own fit: the Huber objective minimised from the notebook's start grid, live.
 */
import { BESIROGLU_FIT, type ChinchillaFit, chinchillaLoss, computeOptimal, HOFFMANN_FIT } from './scaling';
import { bootstrapChinchilla, PARAMS } from './fit/bootstrap';
import { dropHighestLoss, fitChinchilla, HOFFMANN_TEX_FIT } from './fit/chinchilla';
import { exponentA, type Interval, summarize } from './fit/intervals';
import { fromTheta, type Run } from './fit/objective';
import { logspace } from './format';

export const PUBLISHED_SETS = { hoffmann: HOFFMANN_FIT, 'hoffmann-tex': HOFFMANN_TEX_FIT, besiroglu: BESIROGLU_FIT } as const;
export type PublishedSet = keyof typeof PUBLISHED_SETS;
export type SetName = PublishedSet | 'own';

/** The Huber δ a reader can choose (on log-loss residuals); `inf` is ordinary least squares. */
export const DELTAS: Readonly<Record<string, number>> = { '1e-6': 1e-6, '1e-4': 1e-4, '1e-3': 1e-3, '1e-2': 1e-2, inf: Number.POSITIVE_INFINITY };

/** How many of the highest-loss runs Besiroglu et al. leave out. */
export const OUTLIERS = 5;

/** The runs a fit sees: all of them, or without the `OUTLIERS` highest losses (as the replication). */
export function fitRuns<T extends Run>(runs: readonly T[], dropOutliers: boolean): T[] {
	return dropOutliers ? dropHighestLoss(runs, OUTLIERS) : runs.slice();
}

/** The course's fit as a figure computation returns it: plain numbers that survive JSON. */
export interface RefitResult {
	/** θ = (log A, log B, log E, α, β) at full precision. */
	theta: number[];
	/** The Huber objective at the optimum. */
	value: number;
	converged: boolean;
}

export function refit(runs: readonly Run[], delta: number): RefitResult {
	const r = fitChinchilla(runs, { delta });
	return { theta: Array.from(r.theta), value: r.value, converged: r.converged };
}

export const fitOf = (result: RefitResult): ChinchillaFit => fromTheta(result.theta);

/**
 * A bootstrap as a figure computation returns it: the resampled parameters rounded to 6
 * significant digits (a page embeds the default view's result: 200 resamples stay under 10 KB).
 * The rounding moves a derived quantity such as tokens per parameter by about 10⁻⁴ of itself,
 * far below any printed digit, and is the same in the build and the browser.
 */
export interface CompactBootstrap {
	resamples: number;
	seed: number;
	/** Resamples whose minimisation converged (all are kept, as the notebook keeps them). */
	converged: number;
	/** resamples × 5, row-major, columns E, A, B, α, β. */
	samples: number[];
}

const round6 = (x: number) => Number(x.toPrecision(6));

/** Run the seeded bootstrap (a generator yielding progress 0–1) and return it compactly. */
export function* compactBootstrap(runs: readonly Run[], options: { resamples: number; seed: number; delta: number }): Generator<number, CompactBootstrap, void> {
	const work = bootstrapChinchilla(runs, { ...options, progressEvery: 1 });
	for (;;) {
		const step = work.next();
		if (step.done) {
			const r = step.value;
			return { resamples: r.resamples, seed: r.seed, converged: r.convergedCount, samples: Array.from(r.samples, round6) };
		}
		yield step.value.done / step.value.total;
	}
}

/** Each resample's parameter set. */
export function bootstrapFits(c: CompactBootstrap): ChinchillaFit[] {
	const k = PARAMS.length;
	return Array.from({ length: c.resamples }, (_, i) => ({
		E: c.samples[i * k]!,
		A: c.samples[i * k + 1]!,
		B: c.samples[i * k + 2]!,
		alpha: c.samples[i * k + 3]!,
		beta: c.samples[i * k + 4]!,
	}));
}

/** The quantities the figure reports for a parameter set, at a budget c. */
export const QUANTITIES = ['E', 'A', 'B', 'alpha', 'beta', 'a', 'tokens_per_param'] as const;
export type Quantity = (typeof QUANTITIES)[number];

export function quantity(fit: ChinchillaFit, q: Quantity, c: number): number {
	if (q === 'a') return exponentA(fit);
	if (q === 'tokens_per_param') return computeOptimal(fit, c).tokensPerParam;
	return fit[q];
}

/** 95% percentile intervals of every quantity over the resamples (tokens per parameter at c). */
export function bootstrapIntervals(fits: readonly ChinchillaFit[], c: number): Record<Quantity, Interval> {
	const out = {} as Record<Quantity, Interval>;
	for (const q of QUANTITIES) out[q] = summarize(fits.map((f) => quantity(f, q, c)));
	return out;
}

/** Budgets (FLOPs) at which the figure draws the compute-optimal tokens per parameter. */
export const FRONTIER_BUDGETS = logspace(1e18, 1e26, 33);

export interface BandPoint {
	c: number;
	lo: number;
	median: number;
	hi: number;
}

/** The 95% band of compute-optimal tokens per parameter over the resamples, at each budget. */
export function tokensPerParamBand(fits: readonly ChinchillaFit[], budgets: readonly number[] = FRONTIER_BUDGETS): BandPoint[] {
	return budgets.map((c) => {
		const s = summarize(fits.map((f) => computeOptimal(f, c).tokensPerParam));
		return { c, lo: s.lo, median: s.median, hi: s.hi };
	});
}

/** ln(measured / fitted): the residual the Huber objective sees. */
export function logResidual(fit: ChinchillaFit, run: Run): number {
	return Math.log(run.loss) - Math.log(chinchillaLoss(fit, run.n, run.d));
}

/**
 * The budgets whose iso-FLOP runs the figure highlights, one decade apart inside the data (Hoffmann
 * et al.'s Approach 2 trained at 6×10¹⁸ … 3×10²¹ FLOPs; many of the extracted points sit at these three).
 */
export const HIGHLIGHT_BUDGETS = [1e19, 1e20, 1e21] as const;

/** A run counts as on a highlighted budget within this distance in log10 C (±26%). */
export const BUDGET_TOLERANCE = 0.1;

/** The highlighted budget a run of compute c belongs to, or null. */
export function budgetOf(c: number): number | null {
	return HIGHLIGHT_BUDGETS.find((b) => Math.abs(Math.log10(c / b)) <= BUDGET_TOLERANCE) ?? null;
}

/** The fitted loss along the iso-FLOP curve C = 6ND, for N in [lo, hi]. */
export function isoCurve(fit: ChinchillaFit, c: number, lo: number, hi: number, points = 40): { n: number; d: number; loss: number }[] {
	return logspace(lo, hi, points).map((n) => {
		const d = c / (6 * n);
		return { n, d, loss: chinchillaLoss(fit, n, d) };
	});
}
