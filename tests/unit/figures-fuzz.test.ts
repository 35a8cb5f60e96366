/**
 * Fuzzing every figure's URL state: seeded random and hostile values for every parameter must
 * parse to a valid state (numbers finite and in range, choices among the options) and render
 * without NaN, Infinity or markup from the URL — or, for a state that makes no sense, a message.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIGURE_IDS } from '../../src/figures/ids';
import { loadFigure } from '../../src/figures/registry';
import { readoutHtml, renderFigure, tableHtml } from '../../src/figures/render';
import { stateFromSearch } from '../../src/figures/state';

/** A small deterministic generator (LCG), so a failure reproduces. */
function lcg(seed: number) {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'__proto__',
	'constructor',
	'NaN',
	'Infinity',
	'-Infinity',
	'1e309',
	'-1e309',
	'0',
	'-0',
	'-1',
	'1e-400',
	'0x1F',
	'1_000',
	'١٢٣',
	'%00',
	'',
	' ',
	'9'.repeat(400),
	'1e15e3',
	'.',
	'+',
];

describe.each(FIGURE_IDS)('%s', (id) => {
	test('random and hostile URL values always give a valid state and a clean render', async () => {
		const def = await loadFigure(id);
		const random = lcg(id.length * 7919);
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		for (let round = 0; round < 60; round++) {
			const search = new URLSearchParams();
			for (const p of def.params) {
				const pick = random();
				const value =
					pick < 0.5
						? (HOSTILE[Math.floor(random() * HOSTILE.length)] ?? '')
						: p.kind === 'choice'
							? (p.options[Math.floor(random() * p.options.length)]?.value ?? '')
							: String((random() - 0.2) * 10 ** Math.floor(random() * 30 - 5));
				search.set(`${id}.${p.name}`, value);
			}
			const state = stateFromSearch(def, search);
			for (const p of def.params) {
				const v = state[p.name];
				if (p.kind === 'choice') expect(p.options.map((o) => o.value)).toContain(v);
				else {
					expect(typeof v).toBe('number');
					expect(Number.isFinite(v)).toBe(true);
					expect(v as number).toBeGreaterThanOrEqual(p.min);
					expect(v as number).toBeLessThanOrEqual(p.max);
				}
			}
			const r = renderFigure(def, state, 'en', document as unknown as Document);
			const visible = [
				...r.nodes.map((n) => n.outerHTML),
				r.problem ?? '',
				r.description,
				tableHtml(r.data, 'en'),
				readoutHtml(def, state, r.data, 'en'),
			].join('\n');
			expect(visible, `${search}`).not.toMatch(/NaN|Infinity|undefined|<script|onerror|javascript:/);
			if (r.problem) expect(r.problem.length).toBeGreaterThan(10);
			else expect(r.nodes.length).toBeGreaterThan(0);
		}
	});
});
