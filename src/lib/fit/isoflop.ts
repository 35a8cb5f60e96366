/**
 * Iso-FLOP analysis: at each compute budget C, the model size N* that minimises loss, then the
 * power law N* ∝ C^a across budgets.
 *
 * Two ways to read N* off one iso-FLOP curve:
 * - 'parabola': least-squares parabola of loss against ln N, as Hoffmann et al. (2022, §3.2,
 *   Approach 2) did. Its vertex may lie outside the sampled N: that minimum is extrapolated and
 *   flagged ('extrapolated'); a curve that opens downward has no minimum ('none').
 * - 'akima': the method of Porian et al. (2024; formll/resolving-scaling-law-discrepancies
 *   @ 0dc60d9, analysis.py `interpolation`): Akima interpolation of ln L against ln N, evaluated on
 *   a geometric grid of (k − 1) × 25 sizes between the smallest and largest N, minimum on the grid.
 *   A minimum at either end of the grid is not a minimum ('edge'); Porian et al. discard it.
 *
 * Runs with the same N within a budget are reduced to the lowest loss (Porian et al.'s 'min').
 * A budget with fewer than 3 distinct sizes gives status 'too-few-points'. Nothing returns NaN:
 * where there is no estimate, nStar and lossStar are null and the status says why.
 *
 * The power law is fitted by (optionally weighted) least squares of ln N* on ln C, as Porian et
 * al.'s `power_law_fit` (scikit-learn LinearRegression); its interval comes from
 * ./isoflop-bootstrap.ts.
 */
import { akima } from './akima.ts';

export interface IsoFlopRun {
	/** Training compute of the run (FLOPs): the budget its iso-FLOP curve belongs to. */
	budget: number;
	/** Parameters. */
	n: number;
	loss: number;
}

export type IsoFlopMethod = 'parabola' | 'akima';
export type MinimumStatus = 'interior' | 'extrapolated' | 'edge' | 'none' | 'too-few-points';

export interface IsoFlopMinimum {
	budget: number;
	method: IsoFlopMethod;
	status: MinimumStatus;
	/** The loss-minimising size, or null (see status). For 'extrapolated' it is outside nRange. */
	nStar: number | null;
	/** The fitted or interpolated loss at nStar, or null. */
	lossStar: number | null;
	/** Smallest and largest N sampled at this budget. */
	nRange: [number, number];
	/** Distinct sizes used. */
	points: number;
}

/** Porian et al.'s grid density: (k − 1) × 25 evaluation points for k sizes. */
export const AKIMA_GRID_MULTIPLIER = 25;

function checkRun(r: IsoFlopRun, i: number): void {
	if (!(r.budget > 0 && r.n > 0 && r.loss > 0) || !Number.isFinite(r.budget * r.n * r.loss)) {
		throw new RangeError(`iso-FLOP run ${i}: budget, N and loss must be positive and finite (got C=${r.budget}, N=${r.n}, loss=${r.loss})`);
	}
}

/** Runs grouped by budget (ascending), each group sorted by N with one run (the lowest loss) per N. */
export function groupByBudget(runs: readonly IsoFlopRun[]): Map<number, IsoFlopRun[]> {
	runs.forEach(checkRun);
	const groups = new Map<number, Map<number, IsoFlopRun>>();
	for (const r of runs) {
		const byN = groups.get(r.budget) ?? new Map<number, IsoFlopRun>();
		const seen = byN.get(r.n);
		if (!seen || r.loss < seen.loss) byN.set(r.n, r);
		groups.set(r.budget, byN);
	}
	const budgets = [...groups.keys()].sort((a, b) => a - b);
	return new Map(budgets.map((c) => [c, [...groups.get(c)!.values()].sort((a, b) => a.n - b.n)]));
}

/** Least-squares coefficients (c0, c1, c2) of y ≈ c0 + c1 x + c2 x², or null if x has < 3 distinct values. */
export function fitParabola(xs: ArrayLike<number>, ys: ArrayLike<number>): [number, number, number] | null {
	const n = xs.length;
	if (n !== ys.length) throw new RangeError(`fitParabola: ${n} x values but ${ys.length} y values`);
	if (new Set(Array.from(xs)).size < 3) return null;
	// Centre and scale x so that the normal equations are well conditioned, solve, then map back.
	let mean = 0;
	for (let i = 0; i < n; i++) mean += xs[i]!;
	mean /= n;
	let sd = 0;
	for (let i = 0; i < n; i++) sd += (xs[i]! - mean) ** 2;
	sd = Math.sqrt(sd / n);
	const S = [0, 0, 0, 0, 0];
	const T = [0, 0, 0];
	for (let i = 0; i < n; i++) {
		const u = (xs[i]! - mean) / sd;
		let p = 1;
		for (let k = 0; k < 5; k++) {
			S[k]! += p;
			if (k < 3) T[k]! += p * ys[i]!;
			p *= u;
		}
	}
	const M = [
		[S[0]!, S[1]!, S[2]!, T[0]!],
		[S[1]!, S[2]!, S[3]!, T[1]!],
		[S[2]!, S[3]!, S[4]!, T[2]!],
	];
	// Gaussian elimination with partial pivoting on the 3 × 4 augmented matrix.
	for (let col = 0; col < 3; col++) {
		let piv = col;
		for (let r = col + 1; r < 3; r++) if (Math.abs(M[r]![col]!) > Math.abs(M[piv]![col]!)) piv = r;
		[M[col], M[piv]] = [M[piv]!, M[col]!];
		const d = M[col]![col]!;
		if (Math.abs(d) < 1e-12 * S[0]!) return null;
		for (let r = 0; r < 3; r++) {
			if (r === col) continue;
			const f = M[r]![col]! / d;
			for (let k = col; k < 4; k++) M[r]![k]! -= f * M[col]![k]!;
		}
	}
	const b0 = M[0]![3]! / M[0]![0]!;
	const b1 = M[1]![3]! / M[1]![1]!;
	const b2 = M[2]![3]! / M[2]![2]!;
	// y = b0 + b1 u + b2 u², u = (x − mean)/sd.
	const c2 = b2 / (sd * sd);
	const c1 = b1 / sd - (2 * b2 * mean) / (sd * sd);
	const c0 = b0 - (b1 * mean) / sd + (b2 * mean * mean) / (sd * sd);
	return [c0, c1, c2];
}

/** N* of one budget's runs (all with that budget) by the chosen method. */
export function isoFlopMinimum(runs: readonly IsoFlopRun[], method: IsoFlopMethod = 'parabola'): IsoFlopMinimum {
	if (runs.length === 0) throw new RangeError('isoFlopMinimum: no runs');
	const budget = runs[0]!.budget;
	if (runs.some((r) => r.budget !== budget)) throw new RangeError('isoFlopMinimum: runs from more than one budget; group them with groupByBudget');
	const sorted = groupByBudget(runs).get(budget)!;
	const nRange: [number, number] = [sorted[0]!.n, sorted[sorted.length - 1]!.n];
	const base = { budget, method, nRange, points: sorted.length };
	const none = (status: MinimumStatus): IsoFlopMinimum => ({ ...base, status, nStar: null, lossStar: null });
	if (sorted.length < 3) return none('too-few-points');
	const x = sorted.map((r) => Math.log(r.n));

	if (method === 'parabola') {
		const c = fitParabola(
			x,
			sorted.map((r) => r.loss),
		);
		if (c === null) return none('too-few-points');
		const [c0, c1, c2] = c;
		// Flat or opening downward: no minimum. (The tolerance ignores rounding-level curvature.)
		const span = x[x.length - 1]! - x[0]!;
		if (!(c2 * span * span > 1e-12 * Math.abs(c0))) return none('none');
		const xStar = -c1 / (2 * c2);
		const nStar = Math.exp(xStar);
		if (!Number.isFinite(nStar) || nStar === 0) return none('none');
		const status = xStar >= x[0]! && xStar <= x[x.length - 1]! ? 'interior' : 'extrapolated';
		return { ...base, status, nStar, lossStar: c0 + c1 * xStar + c2 * xStar * xStar };
	}

	const curve = akima(
		x,
		sorted.map((r) => Math.log(r.loss)),
	);
	const count = (sorted.length - 1) * AKIMA_GRID_MULTIPLIER;
	const lo = x[0]!;
	const step = (x[x.length - 1]! - lo) / (count - 1);
	let best = 0;
	let bestValue = Number.POSITIVE_INFINITY;
	for (let i = 0; i < count; i++) {
		const v = curve.at(lo + i * step);
		if (v < bestValue) {
			bestValue = v;
			best = i;
		}
	}
	if (best === 0 || best === count - 1) return none('edge');
	return { ...base, status: 'interior', nStar: Math.exp(lo + best * step), lossStar: Math.exp(bestValue) };
}

/** N* at every budget. */
export function isoFlopMinima(runs: readonly IsoFlopRun[], method: IsoFlopMethod = 'parabola'): IsoFlopMinimum[] {
	return [...groupByBudget(runs).values()].map((group) => isoFlopMinimum(group, method));
}

export interface PowerLawFit {
	/** a in y = k x^a. */
	exponent: number;
	/** k in y = k x^a. */
	coefficient: number;
	/** R² of the fit in log–log space (unweighted, as scikit-learn's score). */
	r2: number;
	/**
	 * Ordinary least-squares standard error of the exponent (unweighted fits with ≥ 3 points),
	 * otherwise null. Assumes independent, equal-variance errors in ln y; prefer the bootstrap.
	 */
	exponentSE: number | null;
	points: number;
}

/** Least squares of ln y on ln x, optionally weighted; at least 2 distinct x. */
export function fitPowerLaw(xs: readonly number[], ys: readonly number[], weights?: readonly number[]): PowerLawFit {
	const n = xs.length;
	if (n !== ys.length || (weights && weights.length !== n)) throw new RangeError('fitPowerLaw: x, y (and weights) must have the same length');
	for (let i = 0; i < n; i++) {
		if (!(xs[i]! > 0 && ys[i]! > 0) || !Number.isFinite(xs[i]! * ys[i]!)) throw new RangeError(`fitPowerLaw: point ${i} is not positive and finite`);
		if (weights && !(weights[i]! > 0 && Number.isFinite(weights[i]!))) throw new RangeError(`fitPowerLaw: weight ${i} must be positive and finite`);
	}
	if (new Set(xs).size < 2) throw new RangeError(`fitPowerLaw: need at least 2 distinct x values, got ${new Set(xs).size}`);
	const lx = xs.map(Math.log);
	const ly = ys.map(Math.log);
	const w = weights ?? lx.map(() => 1);
	let sw = 0;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		sw += w[i]!;
		mx += w[i]! * lx[i]!;
		my += w[i]! * ly[i]!;
	}
	mx /= sw;
	my /= sw;
	let sxx = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		sxx += w[i]! * (lx[i]! - mx) ** 2;
		sxy += w[i]! * (lx[i]! - mx) * (ly[i]! - my);
	}
	const exponent = sxy / sxx;
	const intercept = my - exponent * mx;
	const meanY = ly.reduce((s, v) => s + v, 0) / n;
	let ssRes = 0;
	let ssTot = 0;
	for (let i = 0; i < n; i++) {
		ssRes += (ly[i]! - intercept - exponent * lx[i]!) ** 2;
		ssTot += (ly[i]! - meanY) ** 2;
	}
	const r2 = ssTot > 0 ? 1 - ssRes / ssTot : 1;
	const exponentSE = !weights && n >= 3 ? Math.sqrt(ssRes / (n - 2) / sxx) : null;
	return { exponent, coefficient: Math.exp(intercept), r2, exponentSE, points: n };
}
