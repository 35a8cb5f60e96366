import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import codexFigure from '../../src/figures/defs/codex-pass-rate';
import emergenceFigure from '../../src/figures/defs/emergence-thresholds';
import mirageFigure from '../../src/figures/defs/metric-mirage';
import { PALETTE, renderFigure, tableHtml, toCsv } from '../../src/figures/render';
import { defaultState } from '../../src/figures/state';
import type { FigureDefinition, FigureState } from '../../src/figures/types';
import { CODEX_LARGEST_PARAMS, CODEX_MODELS } from '../../src/lib/codex-data';
import { EMERGENT_ABILITIES, emergenceRange, emergentAbilities, FAMILIES, UNPLOTTED_ROW } from '../../src/lib/emergence-data';
import { exactMatch, MIRAGE_N_RANGE, MIRAGE_TOY, sizeForExactMatch, tokenAccuracy, tokenEditDistance, tokenLoss } from '../../src/lib/mirage';

// Expected values are the papers' own numbers as transcribed in facts.md (B1 Table 1, B5, B6-2),
// written out here independently of the data modules.

function render(def: FigureDefinition, overrides: FigureState = {}, lang: 'en' | 'zh-cn' = 'en') {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	return renderFigure(def, { ...defaultState(def), ...overrides }, lang, document as unknown as Document);
}

/** The plot's own SVG (a figure with a legend also holds small swatch SVGs). */
function plotSvgs(nodes: Element[]): Element[] {
	return nodes.flatMap((n) => [n, ...n.querySelectorAll('svg')]).filter((e) => e.tagName.toLowerCase() === 'svg' && /^0 0 560 /.test(e.getAttribute('viewBox') ?? ''));
}

/** The shapes (circles, paths…) of every mark of this type (data-mark) (clipped marks nest them in a `g`). */
const markChildren = (svg: Element, label: string) =>
	[...svg.querySelectorAll(`g[data-mark="${label}"] *`)].filter((e) => !['g', 'title'].includes(e.tagName.toLowerCase()));

// ---------------------------------------------------------------------------------------------
// Wei et al. (2022), Table 1
// ---------------------------------------------------------------------------------------------

/** facts.md B1, "Table 1 of Wei et al.": ability, FLOPs, params, model, reference, group. */
const TABLE_1: [string, number, number, string, string, 'few-shot' | 'augmented'][] = [
	['Addition/subtraction (3 digit)', 2.3e22, 13e9, 'GPT-3', 'Brown et al. 2020', 'few-shot'],
	['Addition/subtraction (4–5 digit)', 3.1e23, 175e9, 'GPT-3', 'Brown et al. 2020', 'few-shot'],
	['MMLU (57-topic avg.)', 3.1e23, 175e9, 'GPT-3', 'Hendrycks et al. 2021a', 'few-shot'],
	['Toxicity classification (CivilComments)', 1.3e22, 7.1e9, 'Gopher', 'Rae et al. 2021', 'few-shot'],
	['Truthfulness (TruthfulQA)', 5.0e23, 280e9, 'Gopher', 'Rae et al. 2021', 'few-shot'],
	['MMLU (26 topics)', 5.0e23, 280e9, 'Gopher', 'Rae et al. 2021', 'few-shot'],
	['Grounded conceptual mappings', 3.1e23, 175e9, 'GPT-3', 'Patel & Pavlick 2022', 'few-shot'],
	['MMLU (30 topics)', 5.0e23, 70e9, 'Chinchilla', 'Hoffmann et al. 2022', 'few-shot'],
	['Word in Context (WiC)', 2.5e24, 540e9, 'PaLM', 'Chowdhery et al. 2022', 'few-shot'],
	['Instruction following (finetuning)', 1.3e23, 68e9, 'FLAN', 'Wei et al. 2022a', 'augmented'],
	['Scratchpad: 8-digit addition (finetuning)', 8.9e19, 40e6, 'LaMDA', 'Nye et al. 2021', 'augmented'],
	['Using open-book knowledge for fact checking', 1.3e22, 7.1e9, 'Gopher', 'Rae et al. 2021', 'augmented'],
	['Chain-of-thought: math word problems', 1.3e23, 68e9, 'LaMDA', 'Wei et al. 2022b', 'augmented'],
	['Chain-of-thought: StrategyQA', 2.9e23, 62e9, 'PaLM', 'Chowdhery et al. 2022', 'augmented'],
	['Differentiable search index', 3.3e22, 11e9, 'T5', 'Tay et al. 2022b', 'augmented'],
	['Self-consistency decoding', 1.3e23, 68e9, 'LaMDA', 'Wang et al. 2022b', 'augmented'],
	['Leveraging explanations in prompting', 5.0e23, 280e9, 'Gopher', 'Lampinen et al. 2022', 'augmented'],
	['Least-to-most prompting', 3.1e23, 175e9, 'GPT-3', 'Zhou et al. 2022', 'augmented'],
	['Zero-shot chain-of-thought reasoning', 3.1e23, 175e9, 'GPT-3', 'Kojima et al. 2022', 'augmented'],
	['Calibration via P(True)', 2.6e23, 52e9, 'Anthropic', 'Kadavath et al. 2022', 'augmented'],
	['Multilingual chain-of-thought reasoning', 2.9e23, 62e9, 'PaLM', 'Shi et al. 2022', 'augmented'],
	['Ask-me-anything prompting', 1.4e22, 6e9, 'EleutherAI', 'Arora et al. 2022', 'augmented'],
];

describe('Wei et al. Table 1 data', () => {
	test('has the 22 rows with numbers, in the table’s order', () => {
		expect(EMERGENT_ABILITIES.map((a) => a.name.en)).toEqual(TABLE_1.map((r) => r[0]));
	});
	test.each(TABLE_1)('%s: %d FLOPs, %d params, %s (%s), %s', (name, flops, params, model, reference, category) => {
		const row = EMERGENT_ABILITIES.find((a) => a.name.en === name);
		expect(row).toBeDefined();
		expect(row?.flops).toBe(flops);
		expect(row?.params).toBe(params);
		expect(row?.model).toBe(model);
		expect(row?.reference).toBe(reference);
		expect(row?.category).toBe(category);
	});
	test('spans 8.9e19–2.5e24 FLOPs and 40M–540B parameters (facts.md B1 takeaway)', () => {
		const range = emergenceRange(EMERGENT_ABILITIES);
		expect(range.minFlops?.flops).toBe(8.9e19);
		expect(range.maxFlops?.flops).toBe(2.5e24);
		expect(range.minParams).toBe(40e6);
		expect(range.maxParams).toBe(540e9);
	});
	test('3-digit arithmetic emerges at GPT-3 13B, 2.3e22 FLOPs (§3, Fig. 2A)', () => {
		const row = EMERGENT_ABILITIES.find((a) => a.id === 'arith-3-digit');
		expect([row?.model, row?.params, row?.flops]).toEqual(['GPT-3', 13e9, 2.3e22]);
	});
	test('9 few-shot and 13 augmented rows, over exactly the nine families', () => {
		expect(emergentAbilities('few-shot')).toHaveLength(9);
		expect(emergentAbilities('augmented')).toHaveLength(13);
		expect(new Set(EMERGENT_ABILITIES.map((a) => a.model))).toEqual(new Set(FAMILIES));
		expect(FAMILIES).toHaveLength(9);
	});
	test('the BIG-Bench row without numbers is kept apart, not plotted', () => {
		expect(UNPLOTTED_ROW.name.en).toMatch(/Many BIG-Bench tasks/);
		expect(EMERGENT_ABILITIES.some((a) => /BIG-Bench/i.test(a.name.en))).toBe(false);
	});
	test('every ability has a Chinese name and short names, unique per language', () => {
		for (const a of EMERGENT_ABILITIES) expect(a.name['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
		for (const lang of ['en', 'zh-cn'] as const) {
			expect(new Set(EMERGENT_ABILITIES.map((a) => a.short[lang])).size).toBe(22);
		}
		expect(new Set(EMERGENT_ABILITIES.map((a) => a.id)).size).toBe(22);
	});
	test('ordering is by FLOPs, ties in table order', () => {
		const ordered = emergentAbilities('all');
		for (let i = 1; i < ordered.length; i++) expect(ordered[i]!.flops).toBeGreaterThanOrEqual(ordered[i - 1]!.flops);
		const atGpt3 = ordered.filter((a) => a.flops === 3.1e23).map((a) => a.id);
		expect(atGpt3).toEqual(['arith-4-5-digit', 'mmlu-57', 'grounded-mappings', 'least-to-most', 'zero-shot-cot']);
		expect(ordered[0]?.id).toBe('scratchpad');
		expect(ordered.at(-1)?.id).toBe('wic');
	});
});

describe('emergence-thresholds figure', () => {
	test('default state draws all 22 points, ordered by FLOPs', () => {
		const data = emergenceFigure.data(defaultState(emergenceFigure));
		expect(data.rows).toHaveLength(22);
		const flops = data.rows.map((r) => r['flops'] as number);
		expect(flops).toEqual([...flops].sort((a, b) => a - b));
		expect(data.rows[0]).toMatchObject({ ability: 'Scratchpad: 8-digit addition (finetuning)', flops: 8.9e19, params: 40e6, model: 'LaMDA' });
	});
	test('the prompting filter changes the rows', () => {
		const few = emergenceFigure.data({ prompting: 'few-shot' }).rows;
		const aug = emergenceFigure.data({ prompting: 'augmented' }).rows;
		expect(few).toHaveLength(9);
		expect(aug).toHaveLength(13);
		expect(few.every((r) => r['category'] === 'few-shot')).toBe(true);
		expect(aug.every((r) => r['category'] === 'augmented')).toBe(true);
	});
	test('renders one dot with a tooltip per ability, and a legend of the families shown', () => {
		const all = render(emergenceFigure);
		const [svg] = plotSvgs(all.nodes);
		expect(svg).toBeDefined();
		const dots = markChildren(svg!, 'dot');
		expect(dots).toHaveLength(22);
		const titles = dots.map((d) => d.querySelector('title')?.textContent ?? '');
		const arith = titles.find((t) => t.startsWith('Addition/subtraction (3 digit)'));
		expect(arith).toContain('GPT-3');
		expect(arith).toContain('13B');
		expect(arith).toContain('2.3×10²²');
		expect(all.nodes[0]?.querySelectorAll('[class*="swatch"] svg')).toHaveLength(9);

		const few = render(emergenceFigure, { prompting: 'few-shot' });
		expect(markChildren(plotSvgs(few.nodes)[0]!, 'dot')).toHaveLength(9);
		expect(few.nodes[0]?.querySelectorAll('[class*="swatch"] svg')).toHaveLength(4);
	});
	test('Chinese render uses Chinese ability names on the axis and in tooltips', () => {
		const zh = render(emergenceFigure, {}, 'zh-cn');
		const svg = plotSvgs(zh.nodes)[0]!;
		expect(svg.textContent).toContain('草稿纸');
		expect(markChildren(svg, 'dot').map((d) => d.querySelector('title')?.textContent).join('\n')).toContain('训练算力');
	});
	test('describe() gives the count and the range of thresholds', () => {
		const en = render(emergenceFigure).description;
		for (const s of ['22', '8.9×10¹⁹', '2.5×10²⁴', '40M', '540B', 'LaMDA', 'PaLM']) expect(en).toContain(s);
		const few = render(emergenceFigure, { prompting: 'few-shot' }).description;
		for (const s of ['9', '1.3×10²²', '7.1B']) expect(few).toContain(s);
		const zh = render(emergenceFigure, {}, 'zh-cn').description;
		for (const s of ['22', '8.9×10¹⁹', '2.5×10²⁴', '种能力']) expect(zh).toContain(s);
	});
	test('caption names the BIG-Bench row and the caveats (family, data, metric; not immutable)', () => {
		const { en, 'zh-cn': zh } = emergenceFigure.caption;
		for (const s of ['Many BIG-Bench tasks', 'model family', 'training data', 'metric', 'Schaeffer', 'not an immutable property', '8.9×10¹⁹', '2.5×10²⁴']) expect(en).toContain(s);
		for (const s of ['BIG-Bench', '模型系列', '训练数据', '指标', 'Schaeffer', '一成不变']) expect(zh).toContain(s);
	});
});

// ---------------------------------------------------------------------------------------------
// Chen et al. (2021), Codex, Table 1
// ---------------------------------------------------------------------------------------------

/** facts.md B5. */
const CODEX: [number, number][] = [
	[12e6, 2.0],
	[25e6, 3.21],
	[42e6, 5.06],
	[85e6, 8.22],
	[300e6, 13.17],
	[679e6, 16.22],
	[2.5e9, 21.36],
	[12e9, 28.81],
];

describe('Codex data', () => {
	test('pass@1 of the eight sizes matches Table 1', () => {
		expect(CODEX_MODELS.map((m) => [m.params, m.passAt1Pct])).toEqual(CODEX);
	});
	test('12M → 12B is three orders of magnitude, and 12B is the largest', () => {
		expect(CODEX_LARGEST_PARAMS / CODEX_MODELS[0]!.params).toBe(1000);
		expect(Math.max(...CODEX_MODELS.map((m) => m.params))).toBe(CODEX_LARGEST_PARAMS);
	});
	test('pass@1 rises at every step', () => {
		for (let i = 1; i < CODEX_MODELS.length; i++) expect(CODEX_MODELS[i]!.passAt1Pct).toBeGreaterThan(CODEX_MODELS[i - 1]!.passAt1Pct);
	});
});

describe('codex-pass-rate figure', () => {
	test('data() has the 8 points with ascii keys', () => {
		const data = codexFigure.data(defaultState(codexFigure));
		expect(data.columns.map((c) => c.key)).toEqual(['model', 'params', 'pass_at_1_pct']);
		expect(data.rows.map((r) => [r['params'], r['pass_at_1_pct']])).toEqual(CODEX);
		expect(toCsv(data).trim().split('\n')).toHaveLength(9);
	});
	test.each(['log', 'linear'])('renders a line and 8 dots with tooltips on a %s axis', (x) => {
		const rendered = render(codexFigure, { x });
		const [svg] = plotSvgs(rendered.nodes);
		expect(svg).toBeDefined();
		expect(markChildren(svg!, 'line')).toHaveLength(1);
		const dots = markChildren(svg!, 'dot');
		expect(dots).toHaveLength(8);
		expect(dots.every((d) => d.tagName.toLowerCase() === 'circle')).toBe(true);
		expect(dots.at(-1)?.querySelector('title')?.textContent).toContain('28.81%');
		const ticks = [...svg!.querySelectorAll('g[data-mark="x-axis tick label"] text')].map((t) => t.textContent);
		if (x === 'log') expect(ticks).toEqual(expect.arrayContaining(['10M', '100M', '1B', '10B']));
		else expect(ticks).toEqual(expect.arrayContaining(['0', '2B', '12B']));
	});
	test('describe() and caption give the end points and the 12B limit', () => {
		const en = render(codexFigure).description;
		for (const s of ['2.00%', '28.81%', '12M', '12B']) expect(en).toContain(s);
		expect(render(codexFigure, { x: 'linear' }, 'zh-cn').description).toContain('线性');
		expect(codexFigure.caption.en).toContain('three orders of magnitude');
		expect(codexFigure.caption.en).toContain('12B was the largest Codex size');
		expect(codexFigure.caption['zh-cn']).toContain('三个数量级');
	});
});

// ---------------------------------------------------------------------------------------------
// Schaeffer et al. (2023), §2: the metric model
// ---------------------------------------------------------------------------------------------

/** facts.md B6-2: exact-match accuracy (%) = p^L, rounded to one decimal. */
const B6_2: [number, number[]][] = [
	[0.5, [50.0, 25.0, 12.5, 6.2, 3.1]],
	[0.7, [70.0, 49.0, 34.3, 24.0, 16.8]],
	[0.8, [80.0, 64.0, 51.2, 41.0, 32.8]],
	[0.9, [90.0, 81.0, 72.9, 65.6, 59.0]],
	[0.95, [95.0, 90.2, 85.7, 81.5, 77.4]],
	[0.99, [99.0, 98.0, 97.0, 96.1, 95.1]],
];

describe('Schaeffer et al. metric model', () => {
	test.each(B6_2)('p = %d: exact match p^L for L = 1…5 matches facts.md B6-2', (p, row) => {
		row.forEach((expected, i) => {
			// The table rounds to one decimal (a few .x5 cases either way), so allow half a unit.
			expect(Math.abs(100 * exactMatch(p, i + 1) - expected)).toBeLessThanOrEqual(0.05 + 1e-9);
		});
	});
	test('p = 0.9, L = 5 → 59.0%', () => {
		expect((100 * exactMatch(0.9, 5)).toFixed(1)).toBe('59.0');
	});
	test('token edit distance is L(1 − p): linear in p, L at p = 0, 0 at p = 1', () => {
		expect(tokenEditDistance(0, 5)).toBe(5);
		expect(tokenEditDistance(1, 5)).toBe(0);
		expect(tokenEditDistance(0.9, 5)).toBeCloseTo(0.5, 12);
		const step1 = tokenEditDistance(0.6, 7) - tokenEditDistance(0.7, 7);
		const step2 = tokenEditDistance(0.8, 7) - tokenEditDistance(0.9, 7);
		expect(step1).toBeCloseTo(step2, 12);
		expect(step1).toBeCloseTo(0.7, 12);
	});
	test('the illustrative constants give p ≈ 0.40 at 10M and ≈ 0.99 at 1T, rising monotonically', () => {
		expect(tokenAccuracy(1e7)).toBeGreaterThan(0.39);
		expect(tokenAccuracy(1e7)).toBeLessThan(0.41);
		expect(tokenAccuracy(1e12)).toBeGreaterThan(0.985);
		expect(tokenAccuracy(1e12)).toBeLessThan(0.995);
		let last = 0;
		for (let e = 7; e <= 12; e += 0.25) {
			const p = tokenAccuracy(10 ** e);
			expect(p).toBeGreaterThan(last);
			last = p;
		}
		expect(MIRAGE_N_RANGE).toEqual([1e7, 1e12]);
	});
	test('L_CE is a power law: 10× parameters multiplies it by 10^−α', () => {
		expect(tokenLoss(1e9) / tokenLoss(1e8)).toBeCloseTo(10 ** -MIRAGE_TOY.alpha, 12);
		expect(tokenLoss(MIRAGE_TOY.c)).toBe(1);
		expect(tokenAccuracy(1e10)).toBeCloseTo(Math.exp(-tokenLoss(1e10)), 15);
	});
	test('sizeForExactMatch inverts p^L', () => {
		for (const L of [1, 3, 5, 10]) {
			for (const a of [0.1, 0.5, 0.9]) expect(exactMatch(tokenAccuracy(sizeForExactMatch(a, L)), L)).toBeCloseTo(a, 10);
		}
	});
	test('in this model a longer answer delays exact match by log10(L)/α decades without changing its shape', () => {
		for (const n of [2e7, 3e8, 5e9]) expect(exactMatch(tokenAccuracy(n * 5 ** (1 / MIRAGE_TOY.alpha)), 5)).toBeCloseTo(tokenAccuracy(n), 12);
	});
});

describe('metric-mirage figure', () => {
	const state = defaultState(mirageFigure);
	test('defaults: L = 5 tokens, exact match emphasised; labelled an illustration', () => {
		expect(state).toEqual({ L: 5, metric: 'exact' });
		expect(mirageFigure.illustration).toEqual({ en: 'Illustration of a model, not measured data', 'zh-cn': '模型示意，并非实测数据' });
		expect(mirageFigure.fitted).toBeUndefined();
		const L = mirageFigure.params.find((p) => p.name === 'L');
		expect(L).toMatchObject({ kind: 'range', min: 1, max: 10, step: 1, default: 5 });
	});
	test('data() samples 10M–1T, with exact match = p^L and edit distance = L(1 − p) on every row', () => {
		const data = mirageFigure.data(state);
		const params = data.rows.map((r) => r['params'] as number);
		expect(params[0]).toBeCloseTo(1e7, -1);
		expect(params.at(-1)).toBeCloseTo(1e12, -5);
		expect(params).toEqual([...params].sort((a, b) => a - b));
		for (const r of data.rows) {
			const p = Math.exp(-(((r['params'] as number) / MIRAGE_TOY.c) ** -MIRAGE_TOY.alpha));
			expect(r['token_acc_pct']).toBeCloseTo(100 * p, 9);
			expect(r['exact_match_pct']).toBeCloseTo(100 * p ** 5, 9);
			expect(r['edit_distance_tokens']).toBeCloseTo(5 * (1 - p), 9);
		}
		const marked = data.rows.filter((r) => r['marker'] !== '');
		expect(marked).toHaveLength(1);
		expect(marked[0]?.['exact_match_pct']).toBeCloseTo(50, 9);
		for (const c of data.columns) expect(c.key).toMatch(/^[a-z0-9_]+$/);
	});
	test('answer length changes the exact-match rows but not the per-token accuracy', () => {
		const five = mirageFigure.data({ L: 5, metric: 'exact' }).rows.filter((r) => r['marker'] === '');
		const ten = mirageFigure.data({ L: 10, metric: 'exact' }).rows.filter((r) => r['marker'] === '');
		expect(ten.map((r) => r['token_acc_pct'])).toEqual(five.map((r) => r['token_acc_pct']));
		ten.forEach((r, i) => expect(r['exact_match_pct'] as number).toBeLessThan(five[i]!['exact_match_pct'] as number));
		ten.forEach((r, i) => expect(r['edit_distance_tokens']).toBeCloseTo(2 * (five[i]!['edit_distance_tokens'] as number), 9));
	});
	test('renders two panels: exact match (with the dotted p curve) and edit distance; `metric` picks the emphasised one', () => {
		const exact = render(mirageFigure, { metric: 'exact' });
		expect(exact.nodes).toHaveLength(2);
		const [left, right] = plotSvgs(exact.nodes);
		expect(markChildren(left!, 'line')).toHaveLength(2);
		expect(markChildren(right!, 'line')).toHaveLength(1);
		const emphasised = (svg: Element) => [...svg.querySelectorAll('g[data-mark="line"], g[data-mark="line"] g')].some((g) => g.getAttribute('stroke') === PALETTE[0] && g.getAttribute('stroke-width') === '3');
		expect([emphasised(left!), emphasised(right!)]).toEqual([true, false]);
		const [l2, r2] = plotSvgs(render(mirageFigure, { metric: 'edit' }).nodes);
		expect([emphasised(l2!), emphasised(r2!)]).toEqual([false, true]);
		expect(right!.textContent).toContain('edit distance');
	});
	test('describe() reports the model’s numbers for the chosen metric', () => {
		const p = (n: number) => Math.exp(-((n / MIRAGE_TOY.c) ** -MIRAGE_TOY.alpha));
		const exact = render(mirageFigure, { L: 5, metric: 'exact' }).description;
		expect(exact).toContain('not measured');
		expect(exact).toContain(`${(100 * p(1e12) ** 5).toFixed(1)}%`);
		expect(exact).toContain('50%');
		const edit = render(mirageFigure, { L: 5, metric: 'edit' }).description;
		expect(edit).toContain((5 * (1 - p(1e7))).toFixed(2));
		expect(edit).toContain('edit distance');
		expect(render(mirageFigure, { L: 1, metric: 'exact' }).description).toContain('equals the per-token accuracy');
		expect(render(mirageFigure, {}, 'zh-cn').description).toContain('非实测');
	});
});

// ---------------------------------------------------------------------------------------------
// Shared contract checks
// ---------------------------------------------------------------------------------------------

describe.each([
	['emergence-thresholds', emergenceFigure, 'wei2022emergent'],
	['codex-pass-rate', codexFigure, 'chen2021'],
	['metric-mirage', mirageFigure, 'schaeffer2023'],
] as const)('%s contract', (id, def, source) => {
	test('id, sources and both languages', () => {
		expect(def.id).toBe(id);
		expect(def.sources.map((s) => s.k)).toContain(source);
		for (const text of [def.title, def.caption]) {
			expect(text.en.length).toBeGreaterThan(0);
			expect(text['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
		}
		for (const p of def.params) expect(p.label['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
	});
	test('table and CSV hold exactly the rows drawn; output is deterministic', () => {
		const state = defaultState(def);
		const data = def.data(state);
		expect(data.rows.length).toBeGreaterThan(0);
		for (const c of data.columns) expect(c.key).toMatch(/^[a-z0-9_]+$/);
		expect(toCsv(data).trim().split('\n')).toHaveLength(data.rows.length + 1);
		expect(tableHtml(data, 'zh-cn').match(/<tr>/g)).toHaveLength(data.rows.length + 1);
		const again = def.data(state);
		expect(again.rows).toEqual(data.rows);
		expect(again.columns.map((c) => c.key)).toEqual(data.columns.map((c) => c.key));
		// Plot numbers its clip paths with a global counter; everything else must be identical.
		const html = () => render(def).nodes.map((n) => n.outerHTML).join('').replace(/plot-clip-\d+/g, 'plot-clip');
		const a = html();
		const b = html();
		expect(a).toBe(b);
		expect(a).not.toMatch(/NaN|undefined/);
	});
	test.each(['en', 'zh-cn'] as const)('describe() in %s is one or two short sentences with numbers', (lang) => {
		const text = render(def, {}, lang).description;
		expect(text).toMatch(/\d/);
		expect(text).not.toMatch(/NaN|undefined/);
		expect(text.length).toBeLessThan(400);
	});
});
