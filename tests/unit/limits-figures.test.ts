/**
 * The "limits" figures: training-cost calculator, data wall and what 10× compute buys. Expected
 * values are the papers' own numbers or facts.md (A1, A4, C1, C2, D1, D4), worked by hand; the
 * figures must reproduce them and never put NaN, Infinity or "undefined" on screen.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import dataWall from '../../src/figures/defs/data-wall';
import tenX from '../../src/figures/defs/ten-x-compute';
import trainingCost, { MODELS } from '../../src/figures/defs/training-cost';
import { readoutHtml, renderFigure, tableHtml, toCsv } from '../../src/figures/render';
import { defaultState } from '../../src/figures/state';
import type { FigureDefinition, FigureState } from '../../src/figures/types';
import { costProblem, DEEPSEEK_V2_GPU_HOURS_PER_T, gpuHoursFromRate, trainingCost as cost } from '../../src/lib/compute-cost';
import { costRatio, kaplanLossRatio, reducibleLossRatio } from '../../src/lib/compute-returns';
import { DATASET_SIZES, FULL_USE_YEARS, PUBLIC_TEXT_STOCK, stockMultiple } from '../../src/lib/data-stock';
import { BESIROGLU_FIT, computeOptimal, HOFFMANN_FIT, kaplanLoss } from '../../src/lib/scaling';
import { bigCount, days, gpuHours, usd, wan } from '../../src/lib/units';

type Lang = 'en' | 'zh-cn';

function render(def: FigureDefinition, state: FigureState, lang: Lang = 'en') {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const r = renderFigure(def, state, lang, document as unknown as Document);
	const svg = r.nodes.map((n) => n.outerHTML).join('');
	const readout = readoutHtml(def, state, r.data, lang);
	const text = [svg, tableHtml(r.data, lang), readout, toCsv(r.data), r.description, r.problem ?? ''].join('\n');
	return { ...r, svg, readout, text };
}

const count = (html: string, tag: string) => html.split(`<${tag}`).length - 1;
/** Bars actually drawn: rects inside Plot's bar marks (not clip paths or legend swatches). */
const bars = (node: Element | undefined) => node?.querySelectorAll('g[data-mark="bar"] rect').length ?? 0;
const BAD = /NaN|Infinity|undefined/;

/** Default, every preset, every choice option, every bounded parameter at its min and max. */
function sweep(def: FigureDefinition): FigureState[] {
	const base = defaultState(def);
	const states: FigureState[] = [base, ...(def.presets ?? []).map((p) => ({ ...base, ...p.state }))];
	for (const p of def.params) {
		if (p.kind === 'choice') for (const o of p.options) states.push({ ...base, [p.name]: o.value });
		else states.push({ ...base, [p.name]: p.min }, { ...base, [p.name]: p.max });
	}
	const bounded = def.params.filter((p) => p.kind !== 'choice');
	states.push({ ...base, ...Object.fromEntries(bounded.map((p) => [p.name, p.min])) });
	states.push({ ...base, ...Object.fromEntries(bounded.map((p) => [p.name, p.max])) });
	return states;
}

describe.each([
	['training-cost', trainingCost],
	['data-wall', dataWall],
	['ten-x-compute', tenX],
])('%s: every reachable state renders cleanly', (id, def) => {
	test('the id matches the file name', () => expect(def.id).toBe(id));
	test.each(['en', 'zh-cn'] as const)('no NaN, Infinity or undefined anywhere (%s)', (lang) => {
		for (const state of sweep(def)) {
			const r = render(def, state, lang);
			expect(r.text, JSON.stringify(state)).not.toMatch(BAD);
			if (!r.problem) expect(r.svg).toContain('<svg');
		}
	});
	test('every axis tick has a label (Plot blanks some log-axis labels unless the ticks suit it)', () => {
		for (const state of sweep(def)) {
			for (const node of render(def, state).nodes) {
				const labels = [...node.querySelectorAll('g[data-mark$="tick label"] text')].map((t) => t.textContent ?? '');
				expect(labels.filter((t) => t.trim() === ''), JSON.stringify(state)).toEqual([]);
			}
		}
	});
	test('the default state has no problem (the build would fail)', () => {
		expect(def.problem?.(defaultState(def), 'en') ?? null).toBeNull();
	});
});

describe('training cost: the arithmetic', () => {
	test.each([
		['GPT-3', 175e9, 300e9, 3.15e23],
		['Chinchilla', 70e9, 1.4e12, 5.88e23],
		['Llama 3.1 405B', 405e9, 15.6e12, 3.7908e25],
		['DeepSeek-V3, active params', 37e9, 14.8e12, 3.2856e24],
	])('6ND for %s matches facts.md A4', (_name, n, d, flops) => {
		const e = cost({ n, d, peakFlops: 1e15, utilisation: 0.4, gpus: 1, pricePerGpuHour: 2 });
		expect(e.flops / flops).toBeCloseTo(1, 10);
	});
	test('6ND lands close to the reported totals: GPT-3 3.14e23, Llama 3.1 405B 3.8e25', () => {
		expect(cost({ n: 175e9, d: 300e9, peakFlops: 1, utilisation: 1, gpus: 1, pricePerGpuHour: 0 }).flops / 3.14e23).toBeCloseTo(1, 2);
		expect(cost({ n: 405e9, d: 15.6e12, peakFlops: 1, utilisation: 1, gpus: 1, pricePerGpuHour: 0 }).flops / 3.8e25).toBeCloseTo(1, 2);
	});
	test('one GPU at 10¹⁵ FLOP/s and 100% does 3.6×10¹⁸ FLOPs per hour', () => {
		// 6ND = 3.6e21 FLOPs → 1000 GPU-hours → on 10 GPUs 100 h = 4.1667 days; at $2/h $2000.
		const e = cost({ n: 1e9, d: 6e11, peakFlops: 1e15, utilisation: 1, gpus: 10, pricePerGpuHour: 2 });
		expect(e.flops).toBe(3.6e21);
		expect(e.gpuHours).toBeCloseTo(1000, 9);
		expect(e.days).toBeCloseTo(100 / 24, 9);
		expect(e.cost).toBeCloseTo(2000, 6);
	});
	test('halving utilisation doubles GPU-hours, days and cost', () => {
		const at = (u: number) => cost({ n: 7e10, d: 1.4e12, peakFlops: 1e15, utilisation: u, gpus: 512, pricePerGpuHour: 3 });
		expect(at(0.2).gpuHours / at(0.4).gpuHours).toBeCloseTo(2, 12);
		expect(at(0.2).days / at(0.4).days).toBeCloseTo(2, 12);
		expect(at(0.2).cost / at(0.4).cost).toBeCloseTo(2, 12);
	});
	test('DeepSeek-V2: 172.8K GPU-hours per trillion tokens × 8.1T ≈ 1.40M (facts.md D4)', () => {
		expect(gpuHoursFromRate(DEEPSEEK_V2_GPU_HOURS_PER_T, 8.1e12)).toBeCloseTo(1.39968e6, 0);
		expect(gpuHoursFromRate(DEEPSEEK_V2_GPU_HOURS_PER_T, 8.1e12) / 1e6).toBeCloseTo(1.4, 2);
	});
	test.each([
		[{ n: 0 }, 'n'],
		[{ d: -1e12 }, 'd'],
		[{ peakFlops: Number.NaN }, 'peak'],
		[{ utilisation: 0 }, 'utilisation'],
		[{ utilisation: 1.5 }, 'utilisation'],
		[{ gpus: 0 }, 'gpus'],
		[{ gpus: 2.5 }, 'gpus'],
		[{ pricePerGpuHour: -2 }, 'price'],
		[{ n: Number.POSITIVE_INFINITY }, 'n'],
	])('costProblem flags %o', (bad, expected) => {
		const ok = { n: 37e9, d: 14.8e12, peakFlops: 1e15, utilisation: 0.4, gpus: 2048, pricePerGpuHour: 2 };
		expect(costProblem({ ...ok, ...bad })).toBe(expected);
		expect(costProblem(ok)).toBeNull();
	});
});

describe('training cost: the figure', () => {
	const base = defaultState(trainingCost);

	test('the default is DeepSeek-V3 (37B active × 14.8T) with the stated assumptions', () => {
		expect(base).toMatchObject({ N: 37e9, D: 14.8e12, peak: 1e15, util: 40, gpus: 2048, price: 2 });
	});
	test('default readout: 3.29e24 FLOPs → 2.28M GPU-hours → 46.4 days on 2,048 GPUs → US$4.56M, beside the reported 2.788M / US$5.576M', () => {
		// 3.2856e24 / (1e15 × 0.4 × 3600) = 2,281,667 GPU-h; / 2048 / 24 = 46.42 days; × $2 = $4.563M.
		const r = render(trainingCost, base);
		expect(r.readout).toContain('3.29×10²⁴ FLOPs');
		expect(r.readout).toContain('2.28M GPU-hours');
		expect(r.readout).toContain('46.4 days');
		expect(r.readout).toContain('US$4.56M');
		expect(r.readout).toContain('Reported: DeepSeek-V3');
		expect(r.readout).toContain('2.788M H800 GPU-hours');
		expect(r.readout).toContain('US$5.576M');
	});
	test('the default plot has an estimate bar for FLOPs and two GPU-hour bars (estimate and reported)', () => {
		const r = render(trainingCost, base);
		expect(r.nodes).toHaveLength(2);
		expect(bars(r.nodes[0])).toBe(1);
		expect(bars(r.nodes[1])).toBe(2);
		const [flops, hours] = r.nodes.map((n) => n.outerHTML);
		expect(flops).toContain('not reported');
		expect(hours).toContain('2.28M');
		expect(hours).toContain('2.788M');
	});
	test('Chinese readout groups large numbers in 万', () => {
		const r = render(trainingCost, base, 'zh-cn');
		expect(r.readout).toContain('228 万 GPU 时');
		expect(r.readout).toContain('456 万美元');
		expect(r.readout).toContain('278.8 万 H800 GPU 时');
		expect(r.readout).toContain('557.6 万美元');
	});
	test.each([
		['gpt3', ['3.14×10²³ FLOPs']],
		['llama31-405b', ['3.8×10²⁵ FLOPs', '30.84M H100-80GB GPU-hours']],
		['chinchilla', ['5.76×10²³ FLOPs']],
		['deepseek-v2', ['172.8K', '1.4M']],
		['deepseek-v3', ['2.788M', 'US$5.576M', 'US$2']],
	])('preset %s shows its reported figures in the readout', (id, expected) => {
		const preset = trainingCost.presets?.find((p) => p.id === id);
		expect(preset).toBeDefined();
		const r = render(trainingCost, { ...base, ...preset?.state });
		const reported = r.readout.split('<dt>').find((item) => item.startsWith('Reported'));
		expect(reported).toBeDefined();
		for (const s of expected) expect(reported).toContain(s);
	});
	test('Llama preset: estimated FLOPs 3.79e25 beside the reported 3.8e25, printed with its own precision', () => {
		const r = render(trainingCost, { ...base, N: 405e9, D: 15.6e12 });
		expect(r.svg).toContain('3.79×10²⁵');
		expect(r.svg).toContain('3.8×10²⁵');
		expect(r.svg).not.toContain('3.80×10²⁵');
		expect(r.svg).toContain('30.84M');
	});
	test('presets carry the facts.md sizes (N active for MoE)', () => {
		expect(MODELS.map((m) => [m.id, m.n, m.d])).toEqual([
			['gpt3', 175e9, 300e9],
			['chinchilla', 70e9, 1.4e12],
			['llama31-405b', 405e9, 15.6e12],
			['deepseek-v2', 21e9, 8.1e12],
			['deepseek-v3', 37e9, 14.8e12],
		]);
	});
	test('a state that matches no preset shows no reported line', () => {
		const r = render(trainingCost, { ...base, N: 1e10 });
		expect(r.readout).not.toContain('Reported');
		expect(r.data.rows).toHaveLength(1);
	});
	test.each([
		[{ util: 0 }, /utilisation/i],
		[{ util: -5 }, /utilisation/i],
		[{ util: 150 }, /utilisation/i],
		[{ N: 0 }, /parameter/i],
		[{ D: -1 }, /token/i],
		[{ peak: 0 }, /peak/i],
		[{ gpus: 0 }, /GPUs/],
		[{ gpus: 1.5 }, /whole number/],
		[{ price: -1 }, /negative/],
		[{ peak: Number.NaN }, /peak/i],
	])('problem() explains %o instead of drawing', (bad, message) => {
		for (const lang of ['en', 'zh-cn'] as const) {
			const r = render(trainingCost, { ...base, ...bad }, lang);
			expect(r.problem).toBeTruthy();
			expect(r.nodes).toHaveLength(0);
			expect(r.text).not.toMatch(BAD);
			if (lang === 'en') expect(r.problem).toMatch(message);
		}
	});
	test('caption states the hardware numbers are assumptions the reader can change', () => {
		expect(trainingCost.caption.en).toMatch(/assumptions you can change/);
		expect(trainingCost.caption['zh-cn']).toMatch(/可以修改的假设值/);
	});
});

describe('units', () => {
	test('万 / 亿 grouping and dollars', () => {
		expect(wan(2.788e6)).toBe('278.8 万');
		expect(wan(30.84e6)).toBe('3084 万');
		expect(wan(1.2e9)).toBe('12 亿');
		expect(wan(5000)).toBe('5000');
		expect(usd(5.576e6, 'en')).toBe('US$5.576M');
		expect(usd(5.576e6, 'zh-cn')).toBe('557.6 万美元');
		expect(gpuHours(30.84e6, 'en')).toBe('30.84M GPU-hours');
		expect(bigCount(119e3, 'zh-cn')).toBe('11.9 万');
		expect(days(46.4206, 'en')).toBe('46.4 days');
	});
	test('huge and tiny values use scientific notation, never digit strings or exponents like e+21', () => {
		expect(bigCount(1.7e21, 'en')).toBe('1.70×10²¹');
		expect(wan(1.7e21)).toBe('1.70×10²¹');
		expect(days(3.4e-8, 'en')).toBe('3.40×10⁻⁸ days');
		expect(usd(Number.NaN, 'en')).toBe('—');
	});
});

describe('data wall', () => {
	test('dataset sizes and years are facts.md C2', () => {
		expect(DATASET_SIZES.map((d) => [d.name, d.year, d.tokens])).toEqual([
			['GPT-3', 2020, 3.0e11],
			['LaMDA', 2022, 1.68e11],
			['MT-NLG 530B', 2022, 2.7e11],
			['Chinchilla', 2022, 1.4e12],
			['DeepSeek-V2', 2024, 8.1e12],
			['DeepSeek-V3', 2024, 1.48e13],
			['Llama 3.1 405B', 2024, 1.56e13],
			['Qwen2.5', 2024, 1.8e13],
		]);
	});
	test('Epoch AI 2024: stock ≈ 3e14 tokens (90% CI 1e14–1e15), full use 2026–2032, median 2028', () => {
		expect(PUBLIC_TEXT_STOCK).toEqual({ median: 3e14, low: 1e14, high: 1e15 });
		expect(FULL_USE_YEARS).toEqual({ from: 2026, to: 2032, median: 2028 });
		// The largest 2024 dataset (Qwen2.5, 18T) is about 1/17 of the median stock.
		expect(stockMultiple(1.8e13)).toBeCloseTo(16.67, 2);
	});
	test('log view: eight model dots, the stock line and its band, labels for every model', () => {
		const r = render(dataWall, defaultState(dataWall));
		expect(count(r.svg, 'circle')).toBe(8);
		for (const d of DATASET_SIZES) expect(r.svg).toContain(d.name);
		expect(r.svg).toContain('3.0×10¹⁴');
		expect(r.svg).toContain('2026–2032');
		expect(r.svg).toContain('2028');
	});
	test('linear view: the same eight dots, and a note that they sit on the floor', () => {
		const r = render(dataWall, { scale: 'linear' });
		expect(count(r.svg, 'circle')).toBe(8);
		expect(r.svg).toContain('bottom edge');
		const zh = render(dataWall, { scale: 'linear' }, 'zh-cn');
		expect(zh.svg).toContain('都贴在底边上');
	});
	test('the text alternative names the range and the projection in both languages', () => {
		const en = render(dataWall, defaultState(dataWall)).description;
		expect(en).toContain('3.0×10¹¹');
		expect(en).toContain('1.8×10¹³');
		expect(en).toContain('1/17');
		expect(en).toContain('2028');
		const zh = render(dataWall, defaultState(dataWall), 'zh-cn').description;
		expect(zh).toContain('2026–2032');
		expect(zh).toContain('中位数 2028 年');
	});
	test('the stock row is in the table and CSV with its interval', () => {
		const csv = toCsv(dataWall.data(defaultState(dataWall)));
		expect(csv).toContain('300000000000000,100000000000000,1000000000000000');
	});
});

describe('what 10× compute buys', () => {
	test('Kaplan L(C_min): 10× compute → loss × 0.891 (≈10.9% lower), from any starting budget', () => {
		expect(kaplanLossRatio(10)).toBeCloseTo(0.891, 3);
		expect(kaplanLoss('Cmin', 30) / kaplanLoss('Cmin', 3)).toBeCloseTo(kaplanLossRatio(10), 12);
	});
	test('Chinchilla Hoffmann fit: reducible loss × ≈0.70 (≈30% lower) per 10×', () => {
		expect(reducibleLossRatio(HOFFMANN_FIT, 10)).toBeCloseTo(0.702, 3);
		expect(1 - reducibleLossRatio(HOFFMANN_FIT, 10)).toBeCloseTo(0.3, 1);
	});
	test('Besiroglu refit: ≈0.66 (≈34% lower) per 10×', () => {
		expect(reducibleLossRatio(BESIROGLU_FIT, 10)).toBeCloseTo(0.66, 2);
		expect(1 - reducibleLossRatio(BESIROGLU_FIT, 10)).toBeCloseTo(0.34, 2);
	});
	test('the closed form agrees with the frontier computed point by point', () => {
		for (const fit of [HOFFMANN_FIT, BESIROGLU_FIT]) {
			const reducible = (c: number) => computeOptimal(fit, c).loss - fit.E;
			expect(reducible(1e24) / reducible(1e23)).toBeCloseTo(reducibleLossRatio(fit, 10), 10);
			expect(reducible(1e25) / reducible(1e22)).toBeCloseTo(reducibleLossRatio(fit, 1000), 10);
		}
	});
	test('10× compute costs 10× at fixed prices, not 100×', () => {
		expect(costRatio(10)).toBe(10);
		expect(tenX.caption.en).toMatch(/10× compute costs about 10× as much, not 100×/);
		expect(tenX.caption['zh-cn']).toMatch(/约为 10 倍，而不是 100 倍/);
	});
	test('default view: three curves, the chosen multiplier marked on each, readout with the three ratios', () => {
		const r = render(tenX, defaultState(tenX));
		expect(tenX.fitted).toBe(true);
		expect(r.svg).toMatch(/<path/);
		expect(count(r.svg, 'circle')).toBe(3);
		expect(r.readout).toContain('≈ 10×');
		expect(r.readout).toContain('×0.891 (−10.9%)');
		expect(r.readout).toContain('×0.702 (−29.8%)');
		expect(r.readout).toContain('×0.663 (−33.7%)');
	});
	test('the ends of the slider: 1× changes nothing, 1000× is three 10× steps', () => {
		const at1 = render(tenX, { multiplier: 1 });
		expect(at1.readout).toContain('×1.000 (−0.0%)');
		expect(kaplanLossRatio(1000)).toBeCloseTo(0.891 ** 3, 2);
		expect(render(tenX, { multiplier: 1000 }).text).not.toMatch(BAD);
	});
});
