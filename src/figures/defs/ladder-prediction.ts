/**
 * Predicting a big run from small ones: the Chinchilla form fitted to the small runs of the OLMo
 * ladder (Bhagia et al. 2024) predicts the C4 validation loss of larger runs, with a bootstrap
 * interval, next to what those runs measured. The reader chooses the largest size the fit may use;
 * the smaller the fitted sizes, the longer the extrapolation to 7B and 13B.
 */
import * as Plot from '@observablehq/plot';
import { OLMO_RUNS } from '../../data/measured/olmo';
import type { Localized } from '../../data/schema';
import { count, fixed, plain } from '../../lib/format';
import { FIT_LIMITS, type FitLimit, ladderFit, ladderRuns, type LadderResult, predictLadder, runKey, LADDER_RESAMPLES } from '../../lib/ladder';
import { INTERVAL_LABELS, L, YES_NO } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

const ROLE_LABELS: Record<string, Localized> = {
	fit: L('Used in the fit', '用于拟合'),
	'held-out': L('Ladder run, held out', '阶梯中留出的运行'),
	target: L('Target (7B or 13B)', '目标模型（7B 或 13B）'),
};
const ROLE_COLORS: Record<string, string> = { fit: 'var(--fig-muted)', 'held-out': PALETTE[0], target: PALETTE[1] };
const TARGET_NAMES: Record<string, Localized> = {
	'7B-4T': L('7B on 4T tokens', '7B，4T 词元'),
	'13B-5T': L('13B on 5T tokens', '13B，5T 词元'),
};
const MULTIPLES = [1, 2, 5, 10] as const;

const X_DOMAIN: [number, number] = [1.4e8, 2e10];
const Y_DOMAIN: [number, number] = [2.25, 3.7];
const E_DOMAIN: [number, number] = [-12, 22];

/** A signed percentage with the typographic minus: +1.2%, −3.8%, 0.0%. */
function signedPercent(v: number): string {
	const text = fixed(Math.abs(v), 1);
	return `${Number(text) === 0 ? '' : v > 0 ? '+' : '−'}${text}%`;
}

const limitOf = (state: FigureState) => state['upto'] as FitLimit;
const maxUsedN = (limit: FitLimit) => Math.max(...ladderRuns(OLMO_RUNS, limit).map((r) => r.n));

export default defineFigure({
	id: 'ladder-prediction',
	title: L('Predicting a big run from small ones: the OLMo ladder', '用小规模训练预测大规模训练：OLMo 模型阶梯'),
	caption: L(
		'Filled dots: the measured C4 validation loss of the OLMo ladder runs (190M to 1.3B parameters, each trained to 1, 2, 5 and 10 times 20 tokens per parameter) and of the 7B and 13B models they were built to predict. The Chinchilla form E + A/N^α + B/D^β is fitted (Huber, δ = 10⁻³) to the ladder runs up to the chosen size (grey); open circles are the fit’s predictions for every other run, and bars their 95% interval from a 200-resample bootstrap over the fitted runs, which covers the uncertainty of the fit, not run-to-run noise. Beyond the largest fitted size (shaded) every prediction is an extrapolation; the 7B and 13B runs are also trained far longer per parameter (about 570 and 380 tokens) than any ladder run (200). Bottom: prediction error, (predicted − measured)/measured.',
		'实心圆点：OLMo 模型阶梯中各次训练（1.9 亿到 13 亿参数，每种规模分别训练到每参数 20 个词元的 1、2、5、10 倍）以及它们要预测的 7B、13B 模型的实测 C4 验证损失。把 Chinchilla 形式 E + A/N^α + B/D^β 拟合（Huber，δ = 10⁻³）到不超过所选规模的阶梯运行上（灰色）；空心圆是拟合对其余各次训练的预测，竖条是其 95% 区间（对拟合点做 200 次自助法重抽样得到），它只反映拟合的不确定性，不包括训练之间的随机波动。超过拟合所用最大规模的部分（阴影）都是外推；而且 7B、13B 的每参数训练词元（约 570 和 380 个）远多于任何阶梯运行（200 个）。下图：预测误差，即（预测 − 实测）/ 实测。',
	),
	sources: [{ k: 'bhagia2024', at: 'Abstract; Fig. 1' }],
	datasets: ['olmo-ladder'],
	fitted: true,
	params: [
		{
			kind: 'choice',
			name: 'upto',
			label: L('Largest size the fit may use', '拟合可用的最大规模'),
			default: '1.3B',
			options: FIT_LIMITS.map((limit) => {
				const n = ladderRuns(OLMO_RUNS, limit).length;
				return { value: limit, label: L(`${limit} (${n} runs)`, `${limit}（${n} 次训练）`) };
			}),
		},
	],
	compute: [
		{
			name: 'prediction',
			key: (state) => String(state['upto']),
			label: (state, lang) => {
				const n = ladderRuns(OLMO_RUNS, limitOf(state)).length;
				return lang === 'zh-cn' ? `拟合 ${n} 次训练，自助法 ${LADDER_RESAMPLES} 次` : `Fitting ${n} runs, ${LADDER_RESAMPLES} bootstrap refits`;
			},
			*run(state) {
				return yield* predictLadder(OLMO_RUNS, limitOf(state));
			},
		},
	],
	data(state, computed) {
		const limit = limitOf(state);
		const used = new Set(ladderRuns(OLMO_RUNS, limit));
		const result = computed?.['prediction'] as LadderResult | undefined;
		const rows = OLMO_RUNS.map((r) => {
			const p = result?.predictions.find((q) => q.key === runKey(r));
			const role = r.role === 'target' ? 'target' : used.has(r) ? 'fit' : 'held-out';
			return {
				run: r.role === 'target' ? r.size : `${r.size} × ${r.multiple}`,
				role,
				multiple: r.multiple ?? '',
				params_N: r.n,
				tokens_D: r.d,
				tokens_per_param: r.d / r.n,
				loss_c4: r.lossMean,
				predicted: p?.point ?? '',
				ci_lo: p?.lo ?? '',
				ci_hi: p?.hi ?? '',
				error_pct: p ? (100 * (p.point - r.lossMean)) / r.lossMean : '',
				extrapolated: p ? (p.extrapolated ? 'yes' : 'no') : '',
			};
		});
		const fit = result ? ladderFit(result) : null;
		return {
			columns: [
				{ key: 'run', label: L('Run', '训练') },
				{ key: 'role', label: L('Role', '用途'), values: ROLE_LABELS },
				{ key: 'multiple', label: L('× 20 tokens per parameter', '× 每参数 20 词元'), format: (v) => String(v) },
				{ key: 'params_N', label: L('Parameters N (non-embedding)', '参数量 N（非嵌入）'), format: (v) => count(v, 3) },
				{ key: 'tokens_D', label: L('Tokens D', '词元数 D'), format: (v) => count(v, 3) },
				{ key: 'tokens_per_param', label: L('Tokens per parameter', '每参数词元数'), format: (v) => plain(v, 3) },
				{ key: 'loss_c4', label: L('Measured C4 loss (nats/token)', '实测 C4 损失（奈特/词元）'), format: (v) => fixed(v, 3) },
				{ key: 'predicted', label: L('Predicted (fitted formula)', '预测值（拟合公式）'), format: (v) => fixed(v, 3) },
				{ key: 'ci_lo', label: INTERVAL_LABELS.lo, format: (v) => fixed(v, 3) },
				{ key: 'ci_hi', label: INTERVAL_LABELS.hi, format: (v) => fixed(v, 3) },
				{ key: 'error_pct', label: L('Error (%)', '误差（%）'), format: (v) => signedPercent(v).slice(0, -1) },
				{ key: 'extrapolated', label: L('Extrapolated', '外推'), values: YES_NO },
			],
			rows,
			meta: fit && result ? { fit, converged: result.converged, resamples: result.resamples } : {},
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const limit = limitOf(state);
		const edge = maxUsedN(limit) * 1.25;
		const roleLabel = (r: Record<string, unknown>) => ROLE_LABELS[r['role'] as string]![lang];
		const color = { domain: Object.keys(ROLE_LABELS).map((k) => ROLE_LABELS[k]![lang]), range: Object.keys(ROLE_LABELS).map((k) => ROLE_COLORS[k]!) };
		const predicted = data.rows.filter((r) => r['role'] !== 'fit' && r['predicted'] !== '');
		// The four runs of one size sit at the same N: spread them sideways by token multiple.
		const offset = (r: Record<string, unknown>) => (r['multiple'] === '' ? 0 : (MULTIPLES.indexOf(r['multiple'] as (typeof MULTIPLES)[number]) - 1.5) * 5);
		const spread = <T extends object>(mark: (rows: typeof data.rows, dx: number) => T) =>
			[-7.5, -2.5, 0, 2.5, 7.5].map((dx) => mark(data.rows.filter((r) => offset(r) === dx), dx));
		const extrapolation = [
			Plot.rect([edge], { x1: (v: number) => v, x2: X_DOMAIN[1], y1: Y_DOMAIN[0], y2: Y_DOMAIN[1], fill: 'var(--fig-extrapolated)' }),
			Plot.text([zh ? '外推' : 'extrapolation'], { x: Math.sqrt(edge * X_DOMAIN[1]), frameAnchor: 'top', dy: 10, fill: 'currentColor', fillOpacity: 0.75 }),
		];
		const xN = { type: 'log' as const, domain: X_DOMAIN, ticks: [2e8, 5e8, 1e9, 2e9, 5e9, 1e10], tickFormat: (n: number) => count(n) };
		return [
			{
				marginLeft: 52,
				marginBottom: 36,
				x: { ...xN, label: zh ? '参数量 N（非嵌入，对数坐标）' : 'Parameters N (non-embedding, log scale)' },
				y: { domain: Y_DOMAIN, grid: true, label: zh ? 'C4 验证损失（奈特/词元）' : 'C4 validation loss (nats/token)' },
				color: { ...color, legend: true },
				marks: [
					...extrapolation,
					Plot.text([zh ? '● 实测　○ 预测' : '● measured   ○ predicted'], { frameAnchor: 'bottom-left', dx: 6, dy: -6, textAnchor: 'start', fill: 'currentColor', fillOpacity: 0.8 }),
					...spread((rows, dx) => Plot.ruleX(rows.filter((r) => predicted.includes(r)), { x: 'params_N', y1: 'ci_lo', y2: 'ci_hi', stroke: roleLabel, strokeWidth: 2, strokeOpacity: 0.6, dx, clip: true })),
					...spread((rows, dx) => Plot.dot(rows.filter((r) => predicted.includes(r)), { x: 'params_N', y: 'predicted', r: 3.5, stroke: roleLabel, strokeWidth: 1.5, fill: 'var(--sl-color-bg, white)', dx, clip: true })),
					...spread((rows, dx) => Plot.dot(rows, { x: 'params_N', y: 'loss_c4', r: 3, fill: roleLabel, stroke: 'var(--sl-color-bg, white)', strokeWidth: 0.75, dx, clip: true })),
				],
			},
			{
				height: 170,
				marginLeft: 52,
				marginBottom: 36,
				x: { ...xN, label: zh ? '参数量 N' : 'Parameters N' },
				y: { domain: E_DOMAIN, grid: true, ticks: [-10, 0, 10, 20], tickFormat: (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : ''}${Math.abs(v)}%`, label: zh ? '预测误差' : 'Prediction error' },
				color,
				marks: [
					Plot.rect([edge], { x1: (v: number) => v, x2: X_DOMAIN[1], y1: E_DOMAIN[0], y2: E_DOMAIN[1], fill: 'var(--fig-extrapolated)' }),
					Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.6 }),
					...spread((rows, dx) =>
						Plot.ruleX(rows.filter((r) => predicted.includes(r)), {
							x: 'params_N',
							y1: (r: Record<string, number>) => (100 * (r['ci_lo']! - r['loss_c4']!)) / r['loss_c4']!,
							y2: (r: Record<string, number>) => (100 * (r['ci_hi']! - r['loss_c4']!)) / r['loss_c4']!,
							stroke: roleLabel,
							strokeWidth: 2,
							strokeOpacity: 0.6,
							dx,
							clip: true,
						}),
					),
					...spread((rows, dx) => Plot.dot(rows.filter((r) => r['error_pct'] !== ''), { x: 'params_N', y: 'error_pct', r: 2.5, fill: roleLabel, dx, clip: true })),
				],
			},
		];
	},
	describe(state, data, lang) {
		const zh = lang === 'zh-cn';
		const limit = limitOf(state);
		const n = data.rows.filter((r) => r['role'] === 'fit').length;
		const targets = data.rows.filter((r) => r['role'] === 'target');
		if (targets.some((t) => t['predicted'] === '')) {
			return zh ? `用不超过 ${limit} 的 ${n} 次阶梯训练拟合；预测仍在计算。` : `Fitted to the ${n} ladder runs up to ${limit}; the predictions are still being computed.`;
		}
		const part = (t: Record<string, number | string>) => {
			const name = TARGET_NAMES[t['run'] as string]![lang];
			const err = signedPercent(t['error_pct'] as number);
			return zh
				? `${name}：预测 ${fixed(t['predicted'] as number, 3)}（95% 区间 ${fixed(t['ci_lo'] as number, 3)}–${fixed(t['ci_hi'] as number, 3)}），实测 ${fixed(t['loss_c4'] as number, 3)}，误差 ${err}`
				: `${name}: predicted ${fixed(t['predicted'] as number, 3)} (95% interval ${fixed(t['ci_lo'] as number, 3)}–${fixed(t['ci_hi'] as number, 3)}), measured ${fixed(t['loss_c4'] as number, 3)}, error ${err}`;
		};
		return zh ? `用不超过 ${limit} 的 ${n} 次阶梯训练拟合。${targets.map(part).join('；')}。` : `Fitted to the ${n} ladder runs up to ${limit}. ${targets.map(part).join('; ')}.`;
	},
	readout(_state, data, lang) {
		const zh = lang === 'zh-cn';
		const pending = zh ? '计算中…' : 'computing…';
		const fit = data.meta?.['fit'] as { E: number; A: number; B: number; alpha: number; beta: number } | undefined;
		const items = [
			{
				label: zh ? `拟合所用：${data.rows.filter((r) => r['role'] === 'fit').length} 次训练` : `Fitted to ${data.rows.filter((r) => r['role'] === 'fit').length} runs`,
				value: fit ? `E ${plain(fit.E, 3)} · A ${plain(fit.A, 3)} · B ${plain(fit.B, 3)} · α ${plain(fit.alpha, 3)} · β ${plain(fit.beta, 3)}` : pending,
			},
		];
		for (const t of data.rows.filter((r) => r['role'] === 'target')) {
			const name = TARGET_NAMES[t['run'] as string]![lang];
			const err = t['error_pct'] === '' ? '' : signedPercent(t['error_pct'] as number);
			items.push({
				label: name,
				value:
					t['predicted'] === ''
						? pending
						: zh
							? `预测 ${fixed(t['predicted'] as number, 3)}（95%：${fixed(t['ci_lo'] as number, 3)}–${fixed(t['ci_hi'] as number, 3)}），实测 ${fixed(t['loss_c4'] as number, 3)}，误差 ${err}`
							: `predicted ${fixed(t['predicted'] as number, 3)} (95%: ${fixed(t['ci_lo'] as number, 3)}–${fixed(t['ci_hi'] as number, 3)}), measured ${fixed(t['loss_c4'] as number, 3)}, error ${err}`,
			});
		}
		const k = data.meta?.['converged'] as number | undefined;
		const n = data.meta?.['resamples'] as number | undefined;
		items.push({ label: zh ? '自助法' : 'Bootstrap', value: k === undefined ? pending : zh ? `${n} 次重抽样，${k} 次收敛` : `${n} resamples, ${k} converged` });
		return items;
	},
});
