import { describe, expect, test } from 'vitest';
import {
	BESIROGLU_FIT,
	chinchillaLoss,
	computeOptimal,
	HOFFMANN_FIT,
	kaplanLoss,
	PF_DAY,
	reducibleLossExponent,
	trainingFlops,
} from '../../src/lib/scaling';

// Expected values are the papers' own numbers or facts.md's derived tables (A4, A5-2, A5-3).
describe('trainingFlops (C ≈ 6ND)', () => {
	test('GPT-3: 175B params × 300B tokens ≈ 3.15e23, matching the reported 3.14e23', () => {
		expect(trainingFlops(175e9, 300e9)).toBeCloseTo(3.15e23, -21);
	});
	test('Llama 3.1 405B on 15.6T tokens ≈ 3.8e25 as reported', () => {
		expect(trainingFlops(405e9, 15.6e12) / 3.8e25).toBeCloseTo(1, 1);
	});
	test('a PF-day is 8.64e19 FLOPs', () => {
		expect(PF_DAY).toBe(8.64e19);
	});
});

describe('kaplanLoss', () => {
	test('doubling N multiplies loss by 2^-0.076 ≈ 0.95 (§1.2)', () => {
		expect(kaplanLoss('N', 2e9) / kaplanLoss('N', 1e9)).toBeCloseTo(0.949, 3);
	});
	test('10× compute along L(C_min) multiplies loss by 10^-0.050 = 0.891', () => {
		expect(kaplanLoss('Cmin', 10) / kaplanLoss('Cmin', 1)).toBeCloseTo(0.891, 3);
	});
});

describe('chinchillaLoss', () => {
	test.each([
		['GPT-3', 175e9, 300e9, 2.002, 2.009],
		['Gopher', 280e9, 300e9, 1.993, 2.0],
		['Chinchilla', 70e9, 1.4e12, 1.937, 1.974],
	])('%s under both fits matches facts.md A5-2', (_name, n, d, hoffmann, besiroglu) => {
		expect(chinchillaLoss(HOFFMANN_FIT, n, d)).toBeCloseTo(hoffmann, 3);
		expect(chinchillaLoss(BESIROGLU_FIT, n, d)).toBeCloseTo(besiroglu, 3);
	});
	test('Chinchilla beats Gopher at about equal compute under both fits', () => {
		for (const fit of [HOFFMANN_FIT, BESIROGLU_FIT]) {
			expect(chinchillaLoss(fit, 70e9, 1.4e12)).toBeLessThan(chinchillaLoss(fit, 280e9, 300e9));
		}
	});
	test('grid corner values of facts.md A5-2', () => {
		expect(chinchillaLoss(HOFFMANN_FIT, 1e8, 1e10)).toBeCloseTo(3.115, 3);
		expect(chinchillaLoss(BESIROGLU_FIT, 1e12, 1e13)).toBeCloseTo(1.886, 3);
	});
});

describe('computeOptimal', () => {
	test.each([
		[1e21, 1.82e9, 9.14e10, 2.78e9, 6.0e10],
		[5.76e23, 3.22e10, 2.98e12, 7.23e10, 1.33e12],
		[1e26, 3.31e11, 5.04e13, 1.02e12, 1.64e13],
	])('at C = %d reproduces facts.md A5-3', (c, nH, dH, nB, dB) => {
		const h = computeOptimal(HOFFMANN_FIT, c);
		const b = computeOptimal(BESIROGLU_FIT, c);
		expect(h.n / nH).toBeCloseTo(1, 2);
		expect(h.d / dH).toBeCloseTo(1, 2);
		expect(b.n / nB).toBeCloseTo(1, 2);
		expect(b.d / dB).toBeCloseTo(1, 2);
	});
	test('optimal allocation spends exactly the budget: 6·N·D = C', () => {
		const { n, d } = computeOptimal(HOFFMANN_FIT, 1e23);
		expect(6 * n * d).toBeCloseTo(1e23, -18);
	});
	test('tokens per parameter at Gopher’s budget: 92.6 (rounded fit) vs 18.4 (refit)', () => {
		expect(computeOptimal(HOFFMANN_FIT, 5.76e23).tokensPerParam).toBeCloseTo(92.6, 0);
		expect(computeOptimal(BESIROGLU_FIT, 5.76e23).tokensPerParam).toBeCloseTo(18.4, 0);
	});
	test('the optimum is the minimum of the iso-FLOP curve', () => {
		const c = 1e23;
		const opt = computeOptimal(HOFFMANN_FIT, c);
		for (const factor of [0.5, 0.8, 1.25, 2]) {
			const n = opt.n * factor;
			expect(chinchillaLoss(HOFFMANN_FIT, n, c / (6 * n))).toBeGreaterThan(opt.loss);
		}
	});
});

describe('reducibleLossExponent', () => {
	test('αβ/(α+β) ≈ 0.154 for the published fit: 10× compute → ≈30% lower reducible loss', () => {
		const k = reducibleLossExponent(HOFFMANN_FIT);
		expect(k).toBeCloseTo(0.1534, 3);
		expect(1 - 10 ** -k).toBeCloseTo(0.297, 2);
	});
	test('≈34% with the Besiroglu refit', () => {
		expect(1 - 10 ** -reducibleLossExponent(BESIROGLU_FIT)).toBeCloseTo(0.34, 2);
	});
});
