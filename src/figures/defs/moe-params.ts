/**
 * Mixture-of-experts parameter calculator: total parameters (everything stored) against active
 * parameters (what one token passes through), split by component, with the reported totals of
 * DeepSeek-V3, DeepSeek-V2 and Mixtral 8x7B beside the estimate.
 */
import * as Plot from '@observablehq/plot';
import type { Lang, Localized } from '../../data/schema';
import { count, percent, plain, sci } from '../../lib/format';
import {
	DEEPSEEK_V2,
	DEEPSEEK_V3,
	flopsPerToken,
	MIXTRAL_8X7B,
	MOE_COMPONENTS,
	MOE_REPORTED,
	type MoeComponent,
	type MoeConfig,
	moeParams,
	moeProblem,
} from '../../lib/moe';
import { L } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState, type NumberParam } from '../types';

const COMPONENTS: Record<MoeComponent, { label: Localized; color: string }> = {
	attention: { label: L('Attention', '注意力'), color: PALETTE[0] },
	denseFfn: { label: L('Dense FFN layers', '稠密 FFN 层'), color: PALETTE[3] },
	sharedExperts: { label: L('Shared experts', '共享专家'), color: PALETTE[2] },
	routedExperts: { label: L('Routed experts', '路由专家'), color: PALETTE[1] },
	embeddings: { label: L('Embeddings (input + output)', '嵌入（输入 + 输出）'), color: 'var(--fig-muted)' },
};

/** State key of each config field. */
const KEYS: Record<keyof MoeConfig, string> = {
	layers: 'layers',
	denseLayers: 'denseLayers',
	routedExperts: 'routed',
	activeExperts: 'active',
	sharedExperts: 'shared',
	expertFfn: 'expertFfn',
	denseFfn: 'denseFfn',
	dModel: 'dModel',
	attentionPerLayer: 'attention',
	vocab: 'vocab',
};

const toState = (c: MoeConfig): FigureState => Object.fromEntries((Object.keys(KEYS) as (keyof MoeConfig)[]).map((k) => [KEYS[k], c[k]]));
const configOf = (state: FigureState): MoeConfig =>
	Object.fromEntries((Object.keys(KEYS) as (keyof MoeConfig)[]).map((k) => [k, state[KEYS[k]] as number])) as unknown as MoeConfig;

const MODELS = [
	{ id: 'deepseek-v3', label: L('DeepSeek-V3', 'DeepSeek-V3'), config: DEEPSEEK_V3, reported: MOE_REPORTED.deepseekV3, source: L('DeepSeek-V3 report', 'DeepSeek-V3 报告') },
	{ id: 'deepseek-v2', label: L('DeepSeek-V2', 'DeepSeek-V2'), config: DEEPSEEK_V2, reported: MOE_REPORTED.deepseekV2, source: L('DeepSeek-V2 report', 'DeepSeek-V2 报告') },
	{ id: 'mixtral-8x7b', label: L('Mixtral 8x7B', 'Mixtral 8x7B'), config: MIXTRAL_8X7B, reported: MOE_REPORTED.mixtral, source: L('Jiang et al. 2024', 'Jiang 等 2024') },
] as const;

/** The preset whose whole configuration the state has, if any. */
export function matchingMoeModel(state: FigureState) {
	return MODELS.find((m) => (Object.keys(KEYS) as (keyof MoeConfig)[]).every((k) => state[KEYS[k]] === m.config[k]));
}

const integer = (v: number) => plain(v, 10);

function numberParam(name: string, label: Localized, min: number, max: number, def: number, format: NumberParam['format'] = integer): NumberParam {
	return { kind: 'number', name, label, min, max, default: def, format };
}

/** 1, 1.5, 2, 3, 5, 7.5 × 10^k: the smallest at or above the value, for a steady axis. */
function axisMax(value: number): number {
	const steps = [1, 1.5, 2, 3, 5, 7.5];
	for (let e = 0; e <= 16; e++) {
		for (const s of steps) {
			const candidate = s * 10 ** e;
			if (candidate >= value * 1.02) return candidate;
		}
	}
	return 1e17;
}

function relative(estimate: number, reported: number): string {
	const delta = estimate / reported - 1;
	if (Math.abs(delta) < 0.0005) return '≈0%';
	return `${delta > 0 ? '+' : '−'}${percent(Math.abs(delta))}`;
}

function problemText(state: FigureState, lang: Lang): string | null {
	const zh = lang === 'zh-cn';
	switch (moeProblem(configOf(state))) {
		case 'nonFinite':
			return zh ? '每个输入都必须是有限的数字。' : 'Every input must be a finite number.';
		case 'notInteger':
			return zh ? '层数、专家数和各项尺寸都必须是整数。' : 'Layer counts, expert counts and sizes must be whole numbers.';
		case 'layers':
			return zh ? '模型至少需要 1 层。' : 'The model needs at least one layer.';
		case 'denseLayers':
			return zh ? '稠密层数不能为负，也不能超过总层数。' : 'Dense layers cannot be negative or exceed the total number of layers.';
		case 'size':
			return zh ? '模型宽度、FFN 尺寸和词表大小至少为 1；注意力参数和共享专家数不能为负。' : 'Width, FFN sizes and vocabulary must be at least 1; attention parameters and shared experts cannot be negative.';
		case 'routed':
			return zh ? 'MoE 层至少需要 1 个路由专家。' : 'MoE layers need at least one routed expert.';
		case 'active':
			return zh ? '激活的路由专家数必须在 1 与路由专家总数之间：一个词元不能用到比现有更多的专家。' : 'Active routed experts must be between 1 and the number of routed experts: a token cannot use more experts than exist.';
		default:
			return null;
	}
}

export default defineFigure({
	id: 'moe-params',
	title: L('Mixture of experts: total versus active parameters', '混合专家模型：总参数与激活参数'),
	caption: L(
		'Total parameters are every weight the model stores; active parameters are the weights one token passes through: attention, any dense FFN layers, the shared experts, and only the routed experts the token is sent to. Each FFN (dense layer or expert) is counted as three d_model × hidden matrices (a gated FFN, as in all three models); embeddings are the input table plus an untied output head. The estimate (≈) ignores small terms such as norms, biases and router weights; for the three presets it lands within 3% of the reported totals (DeepSeek-V3 671B / 37B, DeepSeek-V2 236B / 21B, Mixtral 8x7B 47B / 13B). V3’s 671B excludes its 14B multi-token-prediction module. Shape numbers that the reports’ text does not give (such as vocabulary and dense-FFN sizes, and the attention projections) come from the models’ published configurations. Forward-pass compute is about 2 FLOPs per active parameter per token.',
		'总参数是模型存储的全部权重；激活参数是一个词元实际经过的权重：注意力、稠密 FFN 层、共享专家，以及该词元被分配到的那几个路由专家。每个 FFN（稠密层或专家）按三个 d_model × 隐藏维度的矩阵计算（门控 FFN，三个模型都是如此）；嵌入包括输入嵌入表和不共享权重的输出层。估算值（≈）忽略了归一化、偏置和路由器权重等小项；三个预设模型的估算与报告值相差都在 3% 以内（DeepSeek-V3 671B / 37B，DeepSeek-V2 236B / 21B，Mixtral 8x7B 47B / 13B）。V3 的 671B 不含 14B 的多词元预测模块。报告正文没有给出的结构数字（如词表大小、稠密 FFN 尺寸和注意力投影）取自模型公开的配置。前向计算约为每个词元每个激活参数 2 次浮点运算。',
	),
	sources: [
		{ k: 'deepseekv3', at: '§4.2, p. 22' },
		{ k: 'deepseekv2', at: 'abstract; §3.1.2' },
		{ k: 'jiang2024', at: 'abstract, Table 1' },
	],
	params: [
		numberParam('layers', L('Layers', '层数'), 1, 512, DEEPSEEK_V3.layers),
		numberParam('denseLayers', L('Dense (non-MoE) layers', '稠密（非 MoE）层数'), 0, 512, DEEPSEEK_V3.denseLayers),
		numberParam('routed', L('Routed experts per MoE layer', '每个 MoE 层的路由专家数'), 1, 4096, DEEPSEEK_V3.routedExperts),
		numberParam('active', L('Active routed experts per token', '每个词元激活的路由专家数'), 1, 4096, DEEPSEEK_V3.activeExperts),
		numberParam('shared', L('Shared experts per MoE layer', '每个 MoE 层的共享专家数'), 0, 64, DEEPSEEK_V3.sharedExperts),
		numberParam('expertFfn', L('Expert FFN hidden size', '专家 FFN 隐藏维度'), 1, 1e5, DEEPSEEK_V3.expertFfn),
		numberParam('denseFfn', L('Dense FFN hidden size', '稠密 FFN 隐藏维度'), 1, 1e6, DEEPSEEK_V3.denseFfn),
		numberParam('dModel', L('Model width d_model', '模型宽度 d_model'), 1, 1e5, DEEPSEEK_V3.dModel),
		numberParam('attention', L('Attention parameters per layer', '每层注意力参数量'), 0, 1e11, DEEPSEEK_V3.attentionPerLayer, (v) => count(v, 4)),
		numberParam('vocab', L('Vocabulary size', '词表大小'), 1, 1e7, DEEPSEEK_V3.vocab),
	],
	presets: MODELS.map((m) => ({ id: m.id, label: m.label, state: toState(m.config) })),
	problem: problemText,
	data(state) {
		const columns = [
			{ key: 'bar', label: L('Bar', '条形'), values: { total: L('Total parameters', '总参数'), active: L('Active per token', '每个词元的激活参数') } },
			{
				key: 'component',
				label: L('Component', '组成部分'),
				values: { ...Object.fromEntries(Object.entries(COMPONENTS).map(([k, v]) => [k, v.label])), reported: L('Reported value', '报告值') },
			},
			{ key: 'params', label: L('Parameters', '参数量'), format: (v: number) => count(v, 4) },
			{ key: 'start', label: L('Bar start', '条形起点'), format: (v: number) => count(v, 4) },
			{ key: 'end', label: L('Bar end', '条形终点'), format: (v: number) => count(v, 4) },
		];
		const config = configOf(state);
		if (moeProblem(config)) return { columns, rows: [] };
		const result = moeParams(config);
		const rows: Record<string, number | string>[] = [];
		for (const bar of ['total', 'active'] as const) {
			let start = 0;
			for (const component of MOE_COMPONENTS) {
				const params = result[bar][component];
				rows.push({ bar, component, params, start, end: start + params });
				start += params;
			}
		}
		const model = matchingMoeModel(state);
		if (model) {
			rows.push({ bar: 'total', component: 'reported', params: model.reported.total, start: '', end: '' });
			rows.push({ bar: 'active', component: 'reported', params: model.reported.active, start: '', end: '' });
		}
		return { columns, rows };
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const segments: Record<string, number | string>[] = data.rows.filter((r) => r['component'] !== 'reported').map((r) => ({ ...r, name: COMPONENTS[r['component'] as MoeComponent].label[lang] }));
		const reported = data.rows.filter((r) => r['component'] === 'reported');
		const sums = { total: 0, active: 0 };
		for (const r of segments) sums[r['bar'] as 'total' | 'active'] += r['params'] as number;
		const max = axisMax(Math.max(sums.total, ...reported.map((r) => r['params'] as number)));
		const model = matchingMoeModel(state);
		const heading = (bar: 'total' | 'active') => {
			const rep = reported.find((r) => r['bar'] === bar)?.['params'];
			const name = bar === 'total' ? (zh ? '总参数' : 'Total parameters') : zh ? '每个词元的激活参数' : 'Active parameters per token';
			const est = `≈ ${count(sums[bar], 4)}`;
			if (typeof rep !== 'number') return `${name} ${est}`;
			return zh ? `${name} ${est}（报告值 ${count(rep)}，${model?.source[lang] ?? ''}）` : `${name} ${est} (reported ${count(rep)}, ${model?.source[lang] ?? ''})`;
		};
		return [
			{
				height: 230,
				marginTop: 10,
				marginLeft: 20,
				marginRight: 24,
				marginBottom: 40,
				x: { domain: [0, max], label: zh ? '参数量（估算，线性坐标）' : 'Parameters (estimate, linear scale)', grid: true, ticks: 5, tickFormat: (v: number) => count(v) },
				y: { axis: null, domain: ['total', 'active'], padding: 0.1 },
				color: { domain: MOE_COMPONENTS.map((c) => COMPONENTS[c].label[lang]), range: MOE_COMPONENTS.map((c) => COMPONENTS[c].color), legend: true },
				marks: [
					Plot.barX(segments, { x1: 'start', x2: 'end', y: 'bar', fill: 'name', insetTop: 30, insetBottom: 8, clip: true }),
					Plot.tickX(reported, { x: 'params', y: 'bar', stroke: 'currentColor', strokeWidth: 2.5, insetTop: 24, insetBottom: 2, clip: true }),
					Plot.text(['total', 'active'] as const, { x: 0, y: (b: string) => b, text: (b: 'total' | 'active') => heading(b), dy: -24, textAnchor: 'start', fontSize: 12, fontWeight: 600, fill: 'currentColor' }),
				],
			},
		];
	},
	describe(state, _data, lang) {
		const config = configOf(state);
		if (moeProblem(config)) return '';
		const r = moeParams(config);
		const model = matchingMoeModel(state);
		const flops = sci(flopsPerToken(r.activeSum), 2);
		const share = percent(r.activeSum / r.totalSum);
		if (lang === 'zh-cn') {
			const base = `估算总参数 ≈ ${count(r.totalSum, 4)}，每个词元激活 ≈ ${count(r.activeSum, 4)}（占 ${share}），前向计算约 ${flops} FLOPs/词元。`;
			return model ? `${base}${model.label[lang]} 的报告值为 ${count(model.reported.total)} / ${count(model.reported.active)}。` : base;
		}
		const base = `Estimated total parameters ≈ ${count(r.totalSum, 4)}, active per token ≈ ${count(r.activeSum, 4)} (${share}), forward compute about ${flops} FLOPs per token.`;
		return model ? `${base} Reported for ${model.label[lang]}: ${count(model.reported.total)} / ${count(model.reported.active)}.` : base;
	},
	readout(state, _data, lang) {
		const config = configOf(state);
		if (moeProblem(config)) return [];
		const zh = lang === 'zh-cn';
		const r = moeParams(config);
		const model = matchingMoeModel(state);
		const items = [
			{ label: zh ? '总参数（估算）' : 'Total parameters (estimate)', value: `≈ ${count(r.totalSum, 4)}` },
			{ label: zh ? '每个词元的激活参数（估算）' : 'Active per token (estimate)', value: `≈ ${count(r.activeSum, 4)}` },
			{ label: zh ? '激活比例' : 'Active share', value: percent(r.activeSum / r.totalSum) },
			{ label: zh ? '前向 FLOPs/词元 ≈ 2 × 激活参数' : 'Forward FLOPs per token ≈ 2 × active', value: sci(flopsPerToken(r.activeSum), 2) },
		];
		if (model) {
			const { total, active } = model.reported;
			items.push({
				label: zh ? `报告值：${model.label[lang]}（${model.source[lang]}）` : `Reported: ${model.label[lang]} (${model.source[lang]})`,
				value: zh
					? `${count(total)} / ${count(active)}（估算偏差 ${relative(r.totalSum, total)} / ${relative(r.activeSum, active)}）`
					: `${count(total)} / ${count(active)} (estimate ${relative(r.totalSum, total)} / ${relative(r.activeSum, active)})`,
			});
		}
		return items;
	},
});
