/**
 * Comparing parameter sets on the same runs: how much worse does a published fit describe the
 * data than the refit?
 *
 * - `huberObjective` (./objective.ts) scores any set with the fitting objective itself.
 * - `likelihoodRatio` is Besiroglu et al.'s likelihood-ratio statistic (notebook cells 44–49). They
 *   model log-loss residuals as Huber-distributed with δ = 10⁻³ and a free scale σ, fitted by
 *   maximum likelihood. The fitted σ is tiny (e^−12.3 ≈ 5·10⁻⁶ for their fit), so r/σ lies far in
 *   the Huber tails and the density is Laplace-like: profiling out σ then gives
 *   −2 Δ log-likelihood = 2n ln(Σ|r_A| / Σ|r_B|), the form computed here. It reproduces the
 *   notebook's printed statistics (84.00 for Hoffmann's TeX-precision set against their refit,
 *   635.0 for the rounded set, on the 240 points; tests/unit/fit-chinchilla.test.ts). Against
 *   χ² with 5 degrees of freedom (5 parameters), values above 20.5 reject equal fit at the 0.1%
 *   level. The best set B for this statistic is the least-absolute-deviation fit, which
 *   `fitChinchilla` approaches as δ → 0 (δ = 10⁻⁶ is within 0.1% of their reported estimates).
 */
import { type ChinchillaFit, chinchillaLoss } from '../scaling.ts';
import type { Run } from './objective.ts';

/** Σ |ln L̂(Nᵢ, Dᵢ) − ln Lᵢ|: the sum of absolute log-loss residuals. */
export function sumAbsLogResidual(fit: ChinchillaFit, runs: readonly Run[]): number {
	let s = 0;
	for (const r of runs) s += Math.abs(Math.log(chinchillaLoss(fit, r.n, r.d)) - Math.log(r.loss));
	return s;
}

/** 2n ln(Σ|r_A| / Σ|r_B|): positive when A fits worse than B (see the file header). */
export function likelihoodRatio(a: ChinchillaFit, b: ChinchillaFit, runs: readonly Run[]): number {
	if (runs.length === 0) throw new RangeError('likelihoodRatio: no runs');
	const sa = sumAbsLogResidual(a, runs);
	const sb = sumAbsLogResidual(b, runs);
	if (sb === 0) return sa === 0 ? 0 : Number.POSITIVE_INFINITY; // B fits exactly
	return 2 * runs.length * Math.log(sa / sb);
}

/** The 0.999 quantile of χ² with 5 degrees of freedom (standard tables): the 0.1% critical value. */
export const CHI2_5DF_999 = 20.515;
