/**
 * Fitting the Chinchilla parametric loss L(N, D) = E + A/N^α + B/D^β to training runs, by the
 * method of Hoffmann et al. (2022, App. D.2) as Besiroglu et al. (2024) re-implemented it
 * (epoch-research/analyzing-chinchilla @ 9225883, data_analysis.ipynb): the Huber objective of
 * ./objective.ts minimised by a quasi-Newton method (./bfgs.ts) from a grid of start points.
 *
 * The notebook runs L-BFGS-B from each of the 4,500 grid points (α, β ∈ {0, 0.5, …, 2},
 * e ∈ {−1, −0.5, …, 1}, a, b ∈ {0, 5, …, 25}) and keeps the best. Here the default ('grid') scores
 * the objective at every grid point (cheap: no minimisation) and runs BFGS only from the best few;
 * tests/unit/fit-chinchilla.test.ts checks that this lands on the optimum the notebook printed for
 * its full grid, and `starts: 'full-grid'` runs all 4,500 when wanted.
 */
import type { ChinchillaFit } from '../scaling.ts';
import { minimizeBfgs, type MinimizeOptions, type StopReason } from './bfgs.ts';
import { fromTheta, huber, huberObjectiveTheta, type LogData, type Run, toLogData } from './objective.ts';

/**
 * Hoffmann et al.'s estimates at the precision of their TeX source, as θ = (log A, log B, log E,
 * α, β): the notebook's `true_params`, quoted by Besiroglu et al. (facts.md A3, [S]):
 * E = 1.6934, A = 406.4, B = 410.7, α = 0.3392, β = 0.2849. The printed, rounded set is
 * HOFFMANN_FIT in ../scaling.ts. The notebook starts every bootstrap fit here.
 */
export const HOFFMANN_TEX_THETA: readonly number[] = [6.0073404, 6.0179186, 0.5267228, 0.33917084, 0.2849083];
export const HOFFMANN_TEX_FIT: ChinchillaFit = fromTheta(HOFFMANN_TEX_THETA);

/** Start values for each parameter of θ; the grid is their Cartesian product. */
export interface StartGrid {
	a: readonly number[];
	b: readonly number[];
	e: readonly number[];
	alpha: readonly number[];
	beta: readonly number[];
}

const steps = (from: number, to: number, step: number): number[] =>
	Array.from({ length: Math.round((to - from) / step) + 1 }, (_, i) => from + i * step);

/** The notebook's grid: 5 × 5 × 5 × 6 × 6 = 4,500 start points. */
export const BESIROGLU_GRID: StartGrid = {
	alpha: steps(0, 2, 0.5),
	beta: steps(0, 2, 0.5),
	e: steps(-1, 1, 0.5),
	a: steps(0, 25, 5),
	b: steps(0, 25, 5),
};

/** Every start point of a grid as θ, in the notebook's order (product over α, β, e, a, b). */
export function gridStarts(grid: StartGrid = BESIROGLU_GRID): Float64Array[] {
	const out: Float64Array[] = [];
	for (const alpha of grid.alpha)
		for (const beta of grid.beta)
			for (const e of grid.e) for (const a of grid.a) for (const b of grid.b) out.push(Float64Array.of(a, b, e, alpha, beta));
	return out;
}

/**
 * The `count` grid points with the lowest objective (ties keep grid order), without minimising.
 *
 * Fast path: on a grid, N^−α and D^−β take only a few values, so they are tabulated once and each
 * point costs one logarithm instead of three exponentials and a logarithm. Where a caller's grid is
 * so wild that the linear-space sum overflows, that point is scored by the stable objective.
 */
export function bestGridStarts(
	data: LogData,
	delta: number,
	count: number,
	grid: StartGrid = BESIROGLU_GRID,
	weights?: ArrayLike<number>,
): { theta: Float64Array; value: number }[] {
	const m = data.logN.length;
	const powers = (exponents: readonly number[], logs: Float64Array) =>
		exponents.map((k) => logs.map((l) => Math.exp(-k * l)));
	const nPow = powers(grid.alpha, data.logN);
	const dPow = powers(grid.beta, data.logD);
	const scored: { theta: Float64Array; value: number }[] = [];
	grid.alpha.forEach((alpha, ia) => {
		const u = nPow[ia]!;
		grid.beta.forEach((beta, ib) => {
			const v = dPow[ib]!;
			for (const e of grid.e) {
				const E = Math.exp(e);
				for (const a of grid.a) {
					const A = Math.exp(a);
					for (const b of grid.b) {
						const B = Math.exp(b);
						const theta = Float64Array.of(a, b, e, alpha, beta);
						let value = 0;
						for (let i = 0; i < m; i++) {
							const w = weights ? weights[i]! : 1;
							if (w !== 0) value += w * huber(Math.log(A * u[i]! + B * v[i]! + E) - data.logL[i]!, delta);
						}
						if (!Number.isFinite(value)) value = huberObjectiveTheta(theta, data, delta, undefined, weights);
						scored.push({ theta, value: Number.isFinite(value) ? value : Number.POSITIVE_INFINITY });
					}
				}
			}
		});
	});
	// A stable sort: equal scores stay in grid order, so the choice is deterministic.
	scored.sort((p, q) => p.value - q.value);
	return scored.slice(0, count);
}

export interface FitOptions {
	/** Huber δ on log-loss residuals (default 10⁻³, as Hoffmann et al.); Infinity = least squares. */
	delta?: number;
	/**
	 * Where BFGS starts: 'grid' (default: the best `topStarts` points of `grid` by objective value),
	 * 'full-grid' (every grid point, as the notebook; slow), or explicit θ vectors.
	 */
	starts?: 'grid' | 'full-grid' | readonly ArrayLike<number>[];
	grid?: StartGrid;
	/** How many of the best grid points to minimise from with starts: 'grid' (default 4). */
	topStarts?: number;
	/** Multiplicity of each run (bootstrap); default 1 each. */
	weights?: ArrayLike<number>;
	minimize?: MinimizeOptions;
}

export interface ChinchillaFitResult {
	fit: ChinchillaFit;
	/** (log A, log B, log E, α, β). */
	theta: Float64Array;
	/** The Huber objective at the optimum. */
	value: number;
	/** BFGS iterations and objective evaluations of the winning start. */
	iterations: number;
	evaluations: number;
	converged: boolean;
	reason: StopReason;
	/** The start point that won, and how many were tried. */
	start: Float64Array;
	startsTried: number;
}

/** The same fit on data already in log form (used by the bootstrap, which keeps one LogData). */
export function fitLogData(data: LogData, options: FitOptions = {}): ChinchillaFitResult {
	const delta = options.delta ?? 1e-3;
	const starts = options.starts ?? 'grid';
	const grid = options.grid ?? BESIROGLU_GRID;
	let thetas: readonly ArrayLike<number>[];
	if (starts === 'grid') {
		thetas = bestGridStarts(data, delta, options.topStarts ?? 4, grid, options.weights).map((s) => s.theta);
	} else if (starts === 'full-grid') {
		thetas = gridStarts(grid);
	} else {
		thetas = starts;
	}
	if (thetas.length === 0) throw new RangeError('fitChinchilla: no start points');
	const fg = (x: Float64Array, g: Float64Array): number => huberObjectiveTheta(x, data, delta, g, options.weights);
	let best: ChinchillaFitResult | null = null;
	for (const start of thetas) {
		const r = minimizeBfgs(fg, start, options.minimize);
		if (!Number.isFinite(r.value)) continue;
		// Prefer a converged run; among equals, the lower objective.
		const better =
			best === null || (r.converged && !best.converged) || (r.converged === best.converged && r.value < best.value);
		if (better) {
			best = {
				fit: fromTheta(r.x),
				theta: r.x,
				value: r.value,
				iterations: r.iterations,
				evaluations: r.evaluations,
				converged: r.converged,
				reason: r.reason,
				start: Float64Array.from(start),
				startsTried: thetas.length,
			};
		}
	}
	if (best === null) throw new RangeError('fitChinchilla: the objective was not finite from any start point');
	return best;
}

/** Fit E, A, B, α, β to runs { n, d, loss } (see FitOptions for δ, start points and weights). */
export function fitChinchilla(runs: readonly Run[], options: FitOptions = {}): ChinchillaFitResult {
	if (runs.length < 5) throw new RangeError(`fitChinchilla: five parameters need at least 5 runs, got ${runs.length}`);
	return fitLogData(toLogData(runs), options);
}

/**
 * The runs without the k highest losses, exactly as the notebook selects them
 * (`losses[i] < sorted_losses[-k]`; ties with the k-th highest loss are dropped too).
 * Besiroglu et al. drop k = 5 of the 245 points.
 */
export function dropHighestLoss<T extends { loss: number }>(runs: readonly T[], k: number): T[] {
	if (!Number.isInteger(k) || k < 0) throw new RangeError(`dropHighestLoss: k must be a non-negative integer, got ${k}`);
	if (k === 0) return runs.slice();
	if (k > runs.length) throw new RangeError(`dropHighestLoss: cannot drop ${k} of ${runs.length} runs`);
	const sorted = runs.map((r) => r.loss).sort((x, y) => x - y);
	const threshold = sorted[sorted.length - k]!;
	return runs.filter((r) => r.loss < threshold);
}
