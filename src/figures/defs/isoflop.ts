/**
 * Iso-FLOP curves from the Chinchilla parametric loss: at a fixed compute budget C = 6ND, a
 * bigger model sees fewer tokens, so loss against model size has a minimum — the compute-optimal
 * model. The minima across budgets trace the frontier; four well-known models are placed at
 * their own (N, D).
 */
import * as Plot from '@observablehq/plot';
import { count, fixed, logspace, plain, sci } from '../../lib/format';
import { CHINCHILLA_FITTED_RANGE, chinchillaLoss, computeOptimal, FITS, type FitName, isoFlopLoss, trainingFlops } from '../../lib/scaling';
import { FIT_PARAM, fitLabel, formatFlops, L } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

/** Named models at their reported size and training tokens (facts.md A2 Table 1, C2). */
export const NAMED_MODELS = [
	// Label offsets keep the four names apart where the points crowd together.
	{ name: 'GPT-3', n: 175e9, d: 300e9, label: { dx: -7, dy: -9, textAnchor: 'end' } },
	{ name: 'Gopher', n: 280e9, d: 300e9, label: { dx: 7, dy: -9, textAnchor: 'start' } },
	{ name: 'Chinchilla', n: 70e9, d: 1.4e12, label: { dx: -7, dy: 10, textAnchor: 'end' } },
	{ name: 'Llama 3.1 405B', n: 405e9, d: 15.6e12, label: { dx: 7, dy: 10, textAnchor: 'start' } },
] as const;

/** Faint context curves at these budgets (FLOPs). */
const CONTEXT_BUDGETS = [1e20, 1e22, 1e24, 1e26];
const N_DOMAIN: [number, number] = [1e8, 1e13];
const Y_DOMAIN: [number, number] = [1.8, 3.6];

const fitOf = (state: FigureState) => FITS[state['fit'] as FitName];

function curve(fitName: FitName, c: number, series: string) {
	const fit = FITS[fitName];
	return logspace(N_DOMAIN[0], N_DOMAIN[1], 31)
		.map((n) => ({ series, c, n, d: c / (6 * n), loss: isoFlopLoss(fit, c, n) }))
		.filter((r) => r.loss <= Y_DOMAIN[1] + 0.4);
}

export default defineFigure({
	id: 'isoflop',
	title: L('Iso-FLOP curves and the compute-optimal frontier', '等算力曲线与计算最优前沿'),
	caption: L(
		'Each curve fixes the training compute C = 6ND and varies how it is split: moving right, the model gets bigger and sees fewer tokens. Loss values are predicted by the fitted Chinchilla formula L = E + A/N^α + B/D^β, not measured. The dot marks the curve’s minimum (the compute-optimal model for that budget); the dashed line joins the minima of all budgets. The shaded region (N above 16B) lies beyond the largest models Hoffmann et al. trained, so it is extrapolation. Named models sit at their own size and data, each at its own budget.',
		'每条曲线固定训练算力 C = 6ND，只改变分配方式：越往右，模型越大、见到的词元越少。损失值由 Chinchilla 拟合公式 L = E + A/N^α + B/D^β 预测，并非实测。圆点是该曲线的最低点（该预算下的计算最优模型）；虚线连接各预算的最低点。阴影区域（N 大于 160 亿）超出了 Hoffmann 等人训练过的最大模型，属于外推。标注的模型按各自的参数量和数据量放置，各自对应不同的预算。',
	),
	sources: [
		{ k: 'hoffmann2022', at: '§3.3, eq. 4; App. D.2, eq. 10' },
		{ k: 'besiroglu2024', at: 'refit of Approach 3' },
	],
	fitted: true,
	params: [
		{
			kind: 'range',
			name: 'C',
			label: L('Compute budget C', '算力预算 C'),
			min: 1e19,
			max: 1e26,
			step: 0.1,
			log: true,
			default: 5.76e23,
			format: (v) => formatFlops(v),
		},
		FIT_PARAM,
	],
	data(state) {
		const fitName = state['fit'] as FitName;
		const fit = fitOf(state);
		const c = state['C'] as number;
		const opt = computeOptimal(fit, c);
		const frontier = logspace(1e19, 1e26, 15).map((cc) => {
			const o = computeOptimal(fit, cc);
			return { series: 'frontier', c: cc, n: o.n, d: o.d, loss: o.loss };
		});
		const rows = [
			...CONTEXT_BUDGETS.flatMap((cc) => curve(fitName, cc, 'context')),
			...curve(fitName, c, 'chosen budget'),
			{ series: 'optimum', c, n: opt.n, d: opt.d, loss: opt.loss },
			...frontier.filter((r) => r.n >= N_DOMAIN[0] && r.n <= N_DOMAIN[1]),
			...NAMED_MODELS.map((m) => ({ series: m.name, c: trainingFlops(m.n, m.d), n: m.n, d: m.d, loss: chinchillaLoss(fit, m.n, m.d) })),
		];
		return {
			columns: [
				{
					key: 'series',
					label: L('Series', '系列'),
					values: {
						context: L('Other budgets', '其他预算'),
						'chosen budget': L('Chosen budget', '所选预算'),
						optimum: L('Optimum of the chosen budget', '所选预算的最优点'),
						frontier: L('Compute-optimal frontier', '计算最优前沿'),
					},
				},
				{ key: 'c', label: L('Compute C (FLOPs)', '算力 C（FLOPs）'), format: (v) => sci(v) },
				{ key: 'n', label: L('Parameters N', '参数量 N'), format: (v) => count(v) },
				{ key: 'd', label: L('Tokens D', '词元数 D'), format: (v) => count(v) },
				{ key: 'loss', label: L('Predicted loss (nats/token)', '预测损失（奈特/词元）'), format: (v) => fixed(v, 3) },
			],
			rows,
		};
	},
	plots(_state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const by = (s: string) => data.rows.filter((r) => r['series'] === s);
		const context = by('context');
		const named = data.rows.filter((r) => NAMED_MODELS.some((m) => m.name === r['series']));
		return [
			{
				marginLeft: 48,
				marginBottom: 40,
				x: { type: 'log', domain: N_DOMAIN, label: zh ? '模型参数量 N（对数坐标）' : 'Model parameters N (log scale)', tickFormat: (v: number) => count(v) },
				y: { domain: Y_DOMAIN, label: zh ? '预测损失（奈特/词元）' : 'Predicted loss (nats/token)', grid: true },
				marks: [
					Plot.rectX([0], { x1: CHINCHILLA_FITTED_RANGE.N[1], x2: N_DOMAIN[1], y1: Y_DOMAIN[0], y2: Y_DOMAIN[1], fill: 'var(--fig-extrapolated)' }),
					Plot.text([zh ? '外推' : 'extrapolation'], { x: 4e11, y: Y_DOMAIN[1], dy: 10, fontSize: 11, fill: 'currentColor', fillOpacity: 0.75 }),
					Plot.lineY(context, { x: 'n', y: 'loss', z: 'c', stroke: 'currentColor', strokeOpacity: 0.25, clip: true }),
					Plot.text(
						CONTEXT_BUDGETS.map((c) => {
							const rows = context.filter((r) => r['c'] === c);
							return rows.reduce((a, b) => ((a['loss'] as number) < (b['loss'] as number) ? a : b), rows[0] ?? { n: 0, loss: 0 });
						}).filter((r) => (r['n'] as number) > 0),
						{ x: 'n', y: 'loss', text: (r: Record<string, number>) => sci(r['c'] ?? 0, 1), dy: 12, fontSize: 10, fill: 'currentColor', fillOpacity: 0.6, clip: true },
					),
					Plot.lineY(by('frontier'), { x: 'n', y: 'loss', stroke: PALETTE[1], strokeDasharray: '4 3', strokeWidth: 1.5, clip: true }),
					Plot.lineY(by('chosen budget'), { x: 'n', y: 'loss', stroke: PALETTE[0], strokeWidth: 3, clip: true }),
					Plot.dot(by('optimum'), { x: 'n', y: 'loss', r: 6, fill: PALETTE[0], stroke: 'var(--sl-color-bg, white)', strokeWidth: 1.5 }),
					Plot.dot(named, { x: 'n', y: 'loss', r: 4, symbol: 'diamond', fill: PALETTE[2], clip: true }),
					...NAMED_MODELS.map((m) =>
						Plot.text(
							named.filter((r) => r['series'] === m.name),
							{ x: 'n', y: 'loss', text: 'series', ...m.label, fontSize: 11, fill: 'currentColor', stroke: 'var(--sl-color-bg, white)', strokeWidth: 3, paintOrder: 'stroke', clip: true },
						),
					),
				],
			},
		];
	},
	describe(state, data, lang) {
		const opt = data.rows.find((r) => r['series'] === 'optimum');
		const n = opt?.['n'] as number;
		const d = opt?.['d'] as number;
		const c = sci(state['C'] as number);
		const fit = fitLabel(state['fit'] as string, lang);
		return lang === 'zh-cn'
			? `按 ${fit}公式，算力预算 ${c} FLOPs 时，计算最优模型约 ${count(n)} 参数、${count(d)} 词元（每个参数约 ${plain(d / n, 2)} 个词元），预测损失 ${fixed(opt?.['loss'] as number, 3)}。`
			: `Under the ${fit} fit, at a budget of ${c} FLOPs the compute-optimal model has about ${count(n)} parameters and ${count(d)} tokens (${plain(d / n, 2)} tokens per parameter), with predicted loss ${fixed(opt?.['loss'] as number, 3)}.`;
	},
	readout(_state, data, lang) {
		const opt = data.rows.find((r) => r['series'] === 'optimum');
		const n = opt?.['n'] as number;
		const d = opt?.['d'] as number;
		const zh = lang === 'zh-cn';
		return [
			{ label: zh ? '计算最优参数量' : 'Compute-optimal N', value: count(n) },
			{ label: zh ? '计算最优词元数' : 'Compute-optimal D', value: count(d) },
			{ label: zh ? '每参数词元数' : 'Tokens per parameter', value: plain(d / n, 3) },
			{ label: zh ? '预测损失（拟合公式）' : 'Predicted loss (fitted formula)', value: fixed(opt?.['loss'] as number, 3) },
		];
	},
});
