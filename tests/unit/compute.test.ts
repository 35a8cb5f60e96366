import { describe, expect, test } from 'vitest';
import { computeAll, computeKey, runToEnd } from '../../src/figures/compute';
import { defineFigure, type FigureState } from '../../src/figures/types';
import { L } from '../../src/figures/common';

let runs = 0;
const def = defineFigure({
	id: 'isoflop',
	title: L('t', 't'),
	caption: L('c', 'c'),
	sources: [],
	params: [{ kind: 'range', name: 'n', label: L('n', 'n'), min: 1, max: 10, step: 1, default: 3, format: String }],
	compute: [
		{
			name: 'sum',
			key: (s: FigureState) => String(s['n']),
			label: () => 'summing',
			*run(s: FigureState) {
				runs++;
				let total = 0;
				const n = s['n'] as number;
				for (let i = 1; i <= n; i++) {
					total += i;
					yield i / n;
				}
				return total;
			},
		},
	],
	data: (_s, results) => ({ columns: [{ key: 'sum', label: L('s', 's') }], rows: [{ sum: (results?.['sum'] as number) ?? -1 }] }),
	plots: () => [],
	describe: () => '',
});

describe('figure computations at build time', () => {
	test('runToEnd drives a generator to its result', () => {
		function* work() {
			yield 0.5;
			return 42;
		}
		expect(runToEnd(work())).toBe(42);
	});

	test('computeAll runs each computation once per key and names results', () => {
		const before = runs;
		expect(computeAll(def, { n: 4 })).toEqual({ sum: 10 });
		expect(computeAll(def, { n: 4 })).toEqual({ sum: 10 });
		expect(runs - before).toBe(1);
		expect(computeAll(def, { n: 5 })).toEqual({ sum: 15 });
		expect(computeKey(def, def.compute![0]!, { n: 5 })).toBe('isoflop/sum/5');
	});
});
