/**
 * Chen et al. (2021), Table 1: HumanEval pass@1 of the eight Codex sizes against their parameter
 * count. A real, measured capability curve that rises smoothly over three orders of magnitude,
 * with no jump: and nothing at all above 12B, the largest size trained.
 */
import * as Plot from '@observablehq/plot';
import { CODEX_LARGEST_PARAMS, CODEX_MODELS } from '../../lib/codex-data';
import { count, fixed } from '../../lib/format';
import { axisScaleParam, L } from '../common';
import { PALETTE } from '../render';
import { defineFigure } from '../types';

const LOG_DOMAIN: [number, number] = [5e6, 3e10];
const LINEAR_DOMAIN: [number, number] = [0, 13e9];
const Y_DOMAIN: [number, number] = [0, 35];

const pct = (v: number) => `${fixed(v, 2)}%`;

export default defineFigure({
	id: 'codex-pass-rate',
	title: L('Codex on HumanEval: pass@1 against model size', 'Codex 在 HumanEval 上的 pass@1 与模型规模'),
	caption: L(
		'HumanEval pass@1 (the estimated share of problems solved by a single generated sample, judged by unit tests) for the eight sizes of Codex in Chen et al.’s Table 1. From 12M to 12B parameters, a thousandfold increase, pass@1 rises steadily from 2.00% to 28.81%: a smooth improvement over three orders of magnitude, not a jump. On the logarithmic axis the points climb steadily, with no sudden step; on the linear axis the smaller models crowd together near zero. 12B was the largest Codex size, so these results say nothing about a “jump above 10B”: no larger Codex model was measured.',
		'Chen 等人表 1 中八种规模的 Codex 在 HumanEval 上的 pass@1（单次生成的代码通过单元测试的题目比例的估计值）。从 1200 万到 120 亿参数，规模扩大一千倍，pass@1 从 2.00% 稳步升到 28.81%：这是跨越三个数量级的平滑提升，而不是突变。在对数横轴上，各点稳步上升，没有突然的台阶；在线性横轴上，较小的模型挤在零点附近。120 亿参数是 Codex 的最大规模，没有测过更大的 Codex 模型，因此这些结果无法说明“超过 100 亿参数后出现跃升”。',
	),
	sources: [{ k: 'chen2021', at: 'Table 1' }],
	params: [axisScaleParam('x', L('x axis (parameters)', '横轴（参数量）'))],
	data() {
		return {
			columns: [
				{ key: 'model', label: L('Model', '模型') },
				{ key: 'params', label: L('Parameters', '参数量'), format: (v) => count(v) },
				{ key: 'pass_at_1_pct', label: L('HumanEval pass@1 (%)', 'HumanEval pass@1（%）'), format: (v) => fixed(v, 2) },
			],
			rows: CODEX_MODELS.map((m) => ({ model: m.name, params: m.params, pass_at_1_pct: m.passAt1Pct })),
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const log = state['x'] === 'log';
		const title = (r: Record<string, number | string>) =>
			zh
				? `${r['model'] as string}：${count(r['params'] as number)} 参数，pass@1 ${pct(r['pass_at_1_pct'] as number)}`
				: `${r['model'] as string}: ${count(r['params'] as number)} parameters, pass@1 ${pct(r['pass_at_1_pct'] as number)}`;
		return [
			{
				marginLeft: 48,
				marginRight: 24,
				marginBottom: 40,
				x: {
					type: log ? 'log' : 'linear',
					domain: log ? LOG_DOMAIN : LINEAR_DOMAIN,
					label: zh ? `参数量（${log ? '对数' : '线性'}坐标）` : `Parameters (${log ? 'log' : 'linear'} scale)`,
					tickFormat: (v: number) => count(v),
					ticks: log ? 4 : 6,
				},
				y: { domain: Y_DOMAIN, label: zh ? 'HumanEval pass@1（%）' : 'HumanEval pass@1 (%)', grid: true },
				marks: [
					Plot.ruleX([CODEX_LARGEST_PARAMS], { stroke: 'currentColor', strokeOpacity: 0.35, strokeDasharray: '3 3' }),
					Plot.text([zh ? '最大的 Codex：12B' : 'largest Codex: 12B'], {
						x: CODEX_LARGEST_PARAMS,
						frameAnchor: 'top',
						dy: 4,
						dx: -4,
						textAnchor: 'end',
						fontSize: 11,
						fill: 'currentColor',
						fillOpacity: 0.75,
					}),
					Plot.ruleY([0]),
					Plot.line(data.rows, { x: 'params', y: 'pass_at_1_pct', stroke: PALETTE[0], strokeWidth: 2, clip: true }),
					Plot.dot(data.rows, { x: 'params', y: 'pass_at_1_pct', r: 4.5, fill: PALETTE[0], stroke: 'var(--sl-color-bg, white)', strokeWidth: 1, title, clip: true }),
					Plot.text(log ? data.rows : [], {
						x: 'params',
						y: 'pass_at_1_pct',
						text: (r: Record<string, number | string>) => fixed(r['pass_at_1_pct'] as number, 2),
						dy: -11,
						fontSize: 11,
						fill: 'currentColor',
						clip: true,
					}),
				],
			},
		];
	},
	describe(state, data, lang) {
		const first = data.rows[0];
		const last = data.rows.at(-1);
		const axis = state['x'] === 'log' ? (lang === 'zh-cn' ? '对数横轴' : 'a log x axis') : lang === 'zh-cn' ? '线性横轴' : 'a linear x axis';
		const from = `${pct(first?.['pass_at_1_pct'] as number)}`;
		const to = `${pct(last?.['pass_at_1_pct'] as number)}`;
		const n0 = count(first?.['params'] as number);
		const n1 = count(last?.['params'] as number);
		return lang === 'zh-cn'
			? `${data.rows.length} 种规模的 Codex 在 HumanEval 上的 pass@1（${axis}）：从 ${n0} 参数时的 ${from} 平滑上升到 ${n1} 参数（最大的 Codex）时的 ${to}，没有突变。`
			: `HumanEval pass@1 of ${data.rows.length} Codex sizes on ${axis}: it rises smoothly from ${from} at ${n0} parameters to ${to} at ${n1} (the largest Codex), with no jump.`;
	},
});
