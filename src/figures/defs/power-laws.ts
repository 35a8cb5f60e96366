/**
 * Kaplan et al. (2020)'s three power laws, one at a time, on log-log or linear axes: on log-log
 * axes a power law is a straight line whose slope is minus the exponent.
 */
import * as Plot from '@observablehq/plot';
import { count, fixed, logspace, sci } from '../../lib/format';
import { KAPLAN, KAPLAN_LARGEST, type KaplanLaw, kaplanLoss } from '../../lib/scaling';
import { axisScaleParam, L, YES_NO } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

const LAWS: Record<KaplanLaw, { domain: [number, number]; x: { en: string; 'zh-cn': string }; formula: string; unit: 'params' | 'tokens' | 'pfdays' }> = {
	N: { domain: [1e3, 1e13], x: L('Non-embedding parameters N', '非嵌入参数量 N'), formula: 'L = (8.8×10¹³ / N)^0.076', unit: 'params' },
	D: { domain: [1e7, 1e13], x: L('Training tokens D', '训练词元数 D'), formula: 'L = (5.4×10¹³ / D)^0.095', unit: 'tokens' },
	Cmin: { domain: [1e-8, 1e4], x: L('Compute C_min (PF-days)', '算力 C_min（PF-day）'), formula: 'L = (3.1×10⁸ / C_min)^0.050', unit: 'pfdays' },
};

const lawOf = (state: FigureState) => state['law'] as KaplanLaw;
const formatX = (law: KaplanLaw, v: number) => (LAWS[law].unit === 'pfdays' ? sci(v) : count(v));

export default defineFigure({
	id: 'power-laws',
	title: L('Kaplan et al.’s power laws for language-model loss', 'Kaplan 等人的语言模型损失幂律'),
	caption: L(
		'Test loss (nats per token) predicted by each of Kaplan et al.’s fitted laws when only that quantity limits the model. On log-log axes each law is a straight line whose slope is minus its exponent; switch to linear axes to see the same curve flatten into a long tail. The dashed part lies beyond the largest models and datasets of the original experiments (about 1.5B parameters and 23B tokens; for compute about 2.4 PF-days, our estimate from those two; all approximate) and is extrapolation.',
		'按 Kaplan 等人的拟合公式，在只有该变量成为瓶颈时预测的测试损失（每词元奈特）。在双对数坐标上，每条定律都是一条直线，斜率等于指数的相反数；切换到线性坐标，同一条曲线会变成一条平缓的长尾。虚线部分超出了原实验中最大模型和数据集的规模（约 15 亿参数、230 亿词元；算力约 2.4 PF-day，由前两者估算；均为近似值），属于外推。',
	),
	sources: [{ k: 'kaplan2020', at: 'eqs. 1.1–1.3, Table 5' }],
	fitted: true,
	params: [
		{
			kind: 'choice',
			name: 'law',
			label: L('Law', '定律'),
			default: 'N',
			options: [
				{ value: 'N', label: L('L(N): model size', 'L(N)：模型规模') },
				{ value: 'D', label: L('L(D): data', 'L(D)：数据量') },
				{ value: 'Cmin', label: L('L(C_min): compute', 'L(C_min)：算力') },
			],
		},
		axisScaleParam('axes', L('Axes', '坐标轴')),
	],
	data(state) {
		const law = lawOf(state);
		const largest = KAPLAN_LARGEST[law];
		// The boundary of the measured range is a sample point, so the solid and dashed parts meet.
		const xs = logspace(LAWS[law].domain[0], LAWS[law].domain[1], 41);
		if (largest !== undefined) xs.push(largest);
		const rows = xs.sort((a, b) => a - b).map((x) => ({
			x,
			loss: kaplanLoss(law, x),
			extrapolated: largest !== undefined && x > largest ? 'yes' : 'no',
		}));
		return {
			columns: [
				{ key: 'x', label: LAWS[law].x, format: (v) => formatX(law, v) },
				{ key: 'loss', label: L('Predicted loss (nats/token)', '预测损失（奈特/词元）'), format: (v) => fixed(v, 3) },
				{ key: 'extrapolated', label: L('Extrapolated', '外推'), values: YES_NO },
			],
			rows,
		};
	},
	plots(state, data, { lang }) {
		const law = lawOf(state);
		const log = state['axes'] === 'log';
		const largest = KAPLAN_LARGEST[law];
		const measured = data.rows.filter((r) => largest === undefined || (r['x'] as number) <= largest);
		const beyond = data.rows.filter((r) => largest !== undefined && (r['x'] as number) >= largest);
		return [
			{
				marginLeft: 52,
				marginBottom: 40,
				x: { type: log ? 'log' : 'linear', label: LAWS[law].x[lang], domain: LAWS[law].domain, tickFormat: (v: number) => formatX(law, v), ticks: log ? 6 : 5 },
				y: { type: log ? 'log' : 'linear', label: lang === 'zh-cn' ? '预测损失（奈特/词元）' : 'Predicted loss (nats/token)', grid: true, ...(log ? {} : { domain: [0, 14] }) },
				marks: [
					Plot.lineY(measured, { x: 'x', y: 'loss', stroke: PALETTE[0], strokeWidth: 2.5, clip: true }),
					Plot.lineY(beyond, { x: 'x', y: 'loss', stroke: PALETTE[0], strokeWidth: 2, strokeDasharray: '5 4', clip: true }),
					Plot.text([LAWS[law].formula], { frameAnchor: 'top-right', dx: -8, dy: 8, fontSize: 13, fill: 'currentColor' }),
					Plot.ruleY(log ? [] : [0]),
				],
			},
		];
	},
	describe(state, data, lang) {
		const law = lawOf(state);
		const first = data.rows[0];
		const last = data.rows.at(-1);
		const alpha = KAPLAN[law].alpha.toFixed(3);
		const axes = state['axes'] === 'log' ? (lang === 'zh-cn' ? '双对数坐标' : 'log-log axes') : lang === 'zh-cn' ? '线性坐标' : 'linear axes';
		const from = `${formatX(law, first?.['x'] as number)} → ${fixed(first?.['loss'] as number, 2)}`;
		const to = `${formatX(law, last?.['x'] as number)} → ${fixed(last?.['loss'] as number, 2)}`;
		return lang === 'zh-cn'
			? `${LAWS[law].formula}，指数 ${alpha}，${axes}。损失从 ${from} 平滑下降到 ${to}。`
			: `${LAWS[law].formula}, exponent ${alpha}, on ${axes}. Loss falls smoothly from ${from} to ${to}.`;
	},
});
