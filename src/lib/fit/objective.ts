/**
 * The objective of Hoffmann et al. (2022, App. D.2, eq. 10) as Besiroglu et al. (2024) coded it
 * (epoch-research/analyzing-chinchilla, data_analysis.ipynb, `huber_loss_objective`):
 *
 *   min over θ = (a, b, e, α, β) of  Σᵢ Huber_δ( LSE(a − α log Nᵢ, b − β log Dᵢ, e) − log Lᵢ )
 *
 * where LSE is log-sum-exp, so that exp(LSE) = E + A/N^α + B/D^β with A = eᵃ, B = eᵇ, E = eᵉ.
 * Residuals are in log loss; the Huber loss is ½r² for |r| ≤ δ and δ(|r| − ½δ) beyond, summed
 * (not averaged) over points, as in the notebook. Hoffmann et al. and Besiroglu et al. use
 * δ = 10⁻³; δ → ∞ is ordinary least squares on log loss, δ → 0 approaches least absolute deviations.
 *
 * The gradient is analytic; the log-sum-exp is evaluated stably (shifted by its largest term), so
 * no start point of the paper's grid overflows. Points carry integer weights (multiplicities), so
 * that a bootstrap resample is a weight vector rather than a copy of the data.
 */
import type { ChinchillaFit } from '../scaling.ts';

/** Huber's ρ_δ(r). */
export function huber(r: number, delta: number): number {
	const a = Math.abs(r);
	return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

/** ψ_δ(r) = dρ_δ/dr: r inside [−δ, δ], ±δ outside. */
export function huberSlope(r: number, delta: number): number {
	return r > delta ? delta : r < -delta ? -delta : r;
}

/** Index of each parameter in θ (the notebook's order). */
export const THETA = { a: 0, b: 1, e: 2, alpha: 3, beta: 4 } as const;

/** θ = (log A, log B, log E, α, β) from a parameter set. */
export function toTheta(fit: ChinchillaFit): Float64Array {
	return Float64Array.of(Math.log(fit.A), Math.log(fit.B), Math.log(fit.E), fit.alpha, fit.beta);
}

/** The parameter set (E, A, B, α, β) of θ. */
export function fromTheta(theta: ArrayLike<number>): ChinchillaFit {
	return { E: Math.exp(theta[2]!), A: Math.exp(theta[0]!), B: Math.exp(theta[1]!), alpha: theta[3]!, beta: theta[4]! };
}

/** Runs in the form the objective reads: logs, precomputed once. */
export interface LogData {
	logN: Float64Array;
	logD: Float64Array;
	logL: Float64Array;
}

export interface Run {
	/** Parameters. */
	n: number;
	/** Training tokens. */
	d: number;
	/** Final loss. */
	loss: number;
}

export function toLogData(runs: readonly Run[]): LogData {
	const m = runs.length;
	const data: LogData = { logN: new Float64Array(m), logD: new Float64Array(m), logL: new Float64Array(m) };
	runs.forEach((r, i) => {
		if (!(r.n > 0 && r.d > 0 && r.loss > 0) || !Number.isFinite(r.n * r.d * r.loss)) {
			throw new RangeError(`Run ${i}: N, D and loss must be positive and finite (got N=${r.n}, D=${r.d}, loss=${r.loss})`);
		}
		data.logN[i] = Math.log(r.n);
		data.logD[i] = Math.log(r.d);
		data.logL[i] = Math.log(r.loss);
	});
	return data;
}

function checkDelta(delta: number): void {
	if (!(delta > 0)) throw new RangeError(`Huber δ must be positive (Infinity means least squares), got ${delta}`);
}

/**
 * The objective at θ and, if grad is given, its gradient written into grad.
 * weights: optional multiplicity of each point (a bootstrap resample); default 1 each.
 */
export function huberObjectiveTheta(
	theta: ArrayLike<number>,
	data: LogData,
	delta: number,
	grad?: Float64Array,
	weights?: ArrayLike<number>,
): number {
	checkDelta(delta);
	const a = theta[0]!;
	const b = theta[1]!;
	const e = theta[2]!;
	const alpha = theta[3]!;
	const beta = theta[4]!;
	let total = 0;
	let ga = 0;
	let gb = 0;
	let ge = 0;
	let galpha = 0;
	let gbeta = 0;
	const { logN, logD, logL } = data;
	for (let i = 0; i < logN.length; i++) {
		const w = weights ? weights[i]! : 1;
		if (w === 0) continue;
		const t1 = a - alpha * logN[i]!;
		const t2 = b - beta * logD[i]!;
		const m = Math.max(t1, t2, e);
		const x1 = Math.exp(t1 - m);
		const x2 = Math.exp(t2 - m);
		const x3 = Math.exp(e - m);
		const sum = x1 + x2 + x3;
		const r = m + Math.log(sum) - logL[i]!;
		total += w * huber(r, delta);
		if (grad) {
			// d r/dθ: softmax weights of the three terms, times −log N / −log D for the exponents.
			const c = (w * huberSlope(r, delta)) / sum;
			ga += c * x1;
			gb += c * x2;
			ge += c * x3;
			galpha -= c * x1 * logN[i]!;
			gbeta -= c * x2 * logD[i]!;
		}
	}
	if (grad) {
		grad[0] = ga;
		grad[1] = gb;
		grad[2] = ge;
		grad[3] = galpha;
		grad[4] = gbeta;
	}
	return total;
}

/** The objective for a parameter set (E, A, B, α, β): score any published or fitted set. */
export function huberObjective(fit: ChinchillaFit, runs: readonly Run[], delta = 1e-3): number {
	return huberObjectiveTheta(toTheta(fit), toLogData(runs), delta);
}
