import { describe, expect, test } from 'vitest';
import { minimizeBfgs } from '../../src/lib/fit/bfgs';

// Standard test functions with known minima (Moré, Garbow & Hillstrom 1981 for Rosenbrock).
const rosenbrock = (x: Float64Array, g: Float64Array): number => {
	const a = x[0]!;
	const b = x[1]!;
	g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
	g[1] = 200 * (b - a * a);
	return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimizeBfgs', () => {
	test('Rosenbrock from (−1.2, 1) reaches (1, 1)', () => {
		const r = minimizeBfgs(rosenbrock, [-1.2, 1]);
		expect(r.converged).toBe(true);
		expect(r.x[0]).toBeCloseTo(1, 6);
		expect(r.x[1]).toBeCloseTo(1, 6);
		expect(r.value).toBeLessThan(1e-12);
		expect(r.iterations).toBeLessThan(100);
	});

	test('an ill-conditioned 5-d quadratic (condition number 10⁶) reaches its exact minimiser', () => {
		const scales = [1, 10, 100, 1e3, 1e6];
		const centre = [3, -2, 0.5, 7, -1];
		// f = ½ Σ sᵢ (xᵢ − cᵢ)² + a coupling term ½ (x₀ + x₁ − c₀ − c₁)², minimum at c.
		const f = (x: Float64Array, g: Float64Array): number => {
			let v = 0;
			const coupling = x[0]! + x[1]! - centre[0]! - centre[1]!;
			for (let i = 0; i < 5; i++) {
				const d = x[i]! - centre[i]!;
				v += 0.5 * scales[i]! * d * d;
				g[i] = scales[i]! * d + (i < 2 ? coupling : 0);
			}
			return v + 0.5 * coupling * coupling;
		};
		const r = minimizeBfgs(f, [0, 0, 0, 0, 0]);
		expect(r.converged).toBe(true);
		centre.forEach((c, i) => expect(r.x[i]).toBeCloseTo(c, 6));
	});

	test('a trial step into a region where f is undefined (NaN) is shortened, not accepted', () => {
		// f(x) = (x − 3)², undefined for x ≥ 3.4. From 2.5 the first trial step (length 1) lands on 3.5.
		let undefinedTrials = 0;
		const f = (x: Float64Array, g: Float64Array): number => {
			g[0] = 2 * (x[0]! - 3);
			if (x[0]! >= 3.4) {
				undefinedTrials++;
				return Number.NaN;
			}
			return (x[0]! - 3) ** 2;
		};
		const r = minimizeBfgs(f, [2.5]);
		expect(undefinedTrials).toBeGreaterThan(0);
		expect(r.converged).toBe(true);
		expect(r.x[0]).toBeCloseTo(3, 6);
	});

	test('an iteration limit is reported as not converged', () => {
		const r = minimizeBfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 });
		expect(r.converged).toBe(false);
		expect(r.reason).toBe('max-iterations');
		expect(r.iterations).toBe(3);
		expect(Number.isFinite(r.value)).toBe(true);
	});

	test('a start where f is not finite is an error, not a NaN result', () => {
		const f = (x: Float64Array, g: Float64Array): number => {
			g[0] = 1;
			return Math.log(x[0]!);
		};
		expect(() => minimizeBfgs(f, [-1])).toThrow(/not finite at the start point/);
	});
});
