/**
 * Neural scaling laws as pure functions: Kaplan et al. (2020) power laws and the Chinchilla
 * parametric loss of Hoffmann et al. (2022) with its closed-form compute-optimal frontier, plus
 * the Besiroglu et al. (2024) refit. No DOM, no Plot: unit-tested against the papers' numbers.
 *
 * Units: N = parameters, D = training tokens, C = training FLOPs, losses in nats per token.
 */

/** 1 PF-day = 10^15 FLOP/s × 86,400 s (Kaplan et al. 2020, §1.3). */
export const PF_DAY = 1e15 * 24 * 3600;

/** Training compute ≈ 6 FLOPs per parameter per token (Kaplan et al. 2020, §2.1). */
export function trainingFlops(n: number, d: number): number {
	return 6 * n * d;
}

/**
 * Kaplan et al. (2020) single-variable power laws, eqs. 1.1–1.3 with Table 5's constants.
 * N is non-embedding parameters; C_min is in PF-days; test loss on WebText2 in nats.
 */
export const KAPLAN = {
	N: { alpha: 0.076, scale: 8.8e13 },
	D: { alpha: 0.095, scale: 5.4e13 },
	Cmin: { alpha: 0.05, scale: 3.1e8 },
} as const;

export type KaplanLaw = keyof typeof KAPLAN;

/** L(x) = (x_c / x)^α for one of Kaplan's laws (x in its own unit: params, tokens or PF-days). */
export function kaplanLoss(law: KaplanLaw, x: number): number {
	const { alpha, scale } = KAPLAN[law];
	return (scale / x) ** alpha;
}

/**
 * The largest model and dataset in Kaplan et al.'s experiments (about 1.5 billion non-embedding
 * parameters; about 23 billion tokens), beyond which a curve is extrapolation. Approximate, and
 * from secondary summaries of §2 (facts.md confirms only "six orders of magnitude in N, over two
 * in D"); the figures label the region as approximate. For compute, our bound is the largest
 * model on the largest dataset, 6·N·D ≈ 2.1×10²⁰ FLOPs ≈ 2.4 PF-days ([D], equally approximate).
 */
const LARGEST_N = 1.5e9;
const LARGEST_D = 2.3e10;
export const KAPLAN_LARGEST: Record<KaplanLaw, number> = { N: LARGEST_N, D: LARGEST_D, Cmin: (6 * LARGEST_N * LARGEST_D) / PF_DAY };

/** Parameters of the Chinchilla parametric loss L(N, D) = E + A/N^α + B/D^β. */
export interface ChinchillaFit {
	E: number;
	A: number;
	B: number;
	alpha: number;
	beta: number;
}

/** Hoffmann et al. (2022), App. D.2 eq. 10, as printed (rounded). */
export const HOFFMANN_FIT: ChinchillaFit = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 };

/** Besiroglu et al. (2024) refit of Approach 3 (facts.md A3, [S]: via secondary transcriptions). */
export const BESIROGLU_FIT: ChinchillaFit = { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658 };

export const FITS = { hoffmann: HOFFMANN_FIT, besiroglu: BESIROGLU_FIT } as const;
export type FitName = keyof typeof FITS;

/**
 * The range of Hoffmann et al.'s training runs: 70M to over 16B parameters, 5B to 500B tokens
 * (abstract). Outside it, the fitted formula is extrapolating.
 */
export const CHINCHILLA_FITTED_RANGE = { N: [7e7, 1.6e10], D: [5e9, 5e11] } as const;

/**
 * On the iso-FLOP curve of budget C (D = C/6N), the model sizes whose N and D both lie inside the
 * range Hoffmann et al. trained: `null` when no point of the curve does.
 */
export function fittedSizesAt(c: number): [number, number] | null {
	const r = CHINCHILLA_FITTED_RANGE;
	const lo = Math.max(r.N[0], c / (6 * r.D[1]));
	const hi = Math.min(r.N[1], c / (6 * r.D[0]));
	return lo <= hi ? [lo, hi] : null;
}

export function isExtrapolated(n: number, d: number): boolean {
	const r = CHINCHILLA_FITTED_RANGE;
	return n < r.N[0] || n > r.N[1] || d < r.D[0] || d > r.D[1];
}

/** The three terms of the Chinchilla loss. */
export function chinchillaTerms(fit: ChinchillaFit, n: number, d: number) {
	return { irreducible: fit.E, model: fit.A / n ** fit.alpha, data: fit.B / d ** fit.beta };
}

/** L(N, D) = E + A/N^α + B/D^β (Hoffmann et al. 2022, eq. 2). */
export function chinchillaLoss(fit: ChinchillaFit, n: number, d: number): number {
	const t = chinchillaTerms(fit, n, d);
	return t.irreducible + t.model + t.data;
}

/**
 * The compute-optimal allocation under C = 6ND (Hoffmann et al. 2022, eq. 4):
 * N_opt = G (C/6)^a, D_opt = G⁻¹ (C/6)^b, G = (αA / βB)^(1/(α+β)), a = β/(α+β), b = α/(α+β).
 */
export function computeOptimal(fit: ChinchillaFit, c: number) {
	const { A, B, alpha, beta } = fit;
	const G = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
	const a = beta / (alpha + beta);
	const b = alpha / (alpha + beta);
	const n = G * (c / 6) ** a;
	const d = (c / 6) ** b / G;
	return { n, d, tokensPerParam: d / n, loss: chinchillaLoss(fit, n, d) };
}

/** Loss along the iso-FLOP curve: a model of N parameters trained on D = C/(6N) tokens. */
export function isoFlopLoss(fit: ChinchillaFit, c: number, n: number): number {
	return chinchillaLoss(fit, n, c / (6 * n));
}

/**
 * On the compute-optimal frontier the reducible loss L − E falls as C^(−αβ/(α+β)).
 * Returns that exponent (≈ 0.154 for the rounded Hoffmann fit).
 */
export function reducibleLossExponent(fit: ChinchillaFit): number {
	return (fit.alpha * fit.beta) / (fit.alpha + fit.beta);
}
