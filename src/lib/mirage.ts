/**
 * Schaeffer, Miranda & Koyejo (2023)'s toy model of how a metric can manufacture "emergence"
 * (facts.md B2, "Math model"; B6-2). The per-token cross-entropy falls as a power law in the
 * parameter count N, so the probability of getting one token right, p = exp(−L_CE), rises
 * smoothly. Scoring an L-token answer by exact match gives p^L (every token must be right; the
 * paper's simplifying assumption that tokens are independent), which stays near zero and then
 * climbs; scoring it by token edit distance gives about L(1 − p), which is linear in p and changes
 * as smoothly as p does. Pure math: no DOM, no Plot.
 */

/**
 * Illustrative constants, NOT fitted to any model or benchmark: chosen only so that the
 * per-token accuracy rises smoothly from about 0.40 at N = 10⁷ to about 0.99 at N = 10¹²
 * (p(10⁷) = 0.401, p(10¹²) = 0.991). The paper writes L_CE(N) = (N/c)^α with α < 0; here the
 * exponent is written as a positive `alpha` with an explicit minus sign.
 */
export const MIRAGE_TOY = { c: 8e6, alpha: 0.4 } as const;

/** The range of model sizes the illustration covers. */
export const MIRAGE_N_RANGE: readonly [number, number] = [1e7, 1e12];

/** Per-token cross-entropy (nats): L_CE(N) = (N/c)^(−α). */
export function tokenLoss(n: number, { c, alpha } = MIRAGE_TOY): number {
	return (n / c) ** -alpha;
}

/** Probability that one token is right: p = exp(−L_CE). */
export function tokenAccuracy(n: number, toy = MIRAGE_TOY): number {
	return Math.exp(-tokenLoss(n, toy));
}

/** Exact-match accuracy of an answer of `length` tokens: all tokens right, p^L. */
export function exactMatch(p: number, length: number): number {
	return p ** length;
}

/** Expected token edit distance of an answer of `length` tokens: L(1 − p) wrong tokens. */
export function tokenEditDistance(p: number, length: number): number {
	return length * (1 - p);
}

/**
 * The model size at which exact match on `length`-token answers reaches `accuracy` (0 < a < 1):
 * p^L = a ⇔ L_CE = −ln(a)/L ⇔ N = c·(−ln(a)/L)^(−1/α).
 */
export function sizeForExactMatch(accuracy: number, length: number, { c, alpha } = MIRAGE_TOY): number {
	return c * (-Math.log(accuracy) / length) ** (-1 / alpha);
}
