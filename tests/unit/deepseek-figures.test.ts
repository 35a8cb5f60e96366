/**
 * The DeepSeek figures: MoE parameter counts, KV cache and reported GPU-hours. Expected values
 * are the reports' own numbers (facts.md D1, D3, D4) or hand calculations from the published
 * model configurations, written out below; the figures must reproduce them and never put NaN,
 * Infinity or "undefined" on screen.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import gpuHoursFigure from '../../src/figures/defs/gpu-hours';
import kvCache from '../../src/figures/defs/kv-cache';
import moeFigure, { matchingMoeModel } from '../../src/figures/defs/moe-params';
import { readoutHtml, renderFigure, tableHtml, toCsv } from '../../src/figures/render';
import { defaultState } from '../../src/figures/state';
import type { FigureDefinition, FigureState } from '../../src/figures/types';
import {
	DEEPSEEK_67B_GPU_HOURS_PER_T,
	DEEPSEEK_V2_GPU_HOURS_PER_T,
	DEEPSEEK_V2_TOKENS,
	DEEPSEEK_V3_REPORTED,
	DEEPSEEK_V3_STAGES,
	gpuHoursFromRate,
	LLAMA31_405B,
} from '../../src/lib/compute-cost';
import { DEEPSEEK_V2_KV, DEEPSEEK_V3_KV, gqaBytesPerToken, type KvShape, kvProblem, mhaBytesPerToken, mlaBytesPerToken } from '../../src/lib/kv-cache';
import {
	DEEPSEEK_V2,
	DEEPSEEK_V3,
	flopsPerToken,
	gatedFfnParams,
	gqaAttentionParams,
	MIXTRAL_8X7B,
	MOE_REPORTED,
	type MoeConfig,
	mlaAttentionParams,
	moeParams,
	moeProblem,
} from '../../src/lib/moe';
import { trainingFlops } from '../../src/lib/scaling';
import { bytes } from '../../src/lib/units';

type Lang = 'en' | 'zh-cn';

function render(def: FigureDefinition, state: FigureState, lang: Lang = 'en') {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const r = renderFigure(def, state, lang, document as unknown as Document);
	const svg = r.nodes.map((n) => n.outerHTML).join('');
	const readout = readoutHtml(def, state, r.data, lang);
	const text = [svg, tableHtml(r.data, lang), readout, toCsv(r.data), r.description, r.problem ?? ''].join('\n');
	return { ...r, svg, readout, text };
}

/** Bars actually drawn: rects inside Plot's bar marks (not clip paths or legend swatches). */
const bars = (node: Element | undefined) => node?.querySelectorAll('g[data-mark="bar"] rect').length ?? 0;
const BAD = /NaN|Infinity|undefined/;

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
	['moe-params', moeFigure],
	['kv-cache', kvCache],
	['gpu-hours', gpuHoursFigure],
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

describe('DeepSeek-V3 cost table (report Table 1, p. 5)', () => {
	test('the stages add up to 2,788K H800 GPU-hours', () => {
		expect(DEEPSEEK_V3_STAGES.map((s) => s.gpuHours)).toEqual([2664e3, 119e3, 5e3]);
		expect(DEEPSEEK_V3_STAGES.reduce((a, s) => a + s.gpuHours, 0)).toBe(2.788e6);
		expect(DEEPSEEK_V3_REPORTED.gpuHours).toBe(2.788e6);
	});
	test('at the assumed US$2 per GPU-hour each stage and the total match the reported dollars', () => {
		expect(DEEPSEEK_V3_STAGES.map((s) => s.cost)).toEqual([5.328e6, 0.238e6, 0.01e6]);
		for (const s of DEEPSEEK_V3_STAGES) expect(s.gpuHours * 2).toBeCloseTo(s.cost, 6);
		expect(DEEPSEEK_V3_STAGES.reduce((a, s) => a + s.cost, 0)).toBeCloseTo(5.576e6, 6);
		expect(DEEPSEEK_V3_REPORTED.gpuHours * DEEPSEEK_V3_REPORTED.pricePerGpuHour).toBe(DEEPSEEK_V3_REPORTED.cost);
		expect(DEEPSEEK_V3_REPORTED.cost).toBe(5.576e6);
	});
	test('pre-training is 180K GPU-hours per trillion tokens × 14.8T (report p. 5)', () => {
		expect(gpuHoursFromRate(180e3, 14.8e12)).toBeCloseTo(2664e3, 6);
	});
	test('DeepSeek-V2: 172.8K per trillion tokens × 8.1T ≈ 1.40M; 42.5% below DeepSeek 67B per trillion tokens', () => {
		expect(gpuHoursFromRate(DEEPSEEK_V2_GPU_HOURS_PER_T, DEEPSEEK_V2_TOKENS) / 1e6).toBeCloseTo(1.4, 2);
		expect(1 - DEEPSEEK_V2_GPU_HOURS_PER_T / DEEPSEEK_67B_GPU_HOURS_PER_T).toBeCloseTo(0.425, 3);
	});
	test('Llama 3.1 405B / DeepSeek-V3 GPU-hours = 30.84 / 2.788 ≈ 11.1× (V3 ≈ 9.0%)', () => {
		expect(LLAMA31_405B.gpuHours / DEEPSEEK_V3_REPORTED.gpuHours).toBeCloseTo(11.06, 2);
		expect(DEEPSEEK_V3_REPORTED.gpuHours / LLAMA31_405B.gpuHours).toBeCloseTo(0.0904, 3);
	});
	test('6ND with V3’s active parameters ≈ 3.3e24, about 11× less than Llama 3.1 405B’s 3.8e25', () => {
		expect(trainingFlops(37e9, 14.8e12) / 1e24).toBeCloseTo(3.3, 1);
		expect(trainingFlops(405e9, 15.6e12) / trainingFlops(37e9, 14.8e12)).toBeCloseTo(11.5, 1);
	});
});

describe('gpu-hours figure', () => {
	const base = defaultState(gpuHoursFigure);
	test('comparison bars: V3 stacked in three stages plus one Llama bar; a stage chart with three bars', () => {
		const r = render(gpuHoursFigure, base);
		expect(r.nodes).toHaveLength(2);
		expect(bars(r.nodes[0])).toBe(4);
		expect(bars(r.nodes[1])).toBe(3);
		const [compare, stages] = r.nodes.map((n) => n.outerHTML);
		expect(compare).toContain('2.788M');
		expect(compare).toContain('30.84M');
		expect(compare).toContain('11.1×');
		expect(compare).toContain('excludes prior research and ablations');
		expect(stages).toContain('2.664M · US$5.328M');
		expect(stages).toContain('119K · US$238K');
		expect(stages).toContain('5K · US$10K');
	});
	test('the stacked V3 bar ends exactly at 2.788M', () => {
		const rows = gpuHoursFigure.data(base).rows.filter((r) => r['model'] === 'DeepSeek-V3');
		expect(rows.at(-1)?.['end']).toBe(2.788e6);
	});
	test('readout and text alternative in both languages', () => {
		const en = render(gpuHoursFigure, base);
		expect(en.readout).toContain('2.788M GPU-hours');
		expect(en.readout).toContain('US$5.576M');
		expect(en.readout).toContain('30.84M GPU-hours');
		expect(en.readout).toContain('about 11.1×; V3 is about 9.0%');
		const zh = render(gpuHoursFigure, base, 'zh-cn');
		expect(zh.readout).toContain('278.8 万 GPU 时');
		expect(zh.readout).toContain('557.6 万美元');
		expect(zh.readout).toContain('3084 万 GPU 时');
		expect(zh.description).toContain('266.4 万 GPU 时');
		expect(zh.description).toContain('不含此前的研究与消融实验');
	});
	test('log stage axis renders the 5K post-training bar', () => {
		const r = render(gpuHoursFigure, { scale: 'log' });
		expect(r.svg).toContain('5K · US$10K');
	});
});

describe('MoE parameter counts', () => {
	test('one expert (gated FFN) of V3: 3 × 7168 × 2048 = 44,040,192', () => {
		expect(gatedFfnParams(7168, 2048)).toBe(44_040_192);
	});
	test('attention per layer: V3 MLA 187,105,280; V2 MLA 149,225,472; Mixtral GQA 41,943,040', () => {
		// V3: 7168·1536 + 1536·128·192 + 7168·576 + 512·128·256 + 128·128·7168
		expect(DEEPSEEK_V3.attentionPerLayer).toBe(11_010_048 + 37_748_736 + 4_128_768 + 16_777_216 + 117_440_512);
		expect(DEEPSEEK_V3.attentionPerLayer).toBe(187_105_280);
		expect(DEEPSEEK_V2.attentionPerLayer).toBe(149_225_472);
		// Mixtral: q and o 4096×4096, k and v 4096×1024.
		expect(MIXTRAL_8X7B.attentionPerLayer).toBe(2 * 4096 * 4096 + 2 * 4096 * 1024);
		expect(mlaAttentionParams({ dModel: 7168, heads: 128, qLora: 1536, kvLora: 512, nopeDim: 128, ropeDim: 64, vDim: 128 })).toBe(187_105_280);
		expect(gqaAttentionParams({ dModel: 4096, heads: 32, kvHeads: 32, headDim: 128 })).toBe(4 * 4096 * 4096);
	});
	test('preset architecture numbers from facts.md D1 / D3', () => {
		expect(DEEPSEEK_V3).toMatchObject({ layers: 61, dModel: 7168, denseLayers: 3, sharedExperts: 1, routedExperts: 256, activeExperts: 8, expertFfn: 2048 });
		expect(DEEPSEEK_V2).toMatchObject({ sharedExperts: 2, routedExperts: 160, activeExperts: 6, denseLayers: 1 });
	});
	test('hand-computed totals: V3 670,918,967,296 / 37,444,845,568', () => {
		const r = moeParams(DEEPSEEK_V3);
		expect(r.totalSum).toBe(670_918_967_296);
		expect(r.activeSum).toBe(37_444_845_568);
		expect(r.total.routedExperts).toBe(58 * 256 * 44_040_192);
		expect(r.active.routedExperts).toBe(58 * 8 * 44_040_192);
		expect(r.total.embeddings).toBe(2 * 129280 * 7168);
	});
	test.each([
		['DeepSeek-V3', DEEPSEEK_V3, MOE_REPORTED.deepseekV3, 671e9, 37e9],
		['DeepSeek-V2', DEEPSEEK_V2, MOE_REPORTED.deepseekV2, 236e9, 21e9],
		['Mixtral 8x7B', MIXTRAL_8X7B, MOE_REPORTED.mixtral, 47e9, 13e9],
	])('%s reproduces the reported total / active within 3%', (_name, config, reported, total, active) => {
		expect(reported).toEqual({ total, active });
		const r = moeParams(config);
		expect(Math.abs(r.totalSum / total - 1)).toBeLessThan(0.03);
		expect(Math.abs(r.activeSum / active - 1)).toBeLessThan(0.03);
	});
	test('forward FLOPs per token ≈ 2 × active: V3 ≈ 7.5e10', () => {
		expect(flopsPerToken(37e9)).toBe(7.4e10);
		expect(flopsPerToken(moeParams(DEEPSEEK_V3).activeSum) / 1e10).toBeCloseTo(7.49, 2);
	});
	test('a dense model (no MoE layers) has total = active', () => {
		const dense: MoeConfig = { ...MIXTRAL_8X7B, denseLayers: 32, denseFfn: 14336 };
		const r = moeParams(dense);
		expect(r.totalSum).toBe(r.activeSum);
	});
	test.each([
		[{ activeExperts: 300 }, 'active'],
		[{ activeExperts: 0 }, 'active'],
		[{ layers: 0, denseLayers: 0 }, 'layers'],
		[{ denseLayers: 62 }, 'denseLayers'],
		[{ denseLayers: -1 }, 'denseLayers'],
		[{ dModel: 0 }, 'size'],
		[{ sharedExperts: -1 }, 'size'],
		[{ routedExperts: 0, activeExperts: 0 }, 'routed'],
		[{ expertFfn: 2048.5 }, 'notInteger'],
		[{ vocab: Number.NaN }, 'nonFinite'],
	])('moeProblem flags %o', (bad, expected) => {
		expect(moeProblem({ ...DEEPSEEK_V3, ...bad })).toBe(expected);
	});
});

describe('moe-params figure', () => {
	const base = defaultState(moeFigure);
	test('the default state is the DeepSeek-V3 preset', () => {
		expect(matchingMoeModel(base)?.id).toBe('deepseek-v3');
	});
	test('default: two stacked bars (total and active) of five components, reported ticks, ≈ labels', () => {
		const r = render(moeFigure, base);
		// Five components per bar; zero-size components are still drawn as empty rects.
		expect(bars(r.nodes[0])).toBe(10);
		expect(r.nodes[0]?.querySelectorAll('g[data-mark="tick"] line').length).toBe(2);
		expect(r.svg).toContain('Total parameters ≈ 670.9B (reported 671B');
		expect(r.svg).toContain('Active parameters per token ≈ 37.44B (reported 37B');
		expect(r.readout).toContain('671B / 37B');
		expect(r.readout).toContain('7.5×10¹⁰');
	});
	test.each([
		['deepseek-v2', '≈ 235.7B', '≈ 21.33B', '236B / 21B'],
		['mixtral-8x7b', '≈ 46.7B', '≈ 12.88B', '47B / 13B'],
	])('preset %s', (id, total, active, reported) => {
		const preset = moeFigure.presets?.find((p) => p.id === id);
		const r = render(moeFigure, { ...base, ...preset?.state });
		expect(r.readout).toContain(total);
		expect(r.readout).toContain(active);
		expect(r.readout).toContain(reported);
	});
	test('changing any input drops the reported comparison', () => {
		const r = render(moeFigure, { ...base, active: 9 });
		expect(r.readout).not.toContain('Reported');
		expect(r.data.rows.some((row) => row['component'] === 'reported')).toBe(false);
	});
	test.each([
		[{ active: 300 }, /cannot use more experts/],
		[{ layers: 0 }, /at least one layer/],
		[{ denseLayers: 100 }, /exceed/],
		[{ dModel: -7168 }, /at least 1/],
		[{ expertFfn: 1.5 }, /whole numbers/],
	])('problem() explains %o instead of drawing', (bad, message) => {
		for (const lang of ['en', 'zh-cn'] as const) {
			const r = render(moeFigure, { ...base, ...bad }, lang);
			expect(r.problem).toBeTruthy();
			expect(r.nodes).toHaveLength(0);
			expect(r.text).not.toMatch(BAD);
			if (lang === 'en') expect(r.problem).toMatch(message);
		}
	});
	test('caption states the 3% tolerance and that small terms are ignored', () => {
		expect(moeFigure.caption.en).toMatch(/within 3%/);
		expect(moeFigure.caption.en).toMatch(/ignores small terms such as norms/);
		expect(moeFigure.caption['zh-cn']).toMatch(/3% 以内/);
	});
});

describe('KV cache', () => {
	const v3 = { ...DEEPSEEK_V3_KV, kvHeads: 8, bytes: 2 };
	test('V3 shape in BF16: MHA 2·61·128·128·2 = 3,997,696 bytes per token', () => {
		expect(mhaBytesPerToken(v3)).toBe(3_997_696);
	});
	test('GQA with 8 KV heads: 2·61·8·128·2 = 249,856; MQA (1 KV head) is MHA ÷ heads', () => {
		expect(gqaBytesPerToken(v3)).toBe(249_856);
		expect(gqaBytesPerToken({ ...v3, kvHeads: 1 })).toBe(mhaBytesPerToken(v3) / 128);
		expect(gqaBytesPerToken({ ...v3, kvHeads: 128 })).toBe(mhaBytesPerToken(v3));
	});
	test('MLA: 61·(512 + 64)·2 = 70,272 bytes per token (V3); 60·576·2 = 69,120 (V2)', () => {
		expect(mlaBytesPerToken(v3)).toBe(70_272);
		expect(mlaBytesPerToken({ ...DEEPSEEK_V2_KV, bytes: 2 })).toBe(69_120);
		expect(mlaBytesPerToken(v3) / mhaBytesPerToken(v3)).toBeCloseTo(0.01758, 5);
	});
	test('preset shapes: V3 61 layers, 128 heads of 128, latent 512 (facts.md D1); RoPE 64', () => {
		expect(DEEPSEEK_V3_KV).toEqual({ layers: 61, heads: 128, headDim: 128, latent: 512, ropeDim: 64 });
		expect(DEEPSEEK_V2_KV).toEqual({ layers: 60, heads: 128, headDim: 128, latent: 512, ropeDim: 64 });
	});
	test('binary units', () => {
		expect(bytes(70_272)).toBe('68.6 KiB');
		expect(bytes(3_997_696)).toBe('3.81 MiB');
		expect(bytes(70_272 * 131_072)).toBe('8.58 GiB');
		expect(bytes(512)).toBe('512 B');
	});
	test.each([
		[{ kvHeads: 256 }, 'kvHeads'],
		[{ kvHeads: 3 }, 'groups'],
		[{ layers: 0 }, 'nonPositive'],
		[{ latent: -512 }, 'nonPositive'],
		[{ headDim: 127.5 }, 'notInteger'],
		[{ bytes: Number.NaN }, 'nonFinite'],
	])('kvProblem flags %o', (bad, expected) => {
		expect(kvProblem({ ...v3, ...bad } as KvShape)).toBe(expected);
	});
});

describe('kv-cache figure', () => {
	const base = defaultState(kvCache);
	test('default: V3 shape, BF16, 128K context; three bars and readout per token and per sequence', () => {
		expect(base).toMatchObject({ layers: 61, heads: 128, headDim: 128, kvHeads: 8, latent: 512, ropeDim: 64, bytes: '2', context: 131072 });
		const r = render(kvCache, base);
		expect(bars(r.nodes[0])).toBe(3);
		expect(r.svg).toContain('3.81 MiB');
		expect(r.svg).toContain('244 KiB');
		expect(r.svg).toContain('68.6 KiB');
		// Per sequence of 131,072 tokens: 3,997,696 × 131,072 B = 488 GiB; 70,272 × 131,072 B = 8.58 GiB.
		expect(r.readout).toContain('488 GiB per sequence of 128K tokens');
		expect(r.readout).toContain('8.58 GiB per sequence of 128K tokens');
		expect(r.readout).toContain('MLA 1.76% (98.2% smaller)');
		expect(r.readout).toContain('93.3% smaller than the dense DeepSeek 67B');
	});
	test('FP8 halves every bar; the context slider scales only the per-sequence numbers', () => {
		const fp8 = kvCache.data({ ...base, bytes: '1' }).rows.map((r) => r['bytes_per_token']);
		expect(fp8).toEqual([3_997_696 / 2, 249_856 / 2, 70_272 / 2]);
		const short = kvCache.data({ ...base, context: 4096 }).rows.map((r) => r['bytes_per_sequence']);
		expect(short).toEqual([3_997_696 * 4096, 249_856 * 4096, 70_272 * 4096]);
	});
	test('V2 preset: 60 layers, MLA 69,120 bytes per token', () => {
		const preset = kvCache.presets?.find((p) => p.id === 'deepseek-v2');
		const rows = kvCache.data({ ...base, ...preset?.state }).rows;
		expect(rows.find((r) => r['design'] === 'MLA')?.['bytes_per_token']).toBe(69_120);
	});
	test('caption says the −93.3% compares against a different model', () => {
		expect(kvCache.caption.en).toMatch(/93\.3%.*different model, the dense DeepSeek 67B, not with MHA of the same shape/);
		expect(kvCache.caption['zh-cn']).toMatch(/93\.3%.*另一个模型/);
	});
	test.each([
		[{ kvHeads: 256 }, /more KV heads than attention heads/],
		[{ kvHeads: 3 }, /multiple of the KV heads/],
		[{ layers: 0 }, /at least 1/],
		[{ context: 0 }, /context length/],
	])('problem() explains %o instead of drawing', (bad, message) => {
		for (const lang of ['en', 'zh-cn'] as const) {
			const r = render(kvCache, { ...base, ...bad }, lang);
			expect(r.problem).toBeTruthy();
			expect(r.nodes).toHaveLength(0);
			expect(r.text).not.toMatch(BAD);
			if (lang === 'en') expect(r.problem).toMatch(message);
		}
	});
	test('log axis renders all three bars', () => {
		const r = render(kvCache, { ...base, scale: 'log' });
		expect(bars(r.nodes[0])).toBe(3);
		expect(r.text).not.toMatch(BAD);
	});
});
