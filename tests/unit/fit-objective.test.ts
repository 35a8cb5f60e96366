import { describe, expect, test } from 'vitest';
import { huber, huberObjective, huberObjectiveTheta, toLogData, toTheta } from '../../src/lib/fit/objective';
import { createRng } from '../../src/lib/fit/random';
import { chinchillaLoss, HOFFMANN_FIT } from '../../src/lib/scaling';

const rng = createRng(11);
const runs = Array.from({ length: 40 }, () => {
	const n = 10 ** (7.5 + 3 * rng.next());
	const d = n * 10 ** (0.5 + 2 * rng.next());
	return { n, d, loss: chinchillaLoss(HOFFMANN_FIT, n, d) * Math.exp(0.03 * rng.normal()) };
});
const data = toLogData(runs);

describe('the Huber objective on log-loss residuals', () => {
	test('equals Σ Huber(ln(E + A/N^α + B/D^β) − ln L) computed directly', () => {
		for (const delta of [1e-3, 0.02, Number.POSITIVE_INFINITY]) {
			const direct = runs.reduce((s, r) => s + huber(Math.log(chinchillaLoss(HOFFMANN_FIT, r.n, r.d)) - Math.log(r.loss), delta), 0);
			expect(huberObjective(HOFFMANN_FIT, runs, delta)).toBeCloseTo(direct, 12);
		}
	});

	test('δ = ∞ is half the sum of squared log residuals', () => {
		const ss = runs.reduce((s, r) => s + (Math.log(chinchillaLoss(HOFFMANN_FIT, r.n, r.d)) - Math.log(r.loss)) ** 2, 0);
		expect(huberObjective(HOFFMANN_FIT, runs, Number.POSITIVE_INFINITY)).toBeCloseTo(ss / 2, 12);
	});

	test.each([1e-3, 0.05, Number.POSITIVE_INFINITY])('δ = %s: the analytic gradient matches central differences', (delta) => {
		for (let trial = 0; trial < 5; trial++) {
			const theta = Float64Array.of(4 + 4 * rng.next(), 5 + 4 * rng.next(), -0.5 + rng.next(), 0.2 + 0.3 * rng.next(), 0.2 + 0.3 * rng.next());
			const g = new Float64Array(5);
			huberObjectiveTheta(theta, data, delta, g);
			for (let j = 0; j < 5; j++) {
				const h = 1e-6;
				const up = Float64Array.from(theta);
				const down = Float64Array.from(theta);
				up[j]! += h;
				down[j]! -= h;
				const numeric = (huberObjectiveTheta(up, data, delta) - huberObjectiveTheta(down, data, delta)) / (2 * h);
				expect(g[j]).toBeCloseTo(numeric, 5);
			}
		}
	});

	test('integer weights equal duplicating the runs (how a bootstrap resample is scored)', () => {
		const weights = runs.map((_, i) => i % 3);
		const duplicated = runs.flatMap((r, i) => Array.from({ length: i % 3 }, () => r));
		const theta = toTheta(HOFFMANN_FIT);
		const g1 = new Float64Array(5);
		const g2 = new Float64Array(5);
		const weighted = huberObjectiveTheta(theta, data, 1e-3, g1, weights);
		expect(weighted).toBeCloseTo(huberObjectiveTheta(theta, toLogData(duplicated), 1e-3, g2), 12);
		g1.forEach((v, j) => expect(v).toBeCloseTo(g2[j]!, 10));
	});

	test('stays finite at the extremes of the start grid (log-sum-exp is shifted)', () => {
		for (const theta of [
			[25, 25, 1, 0, 0],
			[0, 0, -1, 2, 2],
			[25, 0, -1, 0, 2],
			[300, 300, 5, 0, 0],
		]) {
			const g = new Float64Array(5);
			expect(Number.isFinite(huberObjectiveTheta(theta, data, 1e-3, g))).toBe(true);
			expect(g.every(Number.isFinite)).toBe(true);
		}
	});

	test('bad input is an error naming the problem', () => {
		expect(() => toLogData([{ n: 1e9, d: 0, loss: 2 }])).toThrow(/Run 0: N, D and loss must be positive/);
		expect(() => huberObjective(HOFFMANN_FIT, runs, 0)).toThrow(/δ must be positive/);
	});
});
