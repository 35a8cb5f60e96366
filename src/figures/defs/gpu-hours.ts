/**
 * Reported training GPU-hours: DeepSeek-V3 by stage (its report's Table 1) against Llama 3.1
 * 405B's total (Meta's model card), with what each figure includes and excludes.
 */
import * as Plot from '@observablehq/plot';
import type { Lang, Localized } from '../../data/schema';
import { DEEPSEEK_V3_REPORTED, DEEPSEEK_V3_STAGES, LLAMA31_405B } from '../../lib/compute-cost';
import { percent, plain } from '../../lib/format';
import { bigCount, gpuHours, usd } from '../../lib/units';
import { axisScaleParam, L } from '../common';
import { PALETTE } from '../render';
import { defineFigure } from '../types';

const STAGES: Record<string, { label: Localized; color: string }> = {
	'pre-training': { label: L('Pre-training', '预训练'), color: PALETTE[1] },
	'context extension': { label: L('Context extension', '上下文扩展'), color: PALETTE[4] },
	'post-training': { label: L('Post-training', '后训练'), color: PALETTE[5] },
	total: { label: L('Whole training (model card total)', '全部训练（模型卡总数）'), color: PALETTE[0] },
};

const MODEL_LABELS: Record<string, Localized> = {
	'DeepSeek-V3': L('DeepSeek-V3 (H800)', 'DeepSeek-V3（H800）'),
	'Llama 3.1 405B': L('Llama 3.1 405B (H100-80GB)', 'Llama 3.1 405B（H100-80GB）'),
};

const COMPARE_DOMAIN: [number, number] = [0, 35e6];
const STAGE_LINEAR_DOMAIN: [number, number] = [0, 3e6];
const STAGE_LOG_DOMAIN: [number, number] = [1e3, 1e7];

const v3Total = DEEPSEEK_V3_STAGES.reduce((s, r) => s + r.gpuHours, 0);
const ratio = () => LLAMA31_405B.gpuHours / v3Total;
const stageLabel = (stage: unknown, lang: Lang) => STAGES[String(stage)]?.label[lang] ?? String(stage);

export default defineFigure({
	id: 'gpu-hours',
	title: L('Reported training GPU-hours: DeepSeek-V3 and Llama 3.1 405B', '报告的训练 GPU 时：DeepSeek-V3 与 Llama 3.1 405B'),
	caption: L(
		'Training GPU-hours as the developers reported them. DeepSeek-V3 (Table 1 of its report): 2,664K H800 GPU-hours for pre-training, 119K for context extension and 5K for post-training, 2,788K in all, which DeepSeek prices at US$5.576M assuming a rental price of US$2 per GPU-hour. DeepSeek itself notes that this covers only the official training run and excludes the costs of prior research and ablation experiments on architectures, algorithms and data. Llama 3.1 405B: 30.84M H100-80GB GPU-hours, which Meta’s model card gives as the total GPU time required for training. The chips differ (the H800 is an export-market variant of the same Hopper generation) and the two counts may not cover the same work, so the ratio of about 11× is indicative, not an apples-to-apples comparison. The lower chart shows V3’s three stages on their own axis.',
		'开发方报告的训练 GPU 时数。DeepSeek-V3（其报告表 1）：预训练 266.4 万 H800 GPU 时，上下文扩展 11.9 万，后训练 5000，合计 278.8 万；DeepSeek 按每 GPU 时 2 美元的假设租价折算为 557.6 万美元。DeepSeek 自己说明，这只包括正式训练，不包括此前在架构、算法和数据上的研究与消融实验的成本。Llama 3.1 405B：3084 万 H100-80GB GPU 时，Meta 的模型卡称之为训练所需的全部 GPU 时间。两者芯片不同（H800 是同属 Hopper 架构的出口版本），统计范围也未必相同，因此约 11 倍的差距只能作为参考，并非同口径比较。下方的图把 V3 的三个阶段单独画出。',
	),
	sources: [
		{ k: 'deepseekv3', at: 'Table 1, p. 5' },
		{ k: 'llama31card' },
	],
	params: [axisScaleParam('scale', L('Stage chart axis', '阶段图坐标轴'), 'linear')],
	data() {
		let start = 0;
		const rows: Record<string, number | string>[] = DEEPSEEK_V3_STAGES.map((s) => {
			const row = { model: 'DeepSeek-V3', chip: 'H800', stage: s.stage, gpu_hours: s.gpuHours, start, end: start + s.gpuHours, cost_usd: s.cost };
			start += s.gpuHours;
			return row;
		});
		rows.push({ model: 'Llama 3.1 405B', chip: 'H100-80GB', stage: 'total', gpu_hours: LLAMA31_405B.gpuHours, start: 0, end: LLAMA31_405B.gpuHours, cost_usd: '' });
		return {
			columns: [
				{ key: 'model', label: L('Model', '模型') },
				{ key: 'chip', label: L('GPU', 'GPU') },
				{ key: 'stage', label: L('Stage', '阶段'), values: Object.fromEntries(Object.entries(STAGES).map(([k, v]) => [k, v.label])) },
				{ key: 'gpu_hours', label: L('GPU-hours (reported)', 'GPU 时（报告值）'), format: (v, lang) => bigCount(v, lang) },
				{ key: 'start', label: L('Bar start', '条形起点'), format: (v, lang) => bigCount(v, lang) },
				{ key: 'end', label: L('Bar end', '条形终点'), format: (v, lang) => bigCount(v, lang) },
				{ key: 'cost_usd', label: L('Cost at assumed US$2/GPU-hour (reported)', '按假设 2 美元/GPU 时的成本（报告值）'), format: (v, lang) => usd(v, lang) },
			],
			rows,
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const named: Record<string, number | string>[] = data.rows.map((r) => ({
			...r,
			modelLabel: MODEL_LABELS[r['model'] as string]?.[lang] ?? String(r['model']),
			stageLabel: stageLabel(r['stage'], lang),
		}));
		const v3 = named.filter((r) => r['model'] === 'DeepSeek-V3');
		const modelOrder = ['DeepSeek-V3', 'Llama 3.1 405B'].map((m) => MODEL_LABELS[m]?.[lang] ?? m);
		const totals = [
			{ y: modelOrder[0], x: v3Total, text: zh ? `${bigCount(v3Total, lang)}（按假设租价 ${usd(DEEPSEEK_V3_REPORTED.cost, lang)}）` : `${bigCount(v3Total, lang)} (${usd(DEEPSEEK_V3_REPORTED.cost, lang)} at the assumed rental)` },
			{ y: modelOrder[1], x: LLAMA31_405B.gpuHours, text: bigCount(LLAMA31_405B.gpuHours, lang) },
		];
		const notes = [
			{ y: modelOrder[0], text: zh ? '仅正式训练；不含此前的研究与消融实验（DeepSeek 自己的说明）' : 'official training run only; excludes prior research and ablations (DeepSeek’s own caveat)' },
			{ y: modelOrder[1], text: zh ? '模型卡：训练所需的全部 GPU 时间' : 'model card: total GPU time required for training' },
		];
		const stageOrder = Object.keys(STAGES);
		const colour = { domain: stageOrder.map((s) => stageLabel(s, lang)), range: stageOrder.map((s) => STAGES[s]?.color ?? 'currentColor'), legend: true };
		const log = state['scale'] === 'log';
		const stageDomain = log ? STAGE_LOG_DOMAIN : STAGE_LINEAR_DOMAIN;
		return [
			{
				height: 200,
				marginTop: 10,
				marginLeft: 20,
				marginRight: 64,
				marginBottom: 40,
				x: { domain: COMPARE_DOMAIN, grid: true, ticks: 7, tickFormat: (v: number) => bigCount(v, lang), label: zh ? '报告的训练 GPU 时（线性坐标）' : 'Reported training GPU-hours (linear scale)' },
				y: { domain: modelOrder, axis: null, padding: 0.08 },
				color: colour,
				marks: [
					Plot.barX(named, { x1: 'start', x2: 'end', y: 'modelLabel', fill: 'stageLabel', insetTop: 22, insetBottom: 22, clip: true }),
					Plot.text(modelOrder, { x: 0, y: (d: string) => d, text: (d: string) => d, dy: -22, textAnchor: 'start', fontSize: 12, fontWeight: 600, fill: 'currentColor' }),
					Plot.text(totals, { x: 'x', y: 'y', text: 'text', dx: 4, textAnchor: 'start', fontSize: 12, fill: 'currentColor' }),
					Plot.text(notes, { x: 0, y: 'y', text: 'text', dy: 22, textAnchor: 'start', fontSize: 11, fill: 'currentColor', fillOpacity: 0.8 }),
					Plot.text([zh ? `Llama 3.1 405B ÷ DeepSeek-V3 ≈ ${plain(ratio(), 3)} 倍（仅供参考）` : `Llama 3.1 405B ÷ DeepSeek-V3 ≈ ${plain(ratio(), 3)}× (indicative)`], { frameAnchor: 'top-right', dy: 4, fontSize: 11, fill: 'currentColor' }),
				],
			},
			{
				height: 170,
				marginTop: 10,
				marginLeft: 140,
				marginRight: 150,
				marginBottom: 40,
				x: {
					type: log ? 'log' : 'linear',
					domain: stageDomain,
					grid: true,
					...(log ? { ticks: [1e3, 1e4, 1e5, 1e6, 1e7] } : { ticks: 4 }),
					tickFormat: (v: number) => bigCount(v, lang),
					label: zh ? `DeepSeek-V3 各阶段 H800 GPU 时（${log ? '对数' : '线性'}坐标）` : `DeepSeek-V3 H800 GPU-hours by stage (${log ? 'log' : 'linear'} scale)`,
				},
				y: { domain: v3.map((r) => r['stageLabel'] as string), label: null },
				color: { domain: colour.domain, range: colour.range },
				marks: [
					Plot.barX(v3, { x1: stageDomain[0], x2: 'gpu_hours', y: 'stageLabel', fill: 'stageLabel', insetTop: 5, insetBottom: 5, clip: true }),
					Plot.text(v3, {
						x: 'gpu_hours',
						y: 'stageLabel',
						text: (r: { gpu_hours: number; cost_usd: number }) => `${bigCount(r.gpu_hours, lang)} · ${usd(r.cost_usd, lang)}`,
						dx: 4,
						textAnchor: 'start',
						fontSize: 12,
						fill: 'currentColor',
					}),
				],
			},
		];
	},
	describe(_state, _data, lang) {
		const [pre, ext, post] = DEEPSEEK_V3_STAGES.map((s) => gpuHours(s.gpuHours, lang));
		const share = percent(v3Total / LLAMA31_405B.gpuHours);
		return lang === 'zh-cn'
			? `DeepSeek-V3 报告的训练用量为 ${gpuHours(v3Total, lang)}（H800）：预训练 ${pre}、上下文扩展 ${ext}、后训练 ${post}，按每 GPU 时 2 美元的假设租价为 ${usd(DEEPSEEK_V3_REPORTED.cost, lang)}，不含此前的研究与消融实验。Llama 3.1 405B 的模型卡给出 ${gpuHours(LLAMA31_405B.gpuHours, lang)}（H100-80GB），约为前者的 ${plain(ratio(), 3)} 倍（V3 约为其 ${share}）；芯片与统计口径不同，仅供参考。`
			: `DeepSeek-V3 reports ${gpuHours(v3Total, lang)} on H800s: pre-training ${pre}, context extension ${ext}, post-training ${post}, or ${usd(DEEPSEEK_V3_REPORTED.cost, lang)} at an assumed US$2 per GPU-hour, excluding prior research and ablations. Llama 3.1 405B’s model card gives ${gpuHours(LLAMA31_405B.gpuHours, lang)} on H100-80GBs, about ${plain(ratio(), 3)}× as many (V3 is about ${share} of it); the chips and accounting differ, so the ratio is indicative.`;
	},
	readout(_state, _data, lang) {
		const zh = lang === 'zh-cn';
		return [
			{ label: zh ? 'DeepSeek-V3 合计（H800）' : 'DeepSeek-V3 total (H800)', value: gpuHours(v3Total, lang) },
			{ label: zh ? '按假设租价 2 美元/GPU 时' : 'At the assumed US$2 per GPU-hour', value: usd(DEEPSEEK_V3_REPORTED.cost, lang) },
			{ label: zh ? 'Llama 3.1 405B（H100-80GB）' : 'Llama 3.1 405B (H100-80GB)', value: gpuHours(LLAMA31_405B.gpuHours, lang) },
			{ label: zh ? '比值（仅供参考）' : 'Ratio (indicative)', value: zh ? `约 ${plain(ratio(), 3)} 倍；V3 约为 ${percent(v3Total / LLAMA31_405B.gpuHours)}` : `about ${plain(ratio(), 3)}×; V3 is about ${percent(v3Total / LLAMA31_405B.gpuHours)}` },
		];
	},
});
