/**
 * BFGS: a quasi-Newton minimiser for smooth functions with an analytic gradient.
 *
 * Why our own: the fits of Hoffmann et al. (2022, App. D.2) and Besiroglu et al. (2024) minimise a
 * Huber loss with L-BFGS-B / BFGS (scipy). The JavaScript options were weighed (see README.md in
 * this folder): `numeric`'s `uncmin` is BFGS but ships as one unmaintained global script without
 * a declared licence; `fmin` offers Nelder–Mead, gradient descent and conjugate gradient, no
 * quasi-Newton method; `ml-levenberg-marquardt` minimises sums of squares only (a Huber loss with
 * δ = 10⁻³ is not one) with finite-difference derivatives. With five parameters a dense BFGS is
 * small, so it is written here and tested on standard functions (tests/unit/fit-bfgs.test.ts).
 *
 * Method (Nocedal & Wright, Numerical Optimization, 2nd ed.): inverse-Hessian BFGS update
 * (eq. 6.17) with the first-step scaling of eq. 6.20; a line search satisfying the strong Wolfe
 * conditions (Algorithms 3.5 and 3.6, safeguarded cubic interpolation, c1 = 1e-4, c2 = 0.9); the
 * first trial step as in scipy's BFGS (min(1, 2.02 Δf / |∇f·p|)).
 *
 * Stopping: converged when the largest gradient component is ≤ gradientTolerance, or when an
 * iteration lowers f by less than valueTolerance × |f|, or when no step lowers f at all while the
 * quasi-Newton model predicts a decrease below valueTolerance × |f| (flat to rounding: the
 * Huber objective's optimum typically ends this way, its gradient ≈ 1e-8 where f ≈ 1e-3).
 * It reports, never hides, a stop for any other reason (iteration limit, failed line search).
 */

/** f(x), writing ∇f(x) into grad. May return Infinity or NaN where f is undefined. */
export type ValueAndGradient = (x: Float64Array, grad: Float64Array) => number;

export interface MinimizeOptions {
	/** Iteration limit (default 1,000). */
	maxIterations?: number;
	/** Converged when max |∂f/∂xᵢ| ≤ this (default 1e-9). */
	gradientTolerance?: number;
	/** Converged when an iteration lowers f by less than this × |f| (default 1e-14). */
	valueTolerance?: number;
}

export type StopReason = 'gradient' | 'value' | 'max-iterations' | 'line-search';

export interface MinimizeResult {
	x: Float64Array;
	value: number;
	gradient: Float64Array;
	iterations: number;
	/** Calls of the objective. */
	evaluations: number;
	converged: boolean;
	reason: StopReason;
}

const C1 = 1e-4;
const C2 = 0.9;
const MAX_LINE_SEARCH = 40;

function dot(a: Float64Array, b: Float64Array): number {
	let s = 0;
	for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
	return s;
}

function maxAbs(a: Float64Array): number {
	let m = 0;
	for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]!));
	return m;
}

/** A point evaluated by the line search: step α, φ(α) = f(x + αp), φ'(α) = ∇f(x + αp)·p. */
interface Trial {
	alpha: number;
	phi: number;
	dphi: number;
	x: Float64Array;
	g: Float64Array;
}

function makeTrial(n: number): Trial {
	return { alpha: 0, phi: 0, dphi: 0, x: new Float64Array(n), g: new Float64Array(n) };
}

function copyTrial(to: Trial, from: Trial): void {
	to.alpha = from.alpha;
	to.phi = from.phi;
	to.dphi = from.dphi;
	to.x.set(from.x);
	to.g.set(from.g);
}

/** Minimum of the cubic through (a, φa, φ'a) and (b, φb, φ'b), or NaN if it has none. */
function cubicMinimum(a: number, fa: number, da: number, b: number, fb: number, db: number): number {
	const d1 = da + db - (3 * (fa - fb)) / (a - b);
	const disc = d1 * d1 - da * db;
	if (!(disc >= 0)) return Number.NaN;
	const d2 = Math.sign(b - a) * Math.sqrt(disc);
	return b - ((b - a) * (db + d2 - d1)) / (db - da + 2 * d2);
}

/**
 * Strong-Wolfe line search from x along the descent direction p (φ'(0) = dphi0 < 0).
 * Returns the accepted trial, or null if no step lowered f.
 */
function lineSearch(
	fg: ValueAndGradient,
	x: Float64Array,
	p: Float64Array,
	phi0: number,
	dphi0: number,
	alpha1: number,
	count: { evaluations: number },
): Trial | null {
	const n = x.length;
	const trial = makeTrial(n);
	const lo = makeTrial(n);
	const hi = makeTrial(n);
	const evaluate = (alpha: number, into: Trial): void => {
		for (let i = 0; i < n; i++) into.x[i] = x[i]! + alpha * p[i]!;
		into.alpha = alpha;
		into.phi = fg(into.x, into.g);
		into.dphi = dot(into.g, p);
		count.evaluations++;
	};
	const sufficient = (t: Trial): boolean => Number.isFinite(t.phi) && t.phi <= phi0 + C1 * t.alpha * dphi0;
	const curvature = (t: Trial): boolean => Math.abs(t.dphi) <= -C2 * dphi0;

	// Algorithm 3.6: shrink [lo, hi] (lo always satisfies sufficient decrease) until a step
	// satisfies both conditions; fall back to lo if the interval collapses.
	const zoom = (): Trial | null => {
		for (let j = 0; j < MAX_LINE_SEARCH; j++) {
			const width = hi.alpha - lo.alpha;
			if (Math.abs(width) <= 1e-16 * Math.max(1, Math.abs(lo.alpha))) break;
			let alpha = Number.isFinite(hi.phi) ? cubicMinimum(lo.alpha, lo.phi, lo.dphi, hi.alpha, hi.phi, hi.dphi) : Number.NaN;
			const a = Math.min(lo.alpha, hi.alpha);
			const b = Math.max(lo.alpha, hi.alpha);
			const margin = 0.1 * (b - a);
			if (!(alpha >= a + margin && alpha <= b - margin)) alpha = (lo.alpha + hi.alpha) / 2;
			evaluate(alpha, trial);
			if (!sufficient(trial) || trial.phi >= lo.phi) {
				copyTrial(hi, trial);
			} else {
				if (curvature(trial)) return trial;
				if (trial.dphi * (hi.alpha - lo.alpha) >= 0) copyTrial(hi, lo);
				copyTrial(lo, trial);
			}
		}
		return lo.alpha > 0 && lo.phi < phi0 ? lo : null;
	};

	// Algorithm 3.5: grow the step until it brackets an acceptable one.
	lo.alpha = 0;
	lo.phi = phi0;
	lo.dphi = dphi0;
	lo.x.set(x);
	let alpha = alpha1;
	for (let i = 0; i < MAX_LINE_SEARCH; i++) {
		evaluate(alpha, trial);
		if (!sufficient(trial) || (i > 0 && trial.phi >= lo.phi)) {
			copyTrial(hi, trial);
			return zoom();
		}
		if (curvature(trial)) return trial;
		if (trial.dphi >= 0) {
			copyTrial(hi, lo);
			copyTrial(lo, trial);
			return zoom();
		}
		copyTrial(lo, trial);
		alpha *= 2;
	}
	return lo.alpha > 0 ? lo : null;
}

/** Minimise f from x0 with BFGS. Throws if f or its gradient is not finite at x0. */
export function minimizeBfgs(fg: ValueAndGradient, x0: ArrayLike<number>, options: MinimizeOptions = {}): MinimizeResult {
	const maxIterations = options.maxIterations ?? 1000;
	const gtol = options.gradientTolerance ?? 1e-9;
	const ftol = options.valueTolerance ?? 1e-14;
	const n = x0.length;
	const x = Float64Array.from(x0);
	const g = new Float64Array(n);
	const count = { evaluations: 1 };
	let f = fg(x, g);
	if (!Number.isFinite(f) || !g.every(Number.isFinite)) {
		throw new RangeError(`minimizeBfgs: the objective or its gradient is not finite at the start point [${Array.from(x0).join(', ')}]`);
	}

	const H = new Float64Array(n * n);
	const resetH = (scale: number): void => {
		H.fill(0);
		for (let i = 0; i < n; i++) H[i * n + i] = scale;
	};
	resetH(1);
	let scaled = false;
	const p = new Float64Array(n);
	const s = new Float64Array(n);
	const y = new Float64Array(n);
	const Hy = new Float64Array(n);
	let previousF = f + Math.sqrt(dot(g, g)) / 2; // scipy's guess for the first step length

	const result = (iterations: number, converged: boolean, reason: StopReason): MinimizeResult => ({
		x,
		value: f,
		gradient: g,
		iterations,
		evaluations: count.evaluations,
		converged,
		reason,
	});

	for (let k = 0; k < maxIterations; k++) {
		if (maxAbs(g) <= gtol) return result(k, true, 'gradient');
		for (let i = 0; i < n; i++) {
			let v = 0;
			for (let j = 0; j < n; j++) v -= H[i * n + j]! * g[j]!;
			p[i] = v;
		}
		let dphi0 = dot(g, p);
		if (!(dphi0 < 0)) {
			// Rounding has made H indefinite: restart from steepest descent.
			resetH(1);
			scaled = false;
			for (let i = 0; i < n; i++) p[i] = -g[i]!;
			dphi0 = dot(g, p);
		}
		const alpha1 = Math.min(1, (2.02 * (f - previousF)) / dphi0);
		const step = lineSearch(fg, x, p, f, dphi0, alpha1 > 0 ? alpha1 : 1, count);
		if (step === null) {
			// No step lowered f. If the quasi-Newton model predicts a decrease (½ gᵀHg) below the
			// value tolerance, f is flat to rounding here: a minimum to working precision.
			const flat = scaled && -dphi0 / 2 <= ftol * Math.abs(f);
			return result(k, flat, flat ? 'value' : 'line-search');
		}

		for (let i = 0; i < n; i++) {
			s[i] = step.x[i]! - x[i]!;
			y[i] = step.g[i]! - g[i]!;
		}
		const sy = dot(s, y);
		const yy = dot(y, y);
		if (sy > 1e-12 * Math.sqrt(dot(s, s) * yy)) {
			if (!scaled) {
				resetH(sy / yy);
				scaled = true;
			}
			// H ← (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, written out for symmetric H.
			for (let i = 0; i < n; i++) {
				let v = 0;
				for (let j = 0; j < n; j++) v += H[i * n + j]! * y[j]!;
				Hy[i] = v;
			}
			const yHy = dot(y, Hy);
			const c = (sy + yHy) / (sy * sy);
			for (let i = 0; i < n; i++) {
				for (let j = 0; j < n; j++) {
					H[i * n + j] = H[i * n + j]! + c * s[i]! * s[j]! - (Hy[i]! * s[j]! + s[i]! * Hy[j]!) / sy;
				}
			}
		}
		previousF = f;
		const decrease = f - step.phi;
		x.set(step.x);
		g.set(step.g);
		f = step.phi;
		if (decrease <= ftol * Math.abs(f)) return result(k + 1, true, 'value');
	}
	return result(maxIterations, maxAbs(g) <= gtol, maxAbs(g) <= gtol ? 'gradient' : 'max-iterations');
}
