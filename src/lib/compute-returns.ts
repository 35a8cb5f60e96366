/**
 * What a compute multiplier buys under the fitted scaling laws. Both laws are pure power laws in
 * compute, so the ratio after multiplying compute by m does not depend on the starting budget.
 * No DOM, no Plot.
 */
import { type ChinchillaFit, KAPLAN, reducibleLossExponent } from './scaling';

/** Kaplan et al. (2020) eq. 1.3: L(C_min) ∝ C_min^−0.050, so loss × m^−0.050. */
export function kaplanLossRatio(multiplier: number): number {
	return multiplier ** -KAPLAN.Cmin.alpha;
}

/**
 * Chinchilla fit with compute-optimal allocation: the reducible loss L − E falls as
 * C^(−αβ/(α+β)), so it is multiplied by m^(−αβ/(α+β)).
 */
export function reducibleLossRatio(fit: ChinchillaFit, multiplier: number): number {
	return multiplier ** -reducibleLossExponent(fit);
}

/** At fixed prices per FLOP, cost scales linearly with compute: m× compute costs m× as much. */
export function costRatio(multiplier: number): number {
	return multiplier;
}
