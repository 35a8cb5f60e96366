/**
 * Repeated sampling: what happens when a model answers the same problem k times. Pure math, no
 * DOM, no Plot; unit-tested in `tests/unit/reasoning.test.ts`.
 *
 * - `passAtK` is the unbiased estimator of Chen et al. (2021, §2.1, eq. 1) for an evaluation that
 *   drew n samples per problem of which c were correct.
 * - `coverage` is the same quantity for a problem whose samples are correct with probability p:
 *   the chance that at least one of k samples is correct, 1 − (1 − p)^k. Brown et al. (2024) call
 *   the share of problems solved by any sample "coverage".
 * - `majorityVote` is the chance that the most common answer among k samples is the correct one,
 *   under an explicit model of the wrong answers (see there).
 * - `mixCoverage` / `mixMajorityVote` average those over a benchmark of easy, hard and
 *   out-of-reach problems: the course's illustration, not a fit to any benchmark.
 */

/**
 * Unbiased pass@k from n samples with c correct (Chen et al. 2021, §2.1, eq. 1):
 * 1 − C(n−c, k) / C(n, k), the chance that k samples drawn without replacement from the n include
 * a correct one. Computed as 1 − ∏_{i=n−c+1}^{n} (1 − k/i), the numerically stable product of the
 * paper's Fig. 3: the binomial coefficients themselves overflow long before n = 1,000.
 */
export function passAtK(n: number, c: number, k: number): number {
	if (![n, c, k].every(Number.isInteger)) throw new Error(`passAtK needs integers; got n=${n}, c=${c}, k=${k}`);
	if (!(n >= 1 && c >= 0 && c <= n && k >= 1 && k <= n)) throw new Error(`passAtK needs 0 ≤ c ≤ n and 1 ≤ k ≤ n; got n=${n}, c=${c}, k=${k}`);
	if (n - c < k) return 1;
	let allWrong = 1;
	for (let i = n - c + 1; i <= n; i++) allWrong *= 1 - k / i;
	return 1 - allWrong;
}

/** The chance that at least one of k independent samples is correct: 1 − (1 − p)^k. */
export function coverage(p: number, k: number): number {
	if (p <= 0) return 0;
	if (p >= 1) return 1;
	// −expm1(k·log1p(−p)) keeps precision when p·k is tiny (1 − (1 − p)^k would round to 0).
	return -Math.expm1(k * Math.log1p(-p));
}

/** ln(i!) for i = 0 … n, grown on demand (binomial probabilities need it up to the largest k). */
const LOG_FACTORIAL: number[] = [0];
function logFactorial(n: number): number {
	for (let i = LOG_FACTORIAL.length; i <= n; i++) LOG_FACTORIAL.push((LOG_FACTORIAL[i - 1] ?? 0) + Math.log(i));
	return LOG_FACTORIAL[n] ?? Number.NaN;
}

/** P(X = x) for X ~ Binomial(n, p). */
function binomialPmf(x: number, n: number, p: number): number {
	if (x < 0 || x > n) return 0;
	if (p <= 0) return x === 0 ? 1 : 0;
	if (p >= 1) return x === n ? 1 : 0;
	return Math.exp(logFactorial(n) - logFactorial(x) - logFactorial(n - x) + x * Math.log(p) + (n - x) * Math.log1p(-p));
}

/** The counts of a Binomial(n, p) outside this window carry less than about 10⁻²⁰ of its mass. */
function binomialWindow(n: number, p: number): [number, number] {
	const mean = n * p;
	const spread = 12 * Math.sqrt(n * p * (1 - p)) + 12;
	return [Math.max(0, Math.floor(mean - spread)), Math.min(n, Math.ceil(mean + spread))];
}

/** P(X < x) for X ~ Binomial(n, p), summed over the window where it has mass. */
function binomialBelow(x: number, n: number, p: number): number {
	const [lo, hi] = binomialWindow(n, p);
	if (x <= lo) return 0;
	if (x > hi) return 1;
	// One exp() for the first term, then the ratio P(w+1)/P(w) = (n−w)/(w+1) · p/(1−p).
	const odds = p / (1 - p);
	let term = binomialPmf(lo, n, p);
	let sum = 0;
	for (let w = lo; w < x; w++) {
		sum += term;
		term *= ((n - w) / (w + 1)) * odds;
	}
	return Math.min(1, sum);
}

/**
 * The course's model of the wrong answers: a wrong sample is, with probability `wrongShare`, the
 * problem's one most common wrong answer, and otherwise a wrong answer no other sample repeats.
 */
export interface VoteModel {
	/** Share of the wrong samples that give the most common wrong answer (0 < share ≤ 1). */
	wrongShare: number;
}

/** The default: half of the wrong samples agree on one wrong answer. */
export const VOTE_MODEL: VoteModel = { wrongShare: 0.5 };

/**
 * The chance that a majority vote over k samples picks the correct answer, for a problem whose
 * samples are correct with probability p, under `VoteModel`. The most frequent answer wins and
 * ties are broken uniformly at random. With X correct and W most-common-wrong samples (the rest
 * each unique): X ≥ 2 wins if X > W and half the time if X = W; X = 1 wins only if no answer
 * repeats (W ≤ 1), by the 1-in-k draw among k distinct answers; X = 0 loses.
 *
 * As k grows this tends to 1 when p > (1 − p)·share (the correct answer is the most likely one)
 * and to 0 when p is below that: voting cannot recover a problem the model usually gets wrong
 * in the same way, however many samples it draws.
 */
export function majorityVote(p: number, k: number, model: VoteModel = VOTE_MODEL): number {
	if (!Number.isInteger(k) || k < 1) throw new Error(`majorityVote needs a whole number of samples k ≥ 1; got ${k}`);
	if (!(model.wrongShare > 0 && model.wrongShare <= 1)) throw new Error(`invalid wrongShare: ${model.wrongShare}`);
	if (p <= 0) return 0;
	if (p >= 1) return 1;
	const share = model.wrongShare;
	const [lo, hi] = binomialWindow(k, p);
	let win = 0;
	for (let x = Math.max(1, lo); x <= hi; x++) {
		const px = binomialPmf(x, k, p);
		if (px === 0) continue;
		const n = k - x;
		if (x === 1) win += (px * binomialBelow(2, n, share)) / k;
		else win += px * (binomialBelow(x, n, share) + 0.5 * binomialPmf(x, n, share));
	}
	return Math.min(1, win);
}

/**
 * The illustrative benchmark: easy problems (a sample is right with probability `easyP`), hard
 * problems (per-sample success spread evenly on a log scale from `hardMin` to `hardMax`, all below
 * the voting threshold), and problems out of reach (p = 0). NOT fitted to any benchmark.
 */
export const SAMPLING_TOY = {
	easyP: 0.6,
	hardMin: 1e-4,
	hardMax: 0.25,
	hardLevels: 12,
} as const;

/** The per-sample success probabilities of the hard problems (equal shares of the hard group). */
export const HARD_LEVELS: readonly number[] = Array.from({ length: SAMPLING_TOY.hardLevels }, (_, i) => {
	const a = Math.log10(SAMPLING_TOY.hardMin);
	const b = Math.log10(SAMPLING_TOY.hardMax);
	return 10 ** (a + ((b - a) * i) / (SAMPLING_TOY.hardLevels - 1));
});

/** A benchmark's mix: shares (fractions) of easy and hard problems; the rest are out of reach. */
export interface ProblemMix {
	easy: number;
	hard: number;
}

/** The mix from the figure's two sliders: the share within reach, and the easy share of those. */
export function mixFromShares(withinReach: number, easyOfReach: number): ProblemMix {
	const reach = Math.min(1, Math.max(0, withinReach));
	const easy = reach * Math.min(1, Math.max(0, easyOfReach));
	return { easy, hard: reach - easy };
}

/** Average of a per-problem quantity over the mix (out-of-reach problems contribute 0). */
function overMix(mix: ProblemMix, of: (p: number) => number): number {
	const hard = HARD_LEVELS.reduce((s, p) => s + of(p), 0) / HARD_LEVELS.length;
	return mix.easy * of(SAMPLING_TOY.easyP) + mix.hard * hard;
}

/** Expected coverage (pass@k) of the mix. */
export function mixCoverage(mix: ProblemMix, k: number): number {
	return overMix(mix, (p) => coverage(p, k));
}

/** Majority-vote values depend only on (p, k): cache them so a slider redraw only reweights. */
const VOTE_CACHE = new Map<string, number>();
function cachedVote(p: number, k: number): number {
	const key = `${p}|${k}`;
	let v = VOTE_CACHE.get(key);
	if (v === undefined) {
		v = majorityVote(p, k);
		VOTE_CACHE.set(key, v);
	}
	return v;
}

/** Expected majority-vote accuracy of the mix, under `VOTE_MODEL`. */
export function mixMajorityVote(mix: ProblemMix, k: number): number {
	return overMix(mix, (p) => cachedVote(p, k));
}

/** Where majority voting ends up as k → ∞: the share of problems whose correct answer is the most likely one. */
export function majorityVoteLimit(mix: ProblemMix, model: VoteModel = VOTE_MODEL): number {
	const wins = (p: number) => (p > (1 - p) * model.wrongShare ? 1 : 0);
	return overMix(mix, wins);
}

/** The sample counts the figure evaluates (log-spaced, whole numbers, up to 1,000). */
export const SAMPLE_COUNTS: readonly number[] = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1000];
