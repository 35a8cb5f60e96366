/**
 * Turning bootstrap samples into intervals: percentile intervals and standard errors for any
 * quantity derived from the fitted parameters, so that a figure can change, say, the compute
 * budget without re-running the bootstrap.
 *
 * Conventions follow the Besiroglu et al. notebook (numpy): percentiles by linear interpolation
 * between order statistics (numpy's default), standard errors as the sample standard deviation
 * with n − 1 (what np.cov gives). The interval is the plain percentile interval: the central
 * `level` share of the bootstrap distribution, as the notebook reports its 95% intervals.
 */
import { type ChinchillaFit, computeOptimal } from '../scaling.ts';

/** The q-quantile (0 ≤ q ≤ 1) of ascending sorted values, numpy's 'linear' method. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	if (n === 0) throw new RangeError('quantileSorted: no values');
	if (!(q >= 0 && q <= 1)) throw new RangeError(`quantileSorted: q must be in [0, 1], got ${q}`);
	const pos = q * (n - 1);
	const lo = Math.floor(pos);
	const hi = Math.min(lo + 1, n - 1);
	const t = pos - lo;
	return sorted[lo]! + t * (sorted[hi]! - sorted[lo]!);
}

export interface Interval {
	/** Central share covered, e.g. 0.95. */
	level: number;
	lo: number;
	hi: number;
	median: number;
	mean: number;
	/** Sample standard deviation (n − 1): the bootstrap standard error. */
	se: number;
	/** Finite samples used. */
	count: number;
	/** Samples left out because the quantity was not finite for them. */
	dropped: number;
}

/**
 * Percentile interval, median, mean and standard error of samples. Non-finite samples (e.g. a
 * derived quantity undefined for a degenerate resample) are left out and counted in `dropped`;
 * fewer than two finite samples is an error.
 */
export function summarize(samples: ArrayLike<number>, level = 0.95): Interval {
	if (!(level > 0 && level < 1)) throw new RangeError(`summarize: level must be in (0, 1), got ${level}`);
	const finite: number[] = [];
	for (let i = 0; i < samples.length; i++) if (Number.isFinite(samples[i]!)) finite.push(samples[i]!);
	const count = finite.length;
	if (count < 2) throw new RangeError(`summarize: need at least 2 finite samples, got ${count} of ${samples.length}`);
	const sorted = Float64Array.from(finite).sort();
	let mean = 0;
	for (const v of sorted) mean += v;
	mean /= count;
	let ss = 0;
	for (const v of sorted) ss += (v - mean) * (v - mean);
	const tail = (1 - level) / 2;
	return {
		level,
		lo: quantileSorted(sorted, tail),
		hi: quantileSorted(sorted, 1 - tail),
		median: quantileSorted(sorted, 0.5),
		mean,
		se: Math.sqrt(ss / (count - 1)),
		count,
		dropped: samples.length - count,
	};
}

/** The compute-optimal exponent a = β/(α+β) in N_opt ∝ C^a (Hoffmann et al. 2022, eq. 4). */
export function exponentA(fit: ChinchillaFit): number {
	return fit.beta / (fit.alpha + fit.beta);
}

/** D_opt/N_opt at compute budget c (FLOPs), from the closed form in ../scaling.ts. */
export function tokensPerParamAt(c: number): (fit: ChinchillaFit) => number {
	if (!(c > 0)) throw new RangeError(`tokensPerParamAt: the budget must be positive, got ${c}`);
	return (fit) => computeOptimal(fit, c).tokensPerParam;
}
