/**
 * The reasoning chapter's math and data: the unbiased pass@k estimator (Chen et al. 2021), the
 * per-problem coverage and majority-vote model, Muennighoff et al.'s effective data, and the
 * reported R1 / o1 numbers (facts.md G1, G3, G5, G6), each checked against exact arithmetic,
 * brute-force enumeration or the published values.
 */
import { describe, expect, test } from 'vitest';
import { COMPARISONS, PUBLISHED_POINTS, R1_REPORTED } from '../../src/lib/reasoning-data';
import { balance, c4Loss, EPOCH_MARKS, effectiveData, effectiveDataCap, MUENNIGHOFF, optimalParamsForUnique, repeatOutcome } from '../../src/lib/repeated-data';
import { coverage, HARD_LEVELS, majorityVote, majorityVoteLimit, mixCoverage, mixFromShares, mixMajorityVote, passAtK, SAMPLE_COUNTS, SAMPLING_TOY, VOTE_MODEL } from '../../src/lib/sampling';

/** C(n, k) exactly. */
function choose(n: number, k: number): bigint {
	if (k < 0 || k > n) return 0n;
	let r = 1n;
	for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
	return r;
}
/** 1 − C(n−c, k)/C(n, k), from exact integers (to about 1e-15). */
function exactPassAtK(n: number, c: number, k: number): number {
	const scale = 10n ** 30n;
	return 1 - Number((choose(n - c, k) * scale) / choose(n, k)) / 1e30;
}

describe('passAtK (Chen et al. 2021, §2.1)', () => {
	test('pass@1 is the fraction of correct samples', () => {
		expect(passAtK(10, 3, 1)).toBeCloseTo(0.3, 12);
		expect(passAtK(200, 57, 1)).toBeCloseTo(57 / 200, 12);
	});
	test.each([
		[10, 3, 5],
		[20, 1, 10],
		[50, 7, 25],
		[200, 57, 100],
		[1000, 3, 250],
	])('equals 1 − C(n−c,k)/C(n,k) for n=%i, c=%i, k=%i', (n, c, k) => {
		expect(passAtK(n, c, k)).toBeCloseTo(exactPassAtK(n, c, k), 12);
	});
	test('a worked case by hand: 10 samples, 3 correct, k = 5 gives 1 − 21/252 = 11/12', () => {
		// C(7,5) = 21, C(10,5) = 252.
		expect(passAtK(10, 3, 5)).toBeCloseTo(11 / 12, 14);
	});
	test('no correct sample gives 0; fewer than k wrong samples gives 1', () => {
		expect(passAtK(100, 0, 10)).toBe(0);
		expect(passAtK(10, 8, 3)).toBe(1);
	});
	test('is unbiased: averaged over c ~ Binomial(n, p) it equals 1 − (1 − p)^k', () => {
		const n = 20;
		const p = 0.15;
		for (const k of [1, 3, 8, 20]) {
			let mean = 0;
			for (let c = 0; c <= n; c++) mean += Number(choose(n, c)) * p ** c * (1 - p) ** (n - c) * passAtK(n, c, k);
			expect(mean).toBeCloseTo(coverage(p, k), 12);
		}
	});
	test.each([
		[10, 11, 1],
		[10, 3, 0],
		[10, 3, 11],
		[10.5, 3, 1],
		[0, 0, 1],
	])('rejects n=%s, c=%s, k=%s', (n, c, k) => {
		expect(() => passAtK(n, c, k)).toThrow(/passAtK/);
	});
});

describe('coverage', () => {
	test('1 − (1 − p)^k, including tiny p·k without rounding to zero', () => {
		expect(coverage(0.5, 3)).toBeCloseTo(0.875, 14);
		expect(coverage(1e-12, 10)).toBeCloseTo(1e-11, 20);
		expect(coverage(0, 1000)).toBe(0);
		expect(coverage(1, 1)).toBe(1);
	});
});

/**
 * Brute force: enumerate every sequence of k samples over three outcomes (correct, the common
 * wrong answer, a never-repeated wrong answer) and apply the vote rule directly.
 */
function bruteVote(p: number, k: number, share: number): number {
	const probs = [p, (1 - p) * share, (1 - p) * (1 - share)];
	let total = 0;
	const walk = (i: number, x: number, w: number, s: number, prob: number) => {
		if (i === k) {
			// Counts of every distinct answer: the correct one, the common wrong one, s unique wrong ones.
			const counts = [x, w, ...Array.from({ length: s }, () => 1)].filter((c) => c > 0);
			const top = Math.max(...counts);
			const tied = counts.filter((c) => c === top).length;
			if (x === top) total += prob / tied;
			return;
		}
		walk(i + 1, x + 1, w, s, prob * (probs[0] ?? 0));
		walk(i + 1, x, w + 1, s, prob * (probs[1] ?? 0));
		walk(i + 1, x, w, s + 1, prob * (probs[2] ?? 0));
	};
	walk(0, 0, 0, 0, 1);
	return total;
}

describe('majorityVote (the course model)', () => {
	test.each([0.05, 0.3, 0.5, 0.8])('one or two samples give p itself (p = %s)', (p) => {
		expect(majorityVote(p, 1)).toBeCloseTo(p, 12);
		expect(majorityVote(p, 2)).toBeCloseTo(p, 12);
	});
	test.each([
		[0.2, 3, 0.5],
		[0.2, 5, 0.5],
		[0.45, 6, 0.5],
		[0.1, 7, 0.3],
		[0.6, 8, 0.9],
	])('matches brute-force enumeration (p=%s, k=%i, share=%s)', (p, k, share) => {
		expect(majorityVote(p, k, { wrongShare: share })).toBeCloseTo(bruteVote(p, k, share), 12);
	});
	test('large k: tends to 1 above the threshold p > (1 − p)·share and to 0 below it (share ½: p = 1/3)', () => {
		expect(VOTE_MODEL.wrongShare).toBe(0.5);
		expect(majorityVote(0.4, 1000)).toBeGreaterThan(0.999);
		expect(majorityVote(0.25, 1000)).toBeLessThan(1e-6);
		expect(majorityVote(0.6, 64)).toBeGreaterThan(0.9999);
	});
	test('rejects a fractional or zero sample count', () => {
		expect(() => majorityVote(0.5, 0)).toThrow();
		expect(() => majorityVote(0.5, 2.5)).toThrow();
	});
});

describe('the illustrative benchmark', () => {
	const mix = mixFromShares(0.9, 0.3);
	test('the sliders map to shares that add up: 90% within reach, 30% of those easy', () => {
		expect(mix.easy).toBeCloseTo(0.27, 12);
		expect(mix.hard).toBeCloseTo(0.63, 12);
	});
	test('hard problems span 1e-4 to 0.25, all below the voting threshold of 1/3', () => {
		expect(HARD_LEVELS).toHaveLength(SAMPLING_TOY.hardLevels);
		expect(HARD_LEVELS[0]).toBeCloseTo(1e-4, 12);
		expect(HARD_LEVELS.at(-1)).toBeCloseTo(0.25, 12);
		for (const p of HARD_LEVELS) expect(p).toBeLessThan(1 / 3);
	});
	test('with one sample, coverage and majority vote agree (both are pass@1)', () => {
		expect(mixMajorityVote(mix, 1)).toBeCloseTo(mixCoverage(mix, 1), 12);
	});
	test('coverage rises with every extra sample; majority voting ends at the easy share', () => {
		const cov = SAMPLE_COUNTS.map((k) => mixCoverage(mix, k));
		for (let i = 1; i < cov.length; i++) expect(cov[i]).toBeGreaterThan(cov[i - 1] ?? 1);
		expect(majorityVoteLimit(mix)).toBeCloseTo(0.27, 12);
		expect(mixMajorityVote(mix, 1000)).toBeCloseTo(0.27, 3);
		expect(mixCoverage(mix, 1000)).toBeGreaterThan(0.7);
	});
	test('out-of-reach problems are never solved: coverage stays below the share within reach', () => {
		for (const k of SAMPLE_COUNTS) expect(mixCoverage(mixFromShares(0.5, 0), k)).toBeLessThan(0.5);
	});
	test('a slider move redraws fast once the vote values are cached (< 16 ms for every k)', () => {
		for (const k of SAMPLE_COUNTS) mixMajorityVote(mix, k);
		const t = performance.now();
		for (const k of SAMPLE_COUNTS) mixMajorityVote(mixFromShares(0.4, 0.8), k);
		expect(performance.now() - t).toBeLessThan(16);
	});
});

describe('effective data (Muennighoff et al. 2023, §3.1 eq. 5; App. A)', () => {
	test('the fitted constants are the published ones', () => {
		expect(MUENNIGHOFF.rStarD).toBe(15.387756);
		expect(MUENNIGHOFF.rStarN).toBe(5.309743);
		// Eq. 17 prints them as 521, 1488, 1.87 and 0.35 (0.353 in the C4 section).
		expect(Math.round(MUENNIGHOFF.A)).toBe(521);
		expect(Math.round(MUENNIGHOFF.B)).toBe(1488);
		expect(MUENNIGHOFF.E.toFixed(2)).toBe('1.87');
		expect(MUENNIGHOFF.alpha.toFixed(3)).toBe('0.353');
	});
	test('one epoch is worth exactly the unique tokens', () => {
		expect(effectiveData(1e11, 1)).toBe(1e11);
	});
	test('D′ is capped at about 16.4·U (facts.md G6)', () => {
		expect(effectiveDataCap(1)).toBeCloseTo(16.387756, 9);
		expect(effectiveData(1, 1e4)).toBeCloseTo(16.387756, 6);
		expect(effectiveData(1, 1e4)).toBeLessThan(16.4);
	});
	test('at R_D = R*_D a further repetition is worth 1/e of a new token, and the repeats so far 1 − 1/e on average', () => {
		const r = MUENNIGHOFF.rStarD;
		const h = 1e-6;
		const slope = (effectiveData(1, r + 1 + h) - effectiveData(1, r + 1 - h)) / (2 * h);
		expect(slope).toBeCloseTo(Math.exp(-1), 6);
		expect((effectiveData(1, r + 1) - 1) / r).toBeCloseTo(1 - Math.exp(-1), 12);
	});
	test('4 epochs keep about 93% of the value of new data, 16 epochs about 66%, 40 epochs add little', () => {
		// D′/U at 4 epochs = 1 + 15.387756·(1 − e^(−3/15.387756)) = 3.7257 (our calculation).
		expect(repeatOutcome(1e11, 4).effectiveEpochs).toBeCloseTo(3.7257, 4);
		expect(repeatOutcome(1e11, 4).valueKept).toBeCloseTo(0.9314, 4);
		expect(repeatOutcome(1e11, EPOCH_MARKS.fading).valueKept).toBeCloseTo(0.6614, 4);
		expect(repeatOutcome(1e11, 40).effectiveEpochs - repeatOutcome(1e11, 16).effectiveEpochs).toBeLessThan(5);
	});
	test('the model held at the compute-optimal size for U: N = G²·U ≈ 0.051·U (eq. 17)', () => {
		expect(balance() ** 2).toBeCloseTo(0.051, 3);
		expect(optimalParamsForUnique(1e11)).toBeCloseTo(0.051 * 1e11, -8);
	});
	test('predicted losses: repeating never beats new data, and the gap at 4 epochs is small', () => {
		for (const e of [1, 2, 4, 16, 60]) {
			const o = repeatOutcome(1e11, e);
			expect(o.lossRepeated).toBeGreaterThanOrEqual(o.lossFresh - 1e-12);
			expect(o.lossRepeated).toBeLessThanOrEqual(o.lossOneEpoch + 1e-12);
		}
		const four = repeatOutcome(1e11, 4);
		expect((four.lossRepeated - four.lossFresh) / four.lossFresh).toBeLessThan(0.002);
		expect(c4Loss(5e9, 1e11)).toBeCloseTo(MUENNIGHOFF.E + MUENNIGHOFF.A / 5e9 ** MUENNIGHOFF.alpha + MUENNIGHOFF.B / 1e11 ** MUENNIGHOFF.beta, 12);
	});
	test('settings beyond 9B parameters or 900B tokens are flagged as extrapolation', () => {
		expect(repeatOutcome(1e11, 4).extrapolated).toBe(false);
		expect(repeatOutcome(1e11, 16).extrapolated).toBe(true);
		expect(repeatOutcome(1e12, 1).extrapolated).toBe(true);
	});
	test.each([
		[0, 2],
		[1e9, 0.5],
	])('rejects U=%s, epochs=%s', (u, e) => {
		expect(() => effectiveData(u, e)).toThrow();
	});
});

describe('reported results (facts.md G1, G3, G5; DeepSeek-R1 arXiv v1)', () => {
	const value = (model: string, benchmark: string, aggregation: string) => R1_REPORTED.find((r) => r.model === model && r.benchmark === benchmark && r.aggregation === aggregation)?.value;
	test.each([
		['r1-zero', 'aime2024', 'pass@1', 71.0],
		['r1-zero', 'aime2024', 'cons@64', 86.7],
		['o1-0912', 'aime2024', 'pass@1', 74.4],
		['o1-0912', 'aime2024', 'cons@64', 83.3],
		['r1-zero', 'math500', 'pass@1', 95.9],
		['o1-0912', 'math500', 'pass@1', 94.8],
		['r1-zero', 'gpqa', 'pass@1', 73.3],
		['o1-0912', 'gpqa', 'pass@1', 77.3],
		['r1-zero', 'codeforces', 'rating', 1444],
		['o1-0912', 'codeforces', 'rating', 1843],
		['r1', 'aime2024', 'pass@1', 79.8],
		['o1-1217', 'aime2024', 'pass@1', 79.2],
		['r1', 'math500', 'pass@1', 97.3],
		['o1-1217', 'math500', 'pass@1', 96.4],
		['r1', 'codeforces', 'rating', 2029],
		['o1-1217', 'codeforces', 'rating', 2061],
		['r1', 'gpqa', 'pass@1', 71.5],
		['o1-1217', 'gpqa', 'pass@1', 75.7],
		['qwen32b-rl', 'aime2024', 'pass@1', 47.0],
		['qwen32b-distill', 'aime2024', 'pass@1', 72.6],
	])('%s %s %s = %s', (model, benchmark, aggregation, expected) => {
		expect(value(model, benchmark, aggregation)).toBe(expected);
	});
	test('each value is unique per model, benchmark and aggregation, and cites its table', () => {
		const keys = R1_REPORTED.map((r) => `${r.model}|${r.benchmark}|${r.aggregation}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const r of R1_REPORTED) expect(r.at).toBe(COMPARISONS[r.comparison].at);
	});
	test('consensus of 64 is never below pass@1 for the same model', () => {
		for (const r of R1_REPORTED.filter((x) => x.aggregation === 'cons@64')) {
			expect(r.value).toBeGreaterThanOrEqual(value(r.model, r.benchmark, 'pass@1') ?? Number.POSITIVE_INFINITY);
		}
	});
	test('published points keep their aggregation: SWE-bench Lite 15.9 → 56 (250, coverage); o1 74 / 83 (64, consensus) / 93 (1,000, re-ranking)', () => {
		const pts = PUBLISHED_POINTS.map((p) => [p.source, p.k, p.value, p.aggregation]);
		expect(pts).toEqual(
			expect.arrayContaining([
				['monkeys-swe', 1, 15.9, 'single'],
				['monkeys-swe', 250, 56, 'coverage'],
				['o1-aime', 1, 74, 'single'],
				['o1-aime', 64, 83, 'consensus'],
				['o1-aime', 1000, 93, 'reranking'],
				['r1zero-aime', 64, 86.7, 'consensus'],
			]),
		);
	});
});
