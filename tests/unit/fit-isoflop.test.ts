import { describe, expect, test } from 'vitest';
import { akima } from '../../src/lib/fit/akima';
import { fitParabola, fitPowerLaw, groupByBudget, type IsoFlopRun, isoFlopMinima, isoFlopMinimum } from '../../src/lib/fit/isoflop';
import { isoFlopBootstrap } from '../../src/lib/fit/isoflop-bootstrap';
import { runToCompletion } from '../../src/lib/fit/bootstrap';
import { createRng } from '../../src/lib/fit/random';
import { computeOptimal, HOFFMANN_FIT, isoFlopLoss } from '../../src/lib/scaling';

describe('akima', () => {
	test('matches scipy.interpolate.Akima1DInterpolator (scipy 1.17.1 values)', () => {
		const f = akima([0, 1, 2, 3, 4.5, 6], [1, 0.3, 0.1, 0.25, 0.2, 1.4]);
		const scipy = [0.58198529, 0.10938307, 0.1197157, 0.20613253, 0.83151184];
		[0.5, 1.7, 2.2, 3.9, 5.5].forEach((x, i) => expect(f.at(x)).toBeCloseTo(scipy[i]!, 7));
		// Collinear stretches (zero Akima weights) take scipy's fallback slope.
		const g = akima([0, 1, 2, 3, 4], [0, 1, 2, 3, 10]);
		[0.5, 1.5, 2.5, 3.5].forEach((x, i) => expect(g.at(x)).toBeCloseTo([0.5, 1.5, 2.5, 5.375][i]!, 9));
	});
	test('passes through its points; bad input is an error', () => {
		const xs = [1, 2, 4, 8];
		const ys = [3, 1, 2, 7];
		const f = akima(xs, ys);
		xs.forEach((x, i) => expect(f.at(x)).toBeCloseTo(ys[i]!, 12));
		expect(() => akima([1, 2], [1, 2])).toThrow(/at least 3 points/);
		expect(() => akima([1, 1, 2], [1, 2, 3])).toThrow(/strictly increasing/);
	});
});

describe('fitParabola', () => {
	test('recovers an exact parabola in ln N (x ≈ 20: the centring keeps it well conditioned)', () => {
		const xs = [18, 18.7, 19.5, 20.1, 21, 22.4];
		const c = fitParabola(
			xs,
			xs.map((x) => 2.5 - 0.3 * x + 0.01 * x * x),
		)!;
		expect(c[0]).toBeCloseTo(2.5, 8);
		expect(c[1]).toBeCloseTo(-0.3, 9);
		expect(c[2]).toBeCloseTo(0.01, 10);
	});
	test('fewer than 3 distinct x: null', () => {
		expect(fitParabola([1, 1, 2, 2], [1, 2, 3, 4])).toBeNull();
	});
});

// Iso-FLOP curves from a known loss surface (Hoffmann et al.'s rounded fit): 9 sizes spanning a
// factor 3 either side of the true optimum at each of 4 budgets.
const budgets = [1e18, 1e19, 1e20, 1e21];
const trueA = HOFFMANN_FIT.beta / (HOFFMANN_FIT.alpha + HOFFMANN_FIT.beta);
function curve(c: number, centre = 1, noise = 0, seed = 1): IsoFlopRun[] {
	const rng = createRng(seed);
	const nOpt = computeOptimal(HOFFMANN_FIT, c).n * centre;
	return Array.from({ length: 9 }, (_, i) => {
		const n = nOpt * 3 ** ((i - 4) / 4);
		return { budget: c, n, loss: isoFlopLoss(HOFFMANN_FIT, c, n) + noise * rng.normal() };
	});
}
const synthetic = budgets.flatMap((c) => curve(c));

describe('isoFlopMinimum', () => {
	test.each(['parabola', 'akima'] as const)('%s: N* near the true optimum, exponent a near β/(α+β)', (method) => {
		const minima = isoFlopMinima(synthetic, method);
		for (const m of minima) {
			expect(m.status).toBe('interior');
			expect(Math.abs(m.nStar! / computeOptimal(HOFFMANN_FIT, m.budget).n - 1)).toBeLessThan(0.05);
		}
		const fit = fitPowerLaw(
			minima.map((m) => m.budget),
			minima.map((m) => m.nStar!),
		);
		console.log(`${method}: a = ${fit.exponent.toFixed(4)} (true ${trueA.toFixed(4)}), R² ${fit.r2.toFixed(5)}`);
		expect(Math.abs(fit.exponent - trueA)).toBeLessThan(0.01);
	});

	test('a minimum beyond the sampled sizes: parabola says extrapolated, Akima says edge', () => {
		const shifted = curve(1e20, 30); // all sizes far above the optimum: loss rises along the curve
		const p = isoFlopMinimum(shifted, 'parabola');
		expect(p.status).toBe('extrapolated');
		expect(p.nStar!).toBeLessThan(p.nRange[0]);
		const a = isoFlopMinimum(shifted, 'akima');
		expect(a.status).toBe('edge');
		expect(a.nStar).toBeNull();
		expect(a.lossStar).toBeNull();
	});

	test('too few sizes, duplicates and concave curves give flags, never NaN', () => {
		const two = isoFlopMinimum([
			{ budget: 1e19, n: 1e8, loss: 3 },
			{ budget: 1e19, n: 2e8, loss: 2.9 },
			{ budget: 1e19, n: 2e8, loss: 2.95 },
		]);
		expect(two).toMatchObject({ status: 'too-few-points', nStar: null, lossStar: null, points: 2 });
		const concave = isoFlopMinimum(
			[1e8, 2e8, 4e8, 8e8].map((n, i) => ({ budget: 1e19, n, loss: 3 - 0.1 * i * i })),
			'parabola',
		);
		expect(concave).toMatchObject({ status: 'none', nStar: null });
		const flat = isoFlopMinimum(
			[1e8, 2e8, 4e8].map((n) => ({ budget: 1e19, n, loss: 3 })),
			'akima',
		);
		expect(flat.nStar === null || Number.isFinite(flat.nStar)).toBe(true);
		expect(() => isoFlopMinimum([{ budget: 1e19, n: -1, loss: 3 }])).toThrow(/positive and finite/);
		expect(() => isoFlopMinimum([...curve(1e18), ...curve(1e19)])).toThrow(/more than one budget/);
	});

	test('groupByBudget keeps the lowest loss per size (Porian et al.’s “min”)', () => {
		const g = groupByBudget([
			{ budget: 2, n: 5, loss: 3 },
			{ budget: 1, n: 5, loss: 4 },
			{ budget: 2, n: 5, loss: 2.5 },
			{ budget: 2, n: 1, loss: 3.1 },
		]);
		expect([...g.keys()]).toEqual([1, 2]);
		expect(g.get(2)).toEqual([
			{ budget: 2, n: 1, loss: 3.1 },
			{ budget: 2, n: 5, loss: 2.5 },
		]);
	});
});

describe('fitPowerLaw', () => {
	test('y = 3 x^0.5 exactly; weights do not move an exact fit; OLS SE only when unweighted', () => {
		const xs = [1e18, 1e19, 1e20, 1e21];
		const ys = xs.map((x) => 3 * x ** 0.5);
		const f = fitPowerLaw(xs, ys);
		expect(f.exponent).toBeCloseTo(0.5, 12);
		expect(f.coefficient / 3).toBeCloseTo(1, 9);
		expect(f.r2).toBeCloseTo(1, 12);
		expect(f.exponentSE).toBeCloseTo(0, 9);
		const w = fitPowerLaw(xs, ys, [1, 2, 3, 4]);
		expect(w.exponent).toBeCloseTo(0.5, 12);
		expect(w.exponentSE).toBeNull();
	});
	test('OLS standard error of the slope matches the textbook formula', () => {
		const xs = [1, 10, 100, 1000, 1e4];
		const ys = [2, 7, 15, 80, 230];
		const lx = xs.map(Math.log);
		const ly = ys.map(Math.log);
		const mx = lx.reduce((s, v) => s + v, 0) / 5;
		const my = ly.reduce((s, v) => s + v, 0) / 5;
		const sxx = lx.reduce((s, v) => s + (v - mx) ** 2, 0);
		const b = lx.reduce((s, v, i) => s + (v - mx) * (ly[i]! - my), 0) / sxx;
		const rss = lx.reduce((s, v, i) => s + (ly[i]! - my - b * (v - mx)) ** 2, 0);
		const f = fitPowerLaw(xs, ys);
		expect(f.exponent).toBeCloseTo(b, 12);
		expect(f.exponentSE).toBeCloseTo(Math.sqrt(rss / 3 / sxx), 12);
	});
	test('degenerate input is an error', () => {
		expect(() => fitPowerLaw([1e19, 1e19], [1e8, 2e8])).toThrow(/2 distinct x/);
		expect(() => fitPowerLaw([1e19, 1e20], [0, 2e8])).toThrow(/not positive/);
	});
});

describe('isoFlopBootstrap (Porian et al.’s seed-noise bootstrap)', () => {
	const noisy = budgets.flatMap((c, i) => curve(c, 1, 0.002, 100 + i));
	const run = (seed: number) => runToCompletion(isoFlopBootstrap(noisy, { resamples: 200, seed, noise: 0.002 }));
	const result = run(7);

	test('the interval for a contains the true exponent; the point estimate is close', () => {
		const iv = result.exponentInterval!;
		console.log(`akima, σ = 0.002: a = ${result.fit!.exponent.toFixed(4)}, 95% (${iv.lo.toFixed(3)}, ${iv.hi.toFixed(3)}), true ${trueA.toFixed(4)}`);
		expect(result.budgets.every((b) => b.kept)).toBe(true);
		expect(iv.lo).toBeLessThan(trueA);
		expect(iv.hi).toBeGreaterThan(trueA);
		expect(Math.abs(result.fit!.exponent - trueA)).toBeLessThan(0.03);
		expect(result.exponentSamples.every(Number.isFinite)).toBe(true);
	});

	test('seeded: same seed, identical samples; another seed, different ones', () => {
		expect(Array.from(run(7).exponentSamples)).toEqual(Array.from(result.exponentSamples));
		expect(Array.from(run(8).exponentSamples)).not.toEqual(Array.from(result.exponentSamples));
	});

	test('a budget whose minimum lies off the sampled range is dropped, with the reason visible', () => {
		const withEdge = [...noisy, ...curve(1e22, 30)];
		const r = runToCompletion(isoFlopBootstrap(withEdge, { resamples: 50, seed: 1, noise: 0.002 }));
		const last = r.budgets[r.budgets.length - 1]!;
		expect(last.measured.status).toBe('edge');
		expect(last.kept).toBe(false);
		expect(last.nStarMedian).toBeNull();
		expect(r.fit!.points).toBe(4);
	});

	test('fewer than two usable budgets: no fit and no interval (null), not NaN', () => {
		const r = runToCompletion(isoFlopBootstrap(curve(1e19, 1, 0.002), { resamples: 20, seed: 1, noise: 0.002 }));
		expect(r.fit).toBeNull();
		expect(r.exponentInterval).toBeNull();
		expect(() => runToCompletion(isoFlopBootstrap(noisy, { resamples: 1, seed: 1, noise: 0.002 }))).toThrow(/resamples/);
	});
});
