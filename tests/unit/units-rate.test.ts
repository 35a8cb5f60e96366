import { expect, test } from 'vitest';
import { flopRate } from '../../src/lib/units';
import { GPUS } from '../../src/figures/defs/training-cost';

test('flopRate writes throughput as people quote it', () => {
	expect(flopRate(1e15)).toBe('1,000 TFLOP/s');
	expect(flopRate(989e12)).toBe('989 TFLOP/s');
	expect(flopRate(312e12)).toBe('312 TFLOP/s');
	expect(flopRate(2.5e16)).toBe('25 PFLOP/s');
	expect(flopRate(5e11)).toBe('500 GFLOP/s');
});

test('the GPU presets are the datasheets’ dense BF16 figures: half the “with sparsity” headline', () => {
	const peak = Object.fromEntries(GPUS.map((g) => [g.id, g.peak]));
	expect(peak['h100']! / 1e12).toBe(Math.floor(1979 / 2)); // 989.5, quoted as 989
	expect(peak['a100']).toBe(624e12 / 2);
	expect(peak['h800']).toBe(peak['h100']);
});
