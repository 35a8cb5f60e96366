/**
 * Measured iso-FLOP curves: Porian et al.'s (2024) runs on RefinedWeb, step by step from a
 * reproduction of Kaplan et al.'s setup to a tuned Chinchilla-like one. For the chosen
 * configuration: loss against model size at each budget, a curve through each budget's runs and its
 * minimum; for all five: the exponent a of N* ∝ C^a with its 95% interval, ours next to the paper's.
 *
 * The curves and minima are cheap (a redraw); the interval is a seed-noise bootstrap of 1,000
 * resamples per configuration, run once per method for all five configurations (`compute`), so
 * switching configuration redraws at once.
 */
import * as Plot from '@observablehq/plot';
import { PORIAN_CONFIGS, PORIAN_POINTS } from '../../data/measured/porian';
import type { Localized } from '../../data/schema';
import type { IsoFlopMethod } from '../../lib/fit/isoflop';
import { count, fixed, sci } from '../../lib/format';
import { type BudgetView, budgetViews, type ConfigExponent, exponents, ISOFLOP_RESAMPLES, SEED_NOISE } from '../../lib/isoflop-measured';
import { INTERVAL_LABELS, L, YES_NO } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

/** The RefinedWeb steps of the paper's Figure 1 (panels a–e), in order. */
const STEPS = PORIAN_CONFIGS.filter((c) => c.dataset.key === 'rw' && c.id !== 'rw-kaplan-adjusted');
/** Row labels of the exponent chart: short enough for a phone. */
const SHORT: Record<string, Localized> = {
	'rw-kaplan': L('1 Kaplan', '1 Kaplan'),
	'rw-head': L('2 + last layer', '2 + 最后一层'),
	'rw-warmup': L('3 + warmup', '3 + 预热'),
	'rw-cosine': L('4 + cosine', '4 + 余弦衰减'),
	'rw-tuned': L('5 + tuning', '5 + 调优'),
};
const CONFIG_LABELS = Object.fromEntries(STEPS.map((c) => [c.id, c.label]));
const METHOD_LABELS: Record<IsoFlopMethod, Localized> = {
	akima: L('Akima interpolation + seed-noise bootstrap (the paper’s)', 'Akima 插值 + 种子噪声自助法（论文的方法）'),
	parabola: L('Least-squares parabola per budget', '每个预算拟合一条最小二乘抛物线'),
};
const STATUS_LABELS: Record<string, Localized> = {
	interior: L('Inside the sampled sizes', '在采样范围之内'),
	edge: L('At the edge of the sampled sizes', '位于采样范围的边缘'),
	extrapolated: L('Vertex outside the sampled sizes', '顶点在采样范围之外'),
	none: L('No minimum (curve opens downward)', '无最低点（曲线开口向下）'),
	'too-few-points': L('Fewer than 3 sizes', '不足 3 个规模'),
};
const SERIES_LABELS: Record<string, Localized> = {
	run: L('Training run', '训练运行'),
	minimum: L('Minimum of the curve', '曲线最低点'),
	exponent: L('Exponent a of N* ∝ C^a', 'N* ∝ C^a 的指数 a'),
};

const RUNS_BY_CONFIG = new Map<string, { budget: number; n: number; loss: number }[]>(STEPS.map((c) => [c.id, PORIAN_POINTS.filter((p) => p.config === c.id).map((p) => ({ budget: p.c, n: p.n, loss: p.loss }))]));
/** Curves and minima per configuration and method, built the first time they are drawn. */
const VIEWS = new Map<string, BudgetView[]>();
function views(config: string, method: IsoFlopMethod): BudgetView[] {
	const key = `${config}/${method}`;
	let v = VIEWS.get(key);
	if (!v) {
		v = budgetViews(RUNS_BY_CONFIG.get(config) ?? [], method);
		VIEWS.set(key, v);
	}
	return v;
}

const X_DOMAIN: [number, number] = [2e5, 1.5e9];
const Y_DOMAIN: [number, number] = [2.9, 5.0];
const A_DOMAIN: [number, number] = [0.45, 0.92];
/** Reference exponents: Kaplan et al. (2020) N_opt ∝ C^0.73; Hoffmann et al. (2022, Table 2) Approaches 1 and 2: 0.50 and 0.49. */
const KAPLAN_A = 0.73;
const CHINCHILLA_A = 0.5;

const methodOf = (state: FigureState) => state['method'] as IsoFlopMethod;

export default defineFigure({
	id: 'isoflop-measured',
	title: L('Measured iso-FLOP curves: from Kaplan’s exponent to Chinchilla’s', '实测等算力曲线：从 Kaplan 的指数到 Chinchilla 的指数'),
	caption: L(
		'Top: validation loss (for the first configuration, smoothed training loss) of Porian et al.’s RefinedWeb runs against model size, at eleven or twelve compute budgets between 1.25×10¹⁶ and 2.56×10¹⁹ FLOPs (one curve each; points far above the minima are cut off, the table lists them all). Each budget’s runs are joined by the chosen method’s curve; filled dots are the minima that enter the fit of N* ∝ C^a, open ones are left out (at the edge of the sampled sizes, or a parabola vertex outside them). Bottom: the fitted exponent a with its 95% interval for each configuration, this course’s refit next to the paper’s Table 1, against Kaplan et al.’s 0.73 and Hoffmann et al.’s ≈ 0.5. Each configuration adds one change to the one above it.',
		'上图：Porian 等人在 RefinedWeb 上训练的模型，其验证损失（第一种配置为平滑后的训练损失）与模型参数量的关系，共 11 或 12 个算力预算，介于 1.25×10¹⁶ 与 2.56×10¹⁹ FLOPs 之间，每个预算一条曲线（远高于最低点的数据点被截去，表格列出全部）。同一预算的数据点用所选方法连成曲线；实心点是参与 N* ∝ C^a 拟合的最低点，空心点被排除（位于采样规模的边缘，或抛物线顶点落在采样范围之外）。下图：各配置拟合出的指数 a 及其 95% 区间，本课程的重新拟合与论文表 1 并列，并与 Kaplan 等人的 0.73、Hoffmann 等人的约 0.5 对照。每种配置都在上一种的基础上只改一处。',
	),
	sources: [
		{ k: 'porian2024', at: 'Fig. 1; Table 1' },
		{ k: 'kaplan2020', at: 'App. A, Table 6' },
		{ k: 'hoffmann2022', at: 'Table 2' },
	],
	datasets: ['porian-isoflop', 'porian-configs'],
	fitted: true,
	params: [
		{ kind: 'choice', name: 'config', label: L('Configuration (RefinedWeb)', '配置（RefinedWeb）'), default: 'rw-kaplan', options: STEPS.map((c) => ({ value: c.id, label: c.label })) },
		{
			kind: 'choice',
			name: 'method',
			label: L('Minimum of each curve', '每条曲线的最低点'),
			default: 'akima',
			options: (['akima', 'parabola'] as const).map((m) => ({ value: m, label: METHOD_LABELS[m] })),
		},
	],
	compute: [
		{
			name: 'exponents',
			key: (state) => String(state['method']),
			label: (_state, lang) =>
				lang === 'zh-cn'
					? `自助法：${STEPS.length} 种配置各 ${ISOFLOP_RESAMPLES.toLocaleString('en-US')} 次加噪重抽样`
					: `Bootstrap: ${ISOFLOP_RESAMPLES.toLocaleString('en-US')} noisy copies of each of ${STEPS.length} configurations`,
			*run(state) {
				const configs = STEPS.map((c) => ({ id: c.id, noise: SEED_NOISE.rw, runs: RUNS_BY_CONFIG.get(c.id) ?? [] }));
				return yield* exponents(configs, methodOf(state));
			},
		},
	],
	data(state, computed) {
		const config = state['config'] as string;
		const method = methodOf(state);
		const ours = (computed?.['exponents'] as ConfigExponent[] | undefined) ?? null;
		const mine = ours?.find((e) => e.config === config) ?? null;
		const rows: Record<string, number | string>[] = [];
		for (const view of views(config, method)) {
			for (const r of view.runs) rows.push({ series: 'run', config, flops_C: r.budget, params_N: r.n, tokens_D: r.budget / (6 * r.n), loss: r.loss });
		}
		for (const view of views(config, method)) {
			const m = view.minimum;
			const boot = mine?.budgets.find((b) => b.c === view.budget);
			rows.push({
				series: 'minimum',
				config,
				flops_C: view.budget,
				params_N: m.nStar ?? '',
				tokens_D: m.nStar ? view.budget / (6 * m.nStar) : '',
				loss: m.lossStar ?? '',
				status: m.status,
				in_fit: boot ? (boot.kept ? 'yes' : 'no') : '',
				n_star_median: boot?.median ?? '',
				log_sd: boot?.logSd ?? '',
			});
		}
		for (const step of STEPS) {
			const e = ours?.find((o) => o.config === step.id);
			rows.push({ series: 'exponent', config: step.id, value: e?.a ?? '', ci_lo: e?.lo ?? '', ci_hi: e?.hi ?? '', paper_a: step.paper.a, paper_lo: step.paper.lo, paper_hi: step.paper.hi });
		}
		return {
			columns: [
				{ key: 'series', label: L('Series', '系列'), values: SERIES_LABELS },
				{ key: 'config', label: L('Configuration', '配置'), values: CONFIG_LABELS },
				{ key: 'flops_C', label: L('Budget C (FLOPs)', '预算 C（FLOPs）'), format: (v) => sci(v, 3) },
				{ key: 'params_N', label: L('Parameters N', '参数量 N'), format: (v) => count(v, 4) },
				{ key: 'tokens_D', label: L('Tokens D = C/(6N)', '词元数 D = C/(6N)'), format: (v) => count(v, 4) },
				{ key: 'loss', label: L('Loss (nats/token)', '损失（奈特/词元）'), format: (v) => fixed(v, 4) },
				{ key: 'status', label: L('Where the minimum lies', '最低点的位置'), values: STATUS_LABELS },
				{ key: 'in_fit', label: L('In the fit of a', '参与 a 的拟合'), values: YES_NO },
				{ key: 'n_star_median', label: L('N*, bootstrap median', 'N*（自助法中位数）'), format: (v) => count(v, 4) },
				{ key: 'log_sd', label: L('SD of ln N* (weight 1/SD²)', 'ln N* 的标准差（权重 1/SD²）'), format: (v) => fixed(v, 3) },
				{ key: 'value', label: L('Exponent a, this course', '指数 a（本课程）'), format: (v) => fixed(v, 3) },
				{ key: 'ci_lo', label: INTERVAL_LABELS.lo, format: (v) => fixed(v, 3) },
				{ key: 'ci_hi', label: INTERVAL_LABELS.hi, format: (v) => fixed(v, 3) },
				{ key: 'paper_a', label: L('Exponent a, paper (Table 1)', '指数 a（论文表 1）'), format: (v) => fixed(v, 3) },
				{ key: 'paper_lo', label: L('Paper’s 95% interval, low', '论文 95% 区间下限'), format: (v) => fixed(v, 2) },
				{ key: 'paper_hi', label: L('Paper’s 95% interval, high', '论文 95% 区间上限'), format: (v) => fixed(v, 2) },
			],
			rows,
			keyRows: (row) => row['series'] !== 'run',
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const config = state['config'] as string;
		const method = methodOf(state);
		const v = views(config, method);
		const curves = v.flatMap((b) => b.curve.map((p) => ({ ...p, c: b.budget })));
		const runs = data.rows.filter((r) => r['series'] === 'run');
		const minima = data.rows.filter((r) => r['series'] === 'minimum' && r['params_N'] !== '');
		// Before the bootstrap has run, a minimum inside the sampled sizes counts as in the fit.
		const inFit = (r: Record<string, unknown>) => (r['in_fit'] === '' ? r['status'] === 'interior' : r['in_fit'] === 'yes');
		const first = v.slice(0, 1).filter((b) => b.curve.length > 0);
		const last = v.slice(-1).filter((b) => b.minimum.nStar !== null);
		const exps = data.rows.filter((r) => r['series'] === 'exponent');
		const course = exps.filter((r) => r['value'] !== '');
		const paper = exps.map((r) => ({ ...r, value: r['paper_a']!, ci_lo: r['paper_lo']!, ci_hi: r['paper_hi']! }));
		const whoLabels = [zh ? '本课程' : 'This course', zh ? 'Porian 等（表 1）' : 'Porian et al. (Table 1)'];
		const row = (r: Record<string, unknown>) => SHORT[r['config'] as string]![lang];
		return [
			{
				marginLeft: 52,
				marginBottom: 36,
				x: { type: 'log', domain: X_DOMAIN, ticks: [1e6, 1e7, 1e8, 1e9], tickFormat: (n: number) => count(n), label: zh ? '参数量 N（对数坐标）' : 'Parameters N (log scale)' },
				y: { domain: Y_DOMAIN, grid: true, label: zh ? '损失（奈特/词元）' : 'Loss (nats/token)' },
				marks: [
					Plot.line(curves, { x: 'n', y: 'loss', z: 'c', stroke: 'currentColor', strokeOpacity: 0.45, clip: true }),
					Plot.dot(runs, { x: 'params_N', y: 'loss', r: 1.8, fill: 'currentColor', fillOpacity: 0.55, clip: true }),
					Plot.line(minima.filter(inFit), { x: 'params_N', y: 'loss', stroke: PALETTE[1], strokeDasharray: '4 3', clip: true }),
					Plot.dot(minima, { x: 'params_N', y: 'loss', r: 4, stroke: PALETTE[1], strokeWidth: 1.5, fill: (r: Record<string, unknown>) => (inFit(r) ? PALETTE[1] : 'var(--sl-color-bg, white)'), clip: true }),
					Plot.text(first, { x: (b: BudgetView) => b.curve[0]!.n, y: (b: BudgetView) => b.curve[0]!.loss, text: (b: BudgetView) => `${sci(b.budget, 3)} FLOPs`, textAnchor: 'start', dy: -12, fill: 'currentColor', clip: true }),
					Plot.text(last, { x: (b: BudgetView) => b.minimum.nStar, y: (b: BudgetView) => b.minimum.lossStar, text: (b: BudgetView) => `${sci(b.budget, 3)} FLOPs`, textAnchor: 'end', dx: 10, dy: 16, fill: 'currentColor', clip: true }),
				],
			},
			{
				height: 200,
				marginLeft: 96,
				marginBottom: 36,
				x: { domain: A_DOMAIN, ticks: [0.5, 0.6, 0.7, 0.8, 0.9], label: zh ? '指数 a（N* ∝ C^a）' : 'Exponent a (N* ∝ C^a)', grid: true },
				y: { domain: STEPS.map((s) => SHORT[s.id]![lang]), label: null },
				color: { domain: whoLabels, range: [PALETTE[0], PALETTE[1]], legend: true },
				marks: [
					Plot.ruleX([KAPLAN_A, CHINCHILLA_A], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '3 3' }),
					Plot.text([`Kaplan ${KAPLAN_A}`], { x: KAPLAN_A, frameAnchor: 'top', dx: 3, dy: -3, textAnchor: 'start', lineAnchor: 'bottom', fill: 'currentColor', fillOpacity: 0.8 }),
					Plot.text([`Chinchilla ≈ ${CHINCHILLA_A}`], { x: CHINCHILLA_A, frameAnchor: 'top', dx: -3, dy: -3, textAnchor: 'end', lineAnchor: 'bottom', fill: 'currentColor', fillOpacity: 0.8 }),
					Plot.barX([config], { x1: A_DOMAIN[0], x2: A_DOMAIN[1], y: (c: string) => SHORT[c]![lang], fill: 'currentColor', fillOpacity: 0.08 }),
					...[course, paper].flatMap((rows, i) => {
						const dy = i === 0 ? -5 : 5;
						const fill = whoLabels[i]!;
						return [
							Plot.ruleY(rows, { y: row, x1: 'ci_lo', x2: 'ci_hi', stroke: () => fill, strokeWidth: 2, dy }),
							Plot.dot(rows, { y: row, x: 'value', fill: () => fill, r: 3.5, symbol: i === 0 ? 'circle' : 'diamond', dy }),
						];
					}),
				],
			},
		];
	},
	describe(state, data, lang) {
		const zh = lang === 'zh-cn';
		const config = state['config'] as string;
		const row = data.rows.find((r) => r['series'] === 'exponent' && r['config'] === config)!;
		const ours = row['value'] === '' ? null : row;
		const minima = data.rows.filter((r) => r['series'] === 'minimum');
		const kept = minima.filter((r) => r['in_fit'] === 'yes').length;
		const name = CONFIG_LABELS[config]![lang];
		const p = `${fixed(row['paper_a'] as number, 3)} (${fixed(row['paper_lo'] as number, 2)}–${fixed(row['paper_hi'] as number, 2)})`;
		if (!ours) return zh ? `${name}：${minima.length} 个预算的等算力曲线；论文报告 a = ${p}，本课程的重新拟合仍在计算。` : `${name}: iso-FLOP curves at ${minima.length} budgets; the paper reports a = ${p}; the course’s refit is still running.`;
		const o = `${fixed(ours['value'] as number, 3)} (${fixed(ours['ci_lo'] as number, 3)}–${fixed(ours['ci_hi'] as number, 3)})`;
		return zh
			? `${name}：${minima.length} 个预算中有 ${kept} 个的最低点参与拟合，本课程得到 a = ${o}，论文报告 ${p}（括号内为 95% 区间）。`
			: `${name}: the minima of ${kept} of ${minima.length} budgets enter the fit; the course gets a = ${o}, the paper reports ${p} (95% intervals in parentheses).`;
	},
	readout(state, data, lang) {
		const zh = lang === 'zh-cn';
		const config = state['config'] as string;
		const row = data.rows.find((r) => r['series'] === 'exponent' && r['config'] === config)!;
		const ours = row['value'] === '' ? null : row;
		const minima = data.rows.filter((r) => r['series'] === 'minimum');
		const pending = zh ? '计算中…' : 'computing…';
		const kept = minima.filter((r) => r['in_fit'] === 'yes').length;
		return [
			{ label: zh ? `指数 a，本课程（${methodOf(state) === 'akima' ? 'Akima' : '抛物线'}）` : `Exponent a, this course (${methodOf(state) === 'akima' ? 'Akima' : 'parabola'})`, value: ours ? `${fixed(row['value'] as number, 3)} (95%: ${fixed(row['ci_lo'] as number, 3)}–${fixed(row['ci_hi'] as number, 3)})` : pending },
			{ label: zh ? '指数 a，论文表 1' : 'Exponent a, paper’s Table 1', value: `${fixed(row['paper_a'] as number, 3)} (95%: ${fixed(row['paper_lo'] as number, 2)}–${fixed(row['paper_hi'] as number, 2)})` },
			{ label: zh ? '参与拟合的预算' : 'Budgets in the fit', value: ours ? (zh ? `${minima.length} 个中的 ${kept} 个` : `${kept} of ${minima.length}`) : pending },
			{ label: zh ? '损失' : 'Loss', value: STEPS.find((s) => s.id === config)?.loss === 'train' ? (zh ? '平滑后的训练损失' : 'smoothed training loss') : zh ? '验证损失' : 'validation loss' },
		];
	},
});
