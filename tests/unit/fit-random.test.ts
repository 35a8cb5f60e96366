import { describe, expect, test } from 'vitest';
import { createRng, resampleCounts } from '../../src/lib/fit/random';

// An independent reference of splitmix32 seeding + sfc32 in BigInt arithmetic (no 32-bit tricks),
// to check that the Math.imul / >>> implementation computes the published algorithm.
function referenceSfc32(seed: number, count: number): number[] {
	const M = 0xffffffffn;
	let s = BigInt(seed) & M;
	const mix = (): bigint => {
		s = (s + 0x9e3779b9n) & M;
		let z = s;
		z = ((z ^ (z >> 16n)) * 0x85ebca6bn) & M;
		z = ((z ^ (z >> 13n)) * 0xc2b2ae35n) & M;
		return (z ^ (z >> 16n)) & M;
	};
	let a = mix();
	let b = mix();
	let c = mix();
	let d = 1n;
	const next = (): bigint => {
		const t = (a + b + d) & M;
		d = (d + 1n) & M;
		a = b ^ (b >> 9n);
		b = (c + (c << 3n)) & M;
		c = ((c << 21n) | (c >> 11n)) & M;
		c = (c + t) & M;
		return t;
	};
	for (let i = 0; i < 12; i++) next();
	return Array.from({ length: count }, () => Number(next()));
}

describe('createRng', () => {
	test.each([0, 1, 42, 2 ** 31 + 5, 123456789])('seed %i: the sequence equals a BigInt reference implementation of sfc32', (seed) => {
		const rng = createRng(seed);
		const ours = Array.from({ length: 50 }, () => rng.nextUint32());
		expect(ours).toEqual(referenceSfc32(seed, 50));
	});

	test('the same seed gives the same sequence; another seed another one', () => {
		const a = createRng(7);
		const b = createRng(7);
		const c = createRng(8);
		const xs = Array.from({ length: 100 }, () => a.next());
		expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
		expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
	});

	test('int(10) is uniform (χ² over 100,000 draws below the 0.999 critical value 27.88 for 9 df)', () => {
		const rng = createRng(1);
		const counts = new Array<number>(10).fill(0);
		const draws = 100_000;
		for (let i = 0; i < draws; i++) counts[rng.int(10)]!++;
		const expected = draws / 10;
		const chi2 = counts.reduce((s, o) => s + (o - expected) ** 2 / expected, 0);
		expect(chi2).toBeLessThan(27.88);
	});

	test('normal() has mean ≈ 0 and variance ≈ 1', () => {
		const rng = createRng(3);
		const n = 50_000;
		const xs = Array.from({ length: n }, () => rng.normal());
		const mean = xs.reduce((s, x) => s + x, 0) / n;
		const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
		expect(Math.abs(mean)).toBeLessThan(0.02); // 4.5 standard errors
		expect(Math.abs(variance - 1)).toBeLessThan(0.03);
	});

	test('bad seeds and ranges are errors', () => {
		expect(() => createRng(1.5)).toThrow(RangeError);
		expect(() => createRng(Number.NaN)).toThrow(RangeError);
		expect(() => createRng(1).int(0)).toThrow(RangeError);
	});
});

describe('resampleCounts', () => {
	test('n draws with replacement: counts sum to n, about 1 − 1/e of items drawn at least once', () => {
		const rng = createRng(5);
		const n = 10_000;
		const counts = resampleCounts(rng, n);
		expect(counts.reduce((s, c) => s + c, 0)).toBe(n);
		const drawn = counts.filter((c) => c > 0).length / n;
		expect(drawn).toBeCloseTo(1 - Math.exp(-1), 1);
	});
});
