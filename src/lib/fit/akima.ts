/**
 * Akima interpolation (H. Akima, "A new method of interpolation and smooth curve fitting based on
 * local procedures", J. ACM 17(4), 1970), as scipy.interpolate.Akima1DInterpolator computes it
 * (default method 'akima'): a piecewise cubic Hermite curve whose slope at each point is a
 * weighted mean of the neighbouring secant slopes, two extra slopes extrapolated linearly at each
 * end. Porian et al. (2024) interpolate each iso-FLOP curve with it in log–log space
 * (formll/resolving-scaling-law-discrepancies @ 0dc60d9, analysis.py `interpolation`).
 *
 * Unlike a cubic spline it does not overshoot near an outlier, which matters when the minimum of
 * the curve is what is read off.
 */

export interface Akima {
	/** The interpolant at x (x outside the data range: the end cubic, extended). */
	at(x: number): number;
	/** The knots it was built from. */
	xs: Float64Array;
}

/** Build the interpolant; xs strictly increasing, at least 3 points, all values finite. */
export function akima(xs: ArrayLike<number>, ys: ArrayLike<number>): Akima {
	const n = xs.length;
	if (n !== ys.length) throw new RangeError(`akima: ${n} x values but ${ys.length} y values`);
	if (n < 3) throw new RangeError(`akima: need at least 3 points, got ${n}`);
	for (let i = 0; i < n; i++) {
		if (!Number.isFinite(xs[i]!) || !Number.isFinite(ys[i]!)) throw new RangeError(`akima: point ${i} is not finite`);
		if (i > 0 && !(xs[i]! > xs[i - 1]!)) throw new RangeError('akima: x values must be strictly increasing');
	}
	const x = Float64Array.from(xs);
	const y = Float64Array.from(ys);
	// Secant slopes, padded with two linearly extrapolated slopes at each end: m[j + 2] = slope j.
	const m = new Float64Array(n + 3);
	for (let i = 0; i < n - 1; i++) m[i + 2] = (y[i + 1]! - y[i]!) / (x[i + 1]! - x[i]!);
	m[1] = 2 * m[2]! - m[3]!;
	m[0] = 2 * m[1]! - m[2]!;
	m[n + 1] = 2 * m[n]! - m[n - 1]!;
	m[n + 2] = 2 * m[n + 1]! - m[n]!;
	const f1 = new Float64Array(n);
	const f2 = new Float64Array(n);
	let maxF12 = 0;
	for (let i = 0; i < n; i++) {
		f1[i] = Math.abs(m[i + 3]! - m[i + 2]!);
		f2[i] = Math.abs(m[i + 1]! - m[i]!);
		maxF12 = Math.max(maxF12, f1[i]! + f2[i]!);
	}
	const t = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const f12 = f1[i]! + f2[i]!;
		// Where the neighbouring slopes are (nearly) equal the weights vanish: scipy's fallback.
		t[i] = f12 > 1e-9 * maxF12 ? (f1[i]! * m[i + 1]! + f2[i]! * m[i + 2]!) / f12 : 0.5 * (m[i + 3]! + m[i]!);
	}
	return {
		xs: x,
		at(v: number): number {
			// The interval [x_k, x_k+1] containing v (the first or last beyond the ends).
			let lo = 0;
			let hi = n - 2;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (x[mid]! <= v) lo = mid;
				else hi = mid - 1;
			}
			const k = lo;
			const h = x[k + 1]! - x[k]!;
			const slope = m[k + 2]!;
			const c2 = (3 * slope - 2 * t[k]! - t[k + 1]!) / h;
			const c3 = (t[k]! + t[k + 1]! - 2 * slope) / (h * h);
			const s = v - x[k]!;
			return y[k]! + s * (t[k]! + s * (c2 + s * c3));
		},
	};
}
