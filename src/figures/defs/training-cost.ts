/**
 * Training-cost calculator: from parameters and tokens to FLOPs (6ND), GPU-hours, wall-clock
 * days and rental cost, under hardware assumptions the reader sets. For the preset models, the
 * developers' own reported figures are shown beside the estimate.
 */
import * as Plot from '@observablehq/plot';
import type { Lang, Localized } from '../../data/schema';
import {
	type CostInput,
	costProblem,
	DEEPSEEK_V2_GPU_HOURS_PER_T,
	DEEPSEEK_V2_TOKENS,
	DEEPSEEK_V3_REPORTED,
	GOPHER_FLOPS,
	GPT3_REPORTED_FLOPS,
	gpuHoursFromRate,
	LLAMA31_405B,
	trainingCost,
} from '../../lib/compute-cost';
import { count, plain, sci } from '../../lib/format';
import { bigCount, days, flopRate, gpuHours, usd, wan } from '../../lib/units';
import { L } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

interface ReportedFigures {
	flops?: number;
	gpuHours?: number;
	cost?: number;
	/** True when the GPU-hours are our calculation from a reported rate, not a reported total. */
	derived?: boolean;
	text: Localized;
}

interface ModelPreset {
	id: string;
	label: Localized;
	n: number;
	d: number;
	reported: ReportedFigures;
}

const v2Hours = gpuHoursFromRate(DEEPSEEK_V2_GPU_HOURS_PER_T, DEEPSEEK_V2_TOKENS);

/** Preset models: N (active parameters for MoE) and D from facts.md A2, A4, C2, D1, D3, D4. */
export const MODELS: readonly ModelPreset[] = [
	{
		id: 'gpt3',
		label: L('GPT-3', 'GPT-3'),
		n: 175e9,
		d: 300e9,
		reported: {
			flops: GPT3_REPORTED_FLOPS,
			text: L(
				`${sci(GPT3_REPORTED_FLOPS, 3)} FLOPs (GPT-3 paper, Table D.1, as quoted in secondary sources); no GPU-hours published`,
				`${sci(GPT3_REPORTED_FLOPS, 3)} FLOPs（GPT-3 论文表 D.1，据二手资料转引）；未公布 GPU 时数`,
			),
		},
	},
	{
		id: 'chinchilla',
		label: L('Chinchilla', 'Chinchilla'),
		n: 70e9,
		d: 1.4e12,
		reported: {
			text: L(
				`no separate figure; the paper says Chinchilla used the same compute budget as Gopher (${sci(GOPHER_FLOPS, 3)} FLOPs)`,
				`未单独报告；论文称 Chinchilla 与 Gopher 使用相同的算力预算（${sci(GOPHER_FLOPS, 3)} FLOPs）`,
			),
		},
	},
	{
		id: 'llama31-405b',
		label: L('Llama 3.1 405B', 'Llama 3.1 405B'),
		n: 405e9,
		d: 15.6e12,
		reported: {
			flops: LLAMA31_405B.flops,
			gpuHours: LLAMA31_405B.gpuHours,
			text: L(
				`${sci(LLAMA31_405B.flops, 2)} FLOPs (Llama 3 paper); ${count(LLAMA31_405B.gpuHours, 4)} H100-80GB GPU-hours (model card)`,
				`${sci(LLAMA31_405B.flops, 2)} FLOPs（Llama 3 论文）；${wan(LLAMA31_405B.gpuHours)} H100-80GB GPU 时（模型卡）`,
			),
		},
	},
	{
		id: 'deepseek-v2',
		label: L('DeepSeek-V2 (21B active)', 'DeepSeek-V2（激活 21B）'),
		n: 21e9,
		d: DEEPSEEK_V2_TOKENS,
		reported: {
			gpuHours: v2Hours,
			derived: true,
			text: L(
				`${count(DEEPSEEK_V2_GPU_HOURS_PER_T, 4)} H800 GPU-hours per trillion tokens (V2 report §3.2.3) × 8.1T ≈ ${count(v2Hours, 3)} GPU-hours (our calculation); no FLOP total reported`,
				`每万亿词元 ${wan(DEEPSEEK_V2_GPU_HOURS_PER_T)} H800 GPU 时（V2 报告 §3.2.3）× 8.1T ≈ ${wan(v2Hours, 3)} GPU 时（我们的计算）；未报告总 FLOPs`,
			),
		},
	},
	{
		id: 'deepseek-v3',
		label: L('DeepSeek-V3 (37B active)', 'DeepSeek-V3（激活 37B）'),
		n: 37e9,
		d: 14.8e12,
		reported: {
			gpuHours: DEEPSEEK_V3_REPORTED.gpuHours,
			cost: DEEPSEEK_V3_REPORTED.cost,
			text: L(
				`${count(DEEPSEEK_V3_REPORTED.gpuHours, 4)} H800 GPU-hours, ${usd(DEEPSEEK_V3_REPORTED.cost, 'en')} at an assumed US$${DEEPSEEK_V3_REPORTED.pricePerGpuHour} per GPU-hour (V3 report, Table 1); no FLOP total reported`,
				`${wan(DEEPSEEK_V3_REPORTED.gpuHours)} H800 GPU 时，按假设租价每 GPU 时 ${DEEPSEEK_V3_REPORTED.pricePerGpuHour} 美元计 ${usd(DEEPSEEK_V3_REPORTED.cost, 'zh-cn')}（V3 报告表 1）；未报告总 FLOPs`,
			),
		},
	},
];

/**
 * GPUs with the peak dense BF16 throughput their vendor lists: half the headline "with sparsity"
 * figure, as NVIDIA's datasheets footnote. The H800's is known to us only from secondary reports.
 */
export const GPUS = [
	{ id: 'h100', name: 'H100 SXM', peak: 989e12, ref: 'nvidiah100' },
	{ id: 'h800', name: 'H800 SXM', peak: 989e12, ref: 'nvidiah800' },
	{ id: 'a100', name: 'A100 SXM', peak: 312e12, ref: 'nvidiaa100' },
] as const;

const FLOPS_DOMAIN: [number, number] = [1e17, 1e28];
const HOURS_DOMAIN: [number, number] = [1e2, 1e10];

function input(state: FigureState): CostInput {
	return {
		n: state['N'] as number,
		d: state['D'] as number,
		peakFlops: state['peak'] as number,
		utilisation: (state['util'] as number) / 100,
		gpus: state['gpus'] as number,
		pricePerGpuHour: state['price'] as number,
	};
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.abs(b);

/** The preset model whose N and D the state has, if any. */
export function matchingModel(state: FigureState): ModelPreset | undefined {
	return MODELS.find((m) => close(state['N'] as number, m.n) && close(state['D'] as number, m.d));
}

const zhOf = (lang: Lang) => lang === 'zh-cn';

/** The fewest significant digits (at most 4) that reproduce a published number exactly. */
function publishedDigits(value: number): number {
	for (let digits = 1; digits < 4; digits++) if (Number(value.toPrecision(digits)) === value) return digits;
	return 4;
}
const usdRate = (v: number, lang: Lang) => (zhOf(lang) ? `${plain(v, 4)} 美元` : `US$${plain(v, 4)}`);

export default defineFigure({
	id: 'training-cost',
	title: L('Training-cost calculator: from 6ND to GPU-hours and dollars', '训练成本计算器：从 6ND 到 GPU 时与美元'),
	caption: L(
		'Training compute is estimated as 6 FLOPs per parameter per token (6ND; for a mixture-of-experts model N is the active parameters). GPU-hours = FLOPs ÷ (peak FLOP/s × utilisation × 3,600 s); days = GPU-hours ÷ GPUs ÷ 24; cost = GPU-hours × price. The hardware numbers are assumptions you can change: a round 10¹⁵ FLOP/s (1,000 TFLOP/s) as a dense BF16 peak per GPU (the GPU buttons set a chip’s own listed dense BF16 peak instead: 989 TFLOP/s for the H100 and H800 SXM, 312 TFLOP/s for the A100 SXM; the H800’s is known to us from secondary reports), 40% utilisation, 2,048 GPUs (the size of DeepSeek-V3’s cluster as reported) and US$2 per GPU-hour (the rental price DeepSeek assumed). For the preset models the developers’ reported figures appear beside the estimate; they use other chips and count other things (DeepSeek-V3’s figure covers only its official training, not prior research or ablations), so at the default assumptions expect agreement within about a factor of two, not exactly.',
		'训练算力按每个参数每个词元 6 次浮点运算估算（6ND；混合专家模型的 N 取激活参数量）。GPU 时 = FLOPs ÷（峰值 FLOP/s × 利用率 × 3600 秒）；天数 = GPU 时 ÷ GPU 数 ÷ 24；成本 = GPU 时 × 单价。硬件数字都是可以修改的假设值：单卡稠密 BF16 峰值取整数 10¹⁵ FLOP/s（1000 TFLOP/s），GPU 按钮则换成各芯片自己列出的稠密 BF16 峰值（H100 与 H800 SXM 为 989 TFLOP/s，A100 SXM 为 312 TFLOP/s；H800 的数字我们仅从二手报道得知）；利用率 40%，2048 块 GPU（DeepSeek-V3 报告中的集群规模），每 GPU 时 2 美元（DeepSeek 自己假设的租价）。选择预设模型时，开发方报告的数字会显示在估算值旁边；它们使用的芯片不同，统计口径也不同（DeepSeek-V3 的数字只包括正式训练，不含此前的研究和消融实验），所以在默认假设下，两者只会在约两倍之内相符，而不会完全一致。',
	),
	sources: [
		{ k: 'kaplan2020', at: '§2.1 (C ≈ 6ND)' },
		{ k: 'brown2020', at: 'Table D.1' },
		{ k: 'hoffmann2022', at: 'Table 1, Table 3' },
		{ k: 'llama3' },
		{ k: 'llama31card' },
		{ k: 'deepseekv2', at: '§3.2.3' },
		{ k: 'deepseekv3', at: 'Table 1, p. 5' },
		...GPUS.map((g) => ({ k: g.ref })),
	],
	params: [
		{ kind: 'range', name: 'N', label: L('Parameters N (active, for MoE)', '参数量 N（MoE 取激活参数）'), min: 1e8, max: 1e13, step: 0.01, log: true, default: 37e9, format: (v) => count(v) },
		{ kind: 'range', name: 'D', label: L('Training tokens D', '训练词元数 D'), min: 1e9, max: 1e14, step: 0.01, log: true, default: 14.8e12, format: (v) => count(v) },
		{ kind: 'number', name: 'peak', label: L('Peak FLOP/s per GPU (assumed)', '单卡峰值 FLOP/s（假设值）'), min: 1e12, max: 1e17, default: 1e15, unit: L('FLOP/s', 'FLOP/s'), format: (v) => flopRate(v) },
		{ kind: 'number', name: 'util', label: L('Utilisation of peak, % (assumed)', '峰值利用率 %（假设值）'), min: 0.1, max: 100, default: 40, unit: L('%', '%'), format: (v) => `${plain(v, 3)}%` },
		{ kind: 'number', name: 'gpus', label: L('Number of GPUs', 'GPU 数量'), min: 1, max: 1e7, default: 2048, format: (v) => plain(v, 8) },
		{ kind: 'number', name: 'price', label: L('Price per GPU-hour, US$ (assumed)', '每 GPU 时单价，美元（假设值）'), min: 0, max: 1000, default: 2, unit: L('US$', '美元'), format: (v, lang) => usdRate(v, lang) },
	],
	presets: [
		...MODELS.map((m) => ({ id: m.id, label: m.label, state: { N: m.n, D: m.d }, group: L('Models', '模型') })),
		...GPUS.map((g) => ({ id: g.id, label: L(`${g.name} · ${flopRate(g.peak)}`, `${g.name} · ${flopRate(g.peak)}`), state: { peak: g.peak }, group: L('GPU peak (dense BF16)', 'GPU 峰值（稠密 BF16）') })),
	],
	problem(state, lang) {
		const zh = zhOf(lang);
		switch (costProblem(input(state))) {
			case 'n':
				return zh ? '参数量 N 必须是大于 0 的数。' : 'The parameter count N must be a number above 0.';
			case 'd':
				return zh ? '训练词元数 D 必须是大于 0 的数。' : 'The token count D must be a number above 0.';
			case 'peak':
				return zh ? '单卡峰值算力必须大于 0 FLOP/s。' : 'The peak FLOP/s per GPU must be above 0.';
			case 'utilisation':
				return zh ? '利用率必须大于 0% 且不超过 100%：利用率为 0 时训练永远不会结束。' : 'Utilisation must be above 0% and at most 100%: at 0% the training run would never finish.';
			case 'gpus':
				return zh ? 'GPU 数量必须是不小于 1 的整数。' : 'The number of GPUs must be a whole number, at least 1.';
			case 'price':
				return zh ? '单价不能为负数。' : 'The price per GPU-hour cannot be negative.';
			default:
				return null;
		}
	},
	data(state) {
		const columns = [
			{
				key: 'series',
				label: L('Series', '系列'),
				values: {
					estimate: L('Our estimate', '本计算器估算'),
					...Object.fromEntries(
						MODELS.flatMap((m) => [
							[`${m.id}: reported`, L(`${m.label.en}: reported`, `${m.label['zh-cn']}：报告值`)],
							[`${m.id}: reported rate × tokens`, L(`${m.label.en}: reported rate × tokens`, `${m.label['zh-cn']}：报告的速率 × 词元数`)],
						]),
					),
				},
			},
			{ key: 'training_flops', label: L('Training compute (FLOPs)', '训练算力（FLOPs）'), format: (v: number) => sci(v, 3) },
			{ key: 'gpu_hours', label: L('GPU-hours', 'GPU 时'), format: (v: number, lang: Lang) => bigCount(v, lang) },
			{ key: 'wall_clock_days', label: L('Wall-clock days', '墙钟天数'), format: (v: number) => plain(v, 3) },
			{ key: 'cost_usd', label: L('Cost (US$)', '成本（美元）'), format: (v: number, lang: Lang) => usd(v, lang) },
		];
		if (costProblem(input(state))) return { columns, rows: [] };
		const e = trainingCost(input(state));
		const rows: Record<string, number | string>[] = [
			{ series: 'estimate', training_flops: e.flops, gpu_hours: e.gpuHours, wall_clock_days: e.days, cost_usd: e.cost },
		];
		const model = matchingModel(state);
		if (model) {
			const r = model.reported;
			rows.push({
				series: r.derived ? `${model.id}: reported rate × tokens` : `${model.id}: reported`,
				training_flops: r.flops ?? '',
				gpu_hours: r.gpuHours ?? '',
				wall_clock_days: '',
				cost_usd: r.cost ?? '',
			});
		}
		return { columns, rows };
	},
	plots(state, data, { lang }) {
		const zh = zhOf(lang);
		const estimate = data.rows[0];
		const reported = data.rows[1];
		const model = matchingModel(state);
		const estLabel = zh ? '本计算器估算' : 'Our estimate';
		const repLabel = model?.reported.derived ? (zh ? '按报告速率推算' : 'From reported rate') : zh ? '报告值' : 'Reported';
		const rows = [estLabel, repLabel];
		// Reported numbers are labelled with the digits they were published with (3.8×10²⁵, not 3.80×10²⁵).
		const digitsOf = (b: { value: number; kind: string }) => (b.kind === 'estimate' || model?.reported.derived ? 3 : publishedDigits(b.value));
		const bar = (key: string, domain: [number, number], fmt: (v: number, digits: number) => string) => {
			const bars: { row: string; value: number; kind: string }[] = [];
			const est = estimate?.[key];
			if (typeof est === 'number') bars.push({ row: estLabel, value: est, kind: 'estimate' });
			const rep = reported?.[key];
			if (typeof rep === 'number') bars.push({ row: repLabel, value: rep, kind: 'reported' });
			const missing = typeof rep === 'number' ? [] : [zh ? (model ? '未报告' : '不是预设模型：无报告值可比') : model ? 'not reported' : 'not a preset model: nothing to compare'];
			return [
				Plot.barX(bars, { x1: domain[0], x2: (b: { value: number }) => Math.max(b.value, domain[0]), y: 'row', fill: (b: { kind: string }) => (b.kind === 'estimate' ? PALETTE[0] : PALETTE[1]), insetTop: 6, insetBottom: 6, clip: true }),
				Plot.text(bars, { x: (b: { value: number }) => Math.min(Math.max(b.value, domain[0]), domain[1]), y: 'row', text: (b: { value: number; kind: string }) => fmt(b.value, digitsOf(b)), dx: 4, textAnchor: 'start', fontSize: 12, fill: 'currentColor' }),
				Plot.text(missing, { x: domain[0], y: () => repLabel, dx: 6, textAnchor: 'start', fontSize: 12, fill: 'currentColor', fillOpacity: 0.7 }),
			];
		};
		const common = { height: 130, marginLeft: 118, marginRight: 96, marginBottom: 40, marginTop: 10 };
		return [
			{
				...common,
				x: { type: 'log', domain: FLOPS_DOMAIN, ticks: [1e18, 1e20, 1e22, 1e24, 1e26, 1e28], tickFormat: (v: number) => sci(v), label: zh ? '训练算力（FLOPs，对数坐标）' : 'Training compute (FLOPs, log scale)', grid: true },
				y: { domain: rows, label: null },
				marks: bar('training_flops', FLOPS_DOMAIN, (v, digits) => sci(v, digits)),
			},
			{
				...common,
				x: { type: 'log', domain: HOURS_DOMAIN, ticks: [1e2, 1e4, 1e6, 1e8, 1e10], tickFormat: (v: number) => bigCount(v, lang), label: zh ? 'GPU 时（对数坐标）' : 'GPU-hours (log scale)', grid: true },
				y: { domain: rows, label: null },
				marks: bar('gpu_hours', HOURS_DOMAIN, (v, digits) => bigCount(v, lang, digits)),
			},
		];
	},
	describe(state, data, lang) {
		const e = data.rows[0];
		if (!e) return '';
		const zh = zhOf(lang);
		const i = input(state);
		const model = matchingModel(state);
		const flops = sci(e['training_flops'] as number, 3);
		const hours = gpuHours(e['gpu_hours'] as number, lang, 3);
		const d = days(e['wall_clock_days'] as number, lang);
		const cost = usd(e['cost_usd'] as number, lang, 3);
		const hw = zh
			? `假设单卡峰值 ${sci(i.peakFlops, 3)} FLOP/s、利用率 ${plain(i.utilisation * 100, 3)}%`
			: `at an assumed peak of ${sci(i.peakFlops, 3)} FLOP/s per GPU and ${plain(i.utilisation * 100, 3)}% utilisation`;
		const base = zh
			? `N = ${count(i.n)}、D = ${count(i.d)} 时，6ND = ${flops} FLOPs；${hw}，约需 ${hours}，在 ${plain(i.gpus, 8)} 块 GPU 上约 ${d}，按每 GPU 时 ${usdRate(i.pricePerGpuHour, lang)}计约 ${cost}。`
			: `For N = ${count(i.n)} and D = ${count(i.d)}, 6ND = ${flops} FLOPs; ${hw} that is about ${hours}, ${d} on ${plain(i.gpus, 8)} GPUs, and ${cost} at ${usdRate(i.pricePerGpuHour, lang)} per GPU-hour.`;
		if (!model) return base;
		return zh ? `${base}${model.label[lang]} 的报告值：${model.reported.text[lang]}。` : `${base} Reported for ${model.label[lang]}: ${model.reported.text[lang]}.`;
	},
	readout(state, data, lang) {
		const e = data.rows[0];
		if (!e) return [];
		const zh = zhOf(lang);
		const i = input(state);
		const model = matchingModel(state);
		const items = [
			{ label: zh ? '训练算力 6ND（估算）' : 'Training compute 6ND (estimate)', value: `${sci(e['training_flops'] as number, 3)} FLOPs` },
			{ label: zh ? 'GPU 时（估算）' : 'GPU-hours (estimate)', value: gpuHours(e['gpu_hours'] as number, lang, 3) },
			{ label: zh ? `墙钟时间（${plain(i.gpus, 8)} 块 GPU）` : `Wall-clock time on ${plain(i.gpus, 8)} GPUs`, value: days(e['wall_clock_days'] as number, lang) },
			{ label: zh ? `成本（每 GPU 时 ${usdRate(i.pricePerGpuHour, lang)}）` : `Cost at ${usdRate(i.pricePerGpuHour, lang)} per GPU-hour`, value: usd(e['cost_usd'] as number, lang, 3) },
		];
		if (model) items.push({ label: zh ? `报告值：${model.label[lang]}` : `Reported: ${model.label[lang]}`, value: model.reported.text[lang] });
		return items;
	},
});
