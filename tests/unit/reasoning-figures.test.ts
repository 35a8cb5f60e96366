/**
 * The reasoning chapter's figures and the repeated-data figure: what they draw and print in their
 * default views and a few chosen states, checked against the lib's values and the reported numbers.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import r1Results from '../../src/figures/defs/r1-zero-results';
import repeatedData from '../../src/figures/defs/repeated-data';
import repeatedSampling from '../../src/figures/defs/repeated-sampling';
import { readoutHtml, renderFigure, tableHtml } from '../../src/figures/render';
import { defaultState } from '../../src/figures/state';
import type { FigureDefinition, FigureState } from '../../src/figures/types';
import { PUBLISHED_POINTS, R1_REPORTED } from '../../src/lib/reasoning-data';

function draw(def: FigureDefinition, state: FigureState, lang: 'en' | 'zh-cn' = 'en') {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const r = renderFigure(def, state, lang, document as unknown as Document);
	return { ...r, svg: r.nodes.map((n) => n.outerHTML).join(''), readout: readoutHtml(def, state, r.data, lang), table: tableHtml(r.data, lang) };
}
const tickLabels = (node: Element) => [...node.querySelectorAll('g[data-mark$="tick label"] text')].map((t) => t.textContent ?? '');

describe('repeated-sampling', () => {
	const base = defaultState(repeatedSampling);
	test('default: 90% within reach, 30% of those easy, k = 64', () => {
		expect(base).toMatchObject({ reach: 90, easy: 30, k: 64 });
	});
	test('default readout: pass@1 18.8%, coverage at 64 samples 54.4%, vote 27.5%, vote limit 27.0% (the easy share)', () => {
		const r = draw(repeatedSampling, base);
		for (const s of ['27.0% / 63.0% / 10.0%', '18.8%', '54.4%', '27.5%', '27.0%']) expect(r.readout).toContain(s);
		expect(r.svg).toContain('voting limit: 27.0%');
	});
	test('every published point is in the data with its aggregation, exactly as reported', () => {
		const rows = draw(repeatedSampling, base).data.rows.filter((r) => r['series'] === 'published');
		expect(rows.map((r) => [r['source'], r['k'], r['percent'], r['aggregation']])).toEqual(PUBLISHED_POINTS.map((p) => [p.source, p.k, p.value, p.aggregation]));
	});
	test('a fractional k from the slider is rounded to whole samples, and the chosen k is marked on both curves', () => {
		const r = draw(repeatedSampling, { ...base, k: 99.6 });
		const chosen = r.data.rows.filter((row) => row['chosen'] === 'yes');
		expect(chosen.map((row) => [row['series'], row['k']])).toEqual([
			['coverage', 100],
			['majority', 100],
		]);
	});
	test('with only easy problems the vote reaches the coverage; with none within reach nothing is solved', () => {
		const easy = draw(repeatedSampling, { ...base, reach: 100, easy: 100, k: 1000 });
		expect(easy.readout).toContain('Majority-vote limit (k → ∞)</dt><dd>100.0%');
		const none = draw(repeatedSampling, { ...base, reach: 0 });
		expect(none.readout).toContain('Coverage, 64 samples</dt><dd>0.0%');
	});
	test('the Chinese data table shows words, the CSV keys stay ascii', () => {
		const r = draw(repeatedSampling, base, 'zh-cn');
		expect(r.table).toContain('覆盖率（模型）');
		expect(r.table).toContain('共识（多数投票）');
		expect(r.table).not.toContain('>coverage<');
	});
	test('axis tick labels are all printed', () => {
		for (const node of draw(repeatedSampling, base).nodes) expect(tickLabels(node).filter((t) => t.trim() === '')).toEqual([]);
	});
});

describe('r1-zero-results', () => {
	test.each(['aime2024', 'math500', 'gpqa', 'codeforces'])('%s: every reported value of that benchmark is drawn and listed, and nothing else', (benchmark) => {
		const r = draw(r1Results, { benchmark });
		const expected = R1_REPORTED.filter((x) => x.benchmark === benchmark);
		expect(r.data.rows).toHaveLength(expected.length);
		for (const x of expected) expect(r.svg).toContain(benchmark === 'codeforces' ? String(x.value) : x.value.toFixed(1));
	});
	test('AIME shows cons@64 dots for the four models that report it (Tables 2 and 6), beside six pass@1 bars', () => {
		const r = draw(r1Results, { benchmark: 'aime2024' });
		expect(r.nodes[0]?.querySelectorAll('g[data-mark="dot"] circle').length).toBe(4);
		expect(r.nodes[0]?.querySelectorAll('g[data-mark="bar"] rect').length).toBe(6);
		expect(r.description).toContain('DeepSeek-R1-Zero cons@64 86.7%');
	});
	test('the readout gives each comparison’s gap: R1 − o1-1217 on GPQA Diamond is −4.2 points', () => {
		expect(draw(r1Results, { benchmark: 'gpqa' }).readout).toContain('−4.2 points');
		expect(draw(r1Results, { benchmark: 'aime2024' }).readout).toContain('−25.6 points');
	});
	test('Codeforces is a rating axis and Table 6 has no Codeforces entries', () => {
		const r = draw(r1Results, { benchmark: 'codeforces' });
		expect(r.svg).toContain('Codeforces rating (reported)');
		expect(r.data.rows.some((row) => String(row['model']).startsWith('qwen32b'))).toBe(false);
	});
});

describe('repeated-data', () => {
	const base = defaultState(repeatedData);
	test('default: 100B unique tokens, 4 epochs: D′ is worth 3.73 epochs of new data, within the fitted runs', () => {
		expect(base).toMatchObject({ U: 1e11, epochs: 4 });
		const r = draw(repeatedData, base);
		expect(r.readout).toContain('3.73 epochs of new data');
		expect(r.readout).toContain('within the fitted runs');
		expect(r.svg).toContain('ceiling 16.4·U');
	});
	test('marks 4 and 16 epochs on both charts', () => {
		const r = draw(repeatedData, base);
		expect(r.svg.match(/≈4 epochs/g)?.length).toBe(2);
		expect(r.svg.match(/≈16 epochs/g)?.length).toBe(2);
	});
	test('a trillion unique tokens is extrapolation everywhere: the shading spans the whole axis', () => {
		const r = draw(repeatedData, { ...base, U: 1e12 });
		expect(r.readout).toContain('extrapolation');
		expect(r.data.rows.every((row) => row['extrapolated'] === 'yes')).toBe(true);
	});
	test('log-axis tick labels (base 2) are all printed: 1, 2, 4, 8, 16, 32, 64', () => {
		const [first] = draw(repeatedData, base).nodes;
		expect(first && tickLabels(first).filter((t) => t.trim() === '')).toEqual([]);
		expect(first && tickLabels(first)).toEqual(expect.arrayContaining(['8', '64']));
	});
});
