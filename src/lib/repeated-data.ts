/**
 * Muennighoff et al. (2023), "Scaling Data-Constrained Language Models": what repeating the same
 * unique tokens for several epochs is worth (facts.md G6). Pure math, no DOM, no Plot.
 *
 * Repeated tokens are worth less than new ones. With U unique tokens seen for `epochs` passes,
 * R_D = epochs − 1 repetitions, and the effective data is (§3.1, eq. 5)
 *
 *     D′ = U + U·R*_D·(1 − e^(−R_D/R*_D)),
 *
 * which equals the tokens seen for one pass, grows almost one-for-one for the first few epochs,
 * and can never exceed U·(1 + R*_D) ≈ 16.4·U. The loss is the Chinchilla form fitted on C4 with
 * D′ (and N′) in place of D (and N) (App. A, eq. 17).
 */

/**
 * The paper's fitted constants. R*_D and R*_N are the values of App. A (printed to six decimals;
 * eq. 17 rounds them to 15.4 and 5.3). The C4 fit is stored in the exact form of the authors'
 * code (`datablations`, log-space a, b, e and the shared exponent), which eq. 17 prints rounded as
 * 521, 1488, 1.87 and 0.35 (0.353 in the C4 section).
 */
export const MUENNIGHOFF = {
	rStarD: 15.387756,
	rStarN: 5.309743,
	A: Math.exp(6.255414),
	B: Math.exp(7.3049974),
	E: Math.exp(0.6254804),
	alpha: 0.3526596,
	beta: 0.3526596,
} as const;

/**
 * The runs behind the fit: models up to 9B parameters, up to 900B training tokens (abstract),
 * 1 to 500 epochs (App. A). Beyond these, the formula is extrapolating.
 */
export const MUENNIGHOFF_FITTED_RANGE = { maxParams: 9e9, maxTokens: 9e11, maxEpochs: 500 } as const;

/** The epoch counts the paper singles out: ≈4 (almost as good as new data) and ≈16 (R*_D + 1, returns fade). */
export const EPOCH_MARKS = { negligible: 4, fading: 16 } as const;

/** Effective data D′ (tokens) from U unique tokens seen for `epochs` passes (eq. 5; epochs ≥ 1). */
export function effectiveData(unique: number, epochs: number, rStar: number = MUENNIGHOFF.rStarD): number {
	if (!(unique > 0) || !(epochs >= 1)) throw new Error(`effectiveData needs U > 0 and epochs ≥ 1; got U=${unique}, epochs=${epochs}`);
	const repetitions = epochs - 1;
	// −expm1(−x) is 1 − e^(−x) without cancellation for small x.
	return unique + unique * rStar * -Math.expm1(-repetitions / rStar);
}

/** The most D′ can ever be: U·(1 + R*_D), about 16.4·U. */
export function effectiveDataCap(unique: number, rStar: number = MUENNIGHOFF.rStarD): number {
	return unique * (1 + rStar);
}

/**
 * The balance constant of the C4 fit, G = (αA/(βB))^(1/(α+β)). The compute-optimal model for D
 * tokens has N = G²·D parameters; eq. 17 prints G² as 0.051 ("U_N = U_D · 0.051").
 */
export function balance(fit = MUENNIGHOFF): number {
	return ((fit.alpha * fit.A) / (fit.beta * fit.B)) ** (1 / (fit.alpha + fit.beta));
}

/** The compute-optimal parameter count for U unique tokens seen once: U_N = G²·U ≈ 0.051·U. */
export function optimalParamsForUnique(unique: number, fit = MUENNIGHOFF): number {
	return balance(fit) ** 2 * unique;
}

/** L = E + A/N^α + B/D^β with the C4 constants (N and D may be the effective N′ and D′). */
export function c4Loss(params: number, tokens: number, fit = MUENNIGHOFF): number {
	return fit.E + fit.A / params ** fit.alpha + fit.B / tokens ** fit.beta;
}

/** What the fitted law predicts when U unique tokens are repeated for `epochs`, against as many fresh tokens. */
export interface RepeatOutcome {
	epochs: number;
	/** Tokens seen: epochs × U. */
	tokensSeen: number;
	/** Effective data D′. */
	effective: number;
	/** D′ as a multiple of U ("worth this many epochs of new data"). */
	effectiveEpochs: number;
	/** Share of the repeated tokens' value kept: D′ / tokens seen. */
	valueKept: number;
	/** Predicted loss with the repeated data (D′). */
	lossRepeated: number;
	/** Predicted loss if every token seen had been new (D = tokens seen). */
	lossFresh: number;
	/** Predicted loss after one pass over U. */
	lossOneEpoch: number;
	/** Outside the runs the law was fitted on. */
	extrapolated: boolean;
}

/**
 * The model is held at U_N, the compute-optimal size for the unique data, so no parameters are
 * in excess (R_N = 0, N′ = N) and only the data term changes.
 */
export function repeatOutcome(unique: number, epochs: number, fit = MUENNIGHOFF): RepeatOutcome {
	const params = optimalParamsForUnique(unique, fit);
	const tokensSeen = epochs * unique;
	const effective = effectiveData(unique, epochs, fit.rStarD);
	const range = MUENNIGHOFF_FITTED_RANGE;
	return {
		epochs,
		tokensSeen,
		effective,
		effectiveEpochs: effective / unique,
		valueKept: effective / tokensSeen,
		lossRepeated: c4Loss(params, effective, fit),
		lossFresh: c4Loss(params, tokensSeen, fit),
		lossOneEpoch: c4Loss(params, unique, fit),
		extrapolated: params > range.maxParams || tokensSeen > range.maxTokens || epochs > range.maxEpochs,
	};
}
