/**
 * The Chinchilla replication, live: the 245 training runs Besiroglu et al. (2024) extracted from
 * Hoffmann et al.'s Figure 4, with the fitted loss of a chosen parameter set along three iso-FLOP
 * budgets, the residuals the Huber objective sees, and the compute-optimal tokens per parameter
 * each set implies (with the course's own fit and its seeded bootstrap band).
 *
 * The fit and the bootstrap are computations (`compute`): the fit is a 4,500-point grid scoring
 * plus BFGS (25–30 ms of CPU, too slow for a redraw), the bootstrap one BFGS per resample. The fit
 * always starts from the grid, never from the previous state's optimum, so the same state gives the
 * same fit however the reader got there (the build's embedded result and a browser's agree).
 */
import * as Plot from '@observablehq/plot';
import { CHINCHILLA_RUNS } from '../../data/measured/chinchilla';
import type { Lang, Localized } from '../../data/schema';
import type { Interval } from '../../lib/fit/intervals';
import { count, fixed, plain, sci } from '../../lib/format';
import {
	bootstrapFits,
	bootstrapIntervals,
	budgetOf,
	type CompactBootstrap,
	compactBootstrap,
	DELTAS,
	fitOf,
	fitRuns,
	FRONTIER_BUDGETS,
	HIGHLIGHT_BUDGETS,
	isoCurve,
	logResidual,
	OUTLIERS,
	PUBLISHED_SETS,
	quantity,
	QUANTITIES,
	type Quantity,
	refit,
	type RefitResult,
	type SetName,
	tokensPerParamBand,
} from '../../lib/refit';
import { computeOptimal, type ChinchillaFit } from '../../lib/scaling';
import { huberObjective } from '../../lib/fit/objective';
import { formatFlops, INTERVAL_LABELS, L } from '../common';
import { PALETTE } from '../render';
import { type ComputeResults, defineFigure, type FigureState } from '../types';

const SET_LABELS: Record<SetName, Localized> = {
	hoffmann: L('Hoffmann et al., as published (rounded)', 'Hoffmann 等，论文公布值（已四舍五入）'),
	'hoffmann-tex': L('Hoffmann et al., unrounded', 'Hoffmann 等，未四舍五入的值'),
	besiroglu: L('Besiroglu et al., as reported', 'Besiroglu 等，论文报告值'),
	own: L('This course’s fit (live)', '本课程的拟合（实时）'),
};
/** Shorter names for legends and table cells. */
const SET_SHORT: Record<SetName, Localized> = {
	hoffmann: L('Hoffmann, as published', 'Hoffmann 公布值'),
	'hoffmann-tex': L('Hoffmann, unrounded', 'Hoffmann 未四舍五入'),
	besiroglu: L('Besiroglu, as reported', 'Besiroglu 报告值'),
	own: L('Course’s fit', '本课程拟合'),
};
const SETS = ['hoffmann', 'hoffmann-tex', 'besiroglu', 'own'] as const satisfies readonly SetName[];
const SET_COLORS: Record<SetName, string> = { hoffmann: PALETTE[3], 'hoffmann-tex': PALETTE[4], besiroglu: PALETTE[5], own: 'currentColor' };

const DELTA_LABELS: Record<string, Localized> = {
	'1e-6': L('10⁻⁶ (≈ absolute deviations)', '10⁻⁶（≈ 绝对偏差）'),
	'1e-4': L('10⁻⁴', '10⁻⁴'),
	'1e-3': L('10⁻³ (the papers’)', '10⁻³（两篇论文所用）'),
	'1e-2': L('10⁻²', '10⁻²'),
	inf: L('∞ (least squares)', '∞（最小二乘）'),
};
const deltaText = (key: string) => (key === 'inf' ? '∞' : `10${key === '1e-6' ? '⁻⁶' : key === '1e-4' ? '⁻⁴' : key === '1e-3' ? '⁻³' : '⁻²'}`);

const QUANTITY_LABELS: Record<Quantity | 'objective', Localized> = {
	E: L('E', 'E'),
	A: L('A', 'A'),
	B: L('B', 'B'),
	alpha: L('α', 'α'),
	beta: L('β', 'β'),
	a: L('β/(α+β), the exponent of N_opt', 'β/(α+β)，即 N_opt 的指数'),
	tokens_per_param: L('Compute-optimal tokens per parameter', '计算最优的每参数词元数'),
	objective: L('Huber objective on the fitted runs', '拟合所用数据点上的 Huber 目标函数值'),
};
const SERIES_LABELS: Record<string, Localized> = {
	estimate: L('Estimate', '估计值'),
	run: L('Training run', '训练运行'),
	dropped: L('Training run, left out', '训练运行（剔除）'),
	curve: L('Fitted iso-FLOP curve', '拟合的等算力曲线'),
	frontier: L('Tokens per parameter', '每参数词元数'),
};

/** The runs with everything a redraw needs, computed once. */
const RUNS = CHINCHILLA_RUNS;
const KEPT = new Set(fitRuns(RUNS, true));
const MAX_C = Math.max(...RUNS.map((r) => r.c));
/** Each highlighted budget's sampled N range (its curve is drawn a little beyond it, not across the axis). */
const CURVE_RANGES = HIGHLIGHT_BUDGETS.map((b) => {
	const ns = RUNS.filter((r) => budgetOf(r.c) === b).map((r) => r.n);
	return { c: b, lo: Math.min(...ns) / 1.5, hi: Math.max(...ns) * 1.5 };
});
const X_DOMAIN: [number, number] = [4e7, 2.5e10];
const Y_DOMAIN: [number, number] = [1.95, 5.2];
const R_DOMAIN: [number, number] = [-0.045, 0.055];
const T_DOMAIN: [number, number] = [2, 400];

const dropOutliers = (state: FigureState) => state['outliers'] !== 'keep';
const deltaOf = (state: FigureState) => DELTAS[state['delta'] as string] ?? 1e-3;
const seedOf = (state: FigureState) => Math.max(1, Math.round(state['seed'] as number));
const resamplesOf = (state: FigureState) => (state['boot'] === 'off' ? 0 : Number(state['boot']));

/** What the bootstrap gives, derived once per result (its intervals at a budget, once per budget). */
const derived = new WeakMap<CompactBootstrap, { fits: ChinchillaFit[]; band: ReturnType<typeof tokensPerParamBand>; at: Map<number, Record<Quantity, Interval>> }>();
function fromBootstrap(boot: CompactBootstrap, c: number) {
	let d = derived.get(boot);
	if (!d) {
		const fits = bootstrapFits(boot);
		d = { fits, band: tokensPerParamBand(fits), at: new Map() };
		derived.set(boot, d);
	}
	let intervals = d.at.get(c);
	if (!intervals) {
		intervals = bootstrapIntervals(d.fits, c);
		d.at.set(c, intervals);
	}
	return { band: d.band, intervals };
}

function results(state: FigureState, computed: ComputeResults | undefined) {
	const fit = computed?.['fit'] as RefitResult | undefined;
	const boot = computed?.['bootstrap'] as CompactBootstrap | null | undefined;
	const own = fit ? fitOf(fit) : null;
	const set = state['set'] as SetName;
	const shown = set === 'own' ? own : PUBLISHED_SETS[set];
	return { fit, own, boot: boot ?? null, set, shown };
}

/** "200 of 200 converged" from the data's meta. */
function converged(meta: Readonly<Record<string, unknown>> | undefined, lang: Lang): string {
	const k = meta?.['converged'] as number | null;
	const n = meta?.['resamples'] as number | null;
	if (k == null || n == null) return '';
	return lang === 'zh-cn' ? `${n} 次中 ${k} 次收敛` : `${k} of ${n} converged`;
}

/** The note under the tokens-per-parameter band: what it is, or that there is none (off, running or cancelled). */
function bandNote(state: FigureState, drawn: boolean, lang: Lang): string {
	const n = resamplesOf(state);
	const zh = lang === 'zh-cn';
	if (n === 0) return zh ? '未做自助法' : 'no bootstrap';
	const count = n.toLocaleString('en-US');
	if (!drawn) return zh ? `暂无灰带（${count} 次重抽样，种子 ${seedOf(state)}）` : `no band yet (${count} refits, seed ${seedOf(state)})`;
	return zh ? `灰带：${count} 次重抽样的 95%（种子 ${seedOf(state)}）` : `band: 95% of ${count} refits (seed ${seedOf(state)})`;
}

const bootLabel = (state: FigureState, lang: Lang) => {
	const n = resamplesOf(state).toLocaleString('en-US');
	return lang === 'zh-cn' ? `自助法：${n} 次重新拟合（种子 ${seedOf(state)}）` : `Bootstrap: ${n} refits (seed ${seedOf(state)})`;
};

export default defineFigure({
	id: 'chinchilla-refit',
	title: L('Refitting Chinchilla: 245 runs, four parameter sets', '重新拟合 Chinchilla：245 次训练、四组参数'),
	caption: L(
		'Top: the final loss of 245 training runs against model size, as Besiroglu et al. extracted them from Hoffmann et al.’s Figure 4 (measured, read off a published figure). Runs within ±26% of 10¹⁹, 10²⁰ and 10²¹ FLOPs are coloured, with the chosen parameter set’s fitted loss along those budgets (C = 6ND); × marks the five highest losses, which the replication leaves out. Middle: residuals ln(measured/fitted) on the same runs; the shaded strip is ±δ, inside which the Huber objective is quadratic and outside which it grows linearly; triangles are off the scale. Bottom: the compute-optimal tokens per parameter each set implies, a value of the fitted formula, with the 95% band of the course’s bootstrap; beyond the largest run (1.3×10²² FLOPs) it is extrapolation.',
		'上图：245 次训练的最终损失与模型参数量的关系，由 Besiroglu 等人从 Hoffmann 等人论文的图 4 中提取（实测值，读自已发表的图）。算力在 10¹⁹、10²⁰、10²¹ FLOPs 上下 26% 以内的点着色，并画出所选参数在这三个预算上的拟合损失（C = 6ND）；× 标出损失最高的 5 个点，复现研究把它们剔除。中图：同一批点的对数残差，即实测损失的对数减去拟合损失的对数；阴影带为 ±δ，带内 Huber 目标函数按平方增长，带外按线性增长；三角形表示超出坐标范围。下图：各组参数推出的计算最优每参数词元数（拟合公式的计算值），以及本课程自助法的 95% 区间带；超过最大一次训练（1.3×10²² FLOPs）的部分属于外推。',
	),
	sources: [
		{ k: 'hoffmann2022', at: 'Fig. 4; §3.3; App. D.2, eq. 10' },
		{ k: 'besiroglu2024', at: 'refit of Approach 3' },
	],
	datasets: ['chinchilla-fig4'],
	fitted: true,
	params: [
		{ kind: 'choice', name: 'set', label: L('Parameters shown', '显示的参数'), default: 'own', options: SETS.map((s) => ({ value: s, label: SET_LABELS[s] })) },
		{
			kind: 'choice',
			name: 'outliers',
			label: L('Highest losses', '损失最高的点'),
			default: 'drop',
			options: [
				{ value: 'drop', label: L(`Leave out ${OUTLIERS} (as the replication)`, `剔除 ${OUTLIERS} 个（同复现研究）`) },
				{ value: 'keep', label: L(`Keep all ${RUNS.length}`, `保留全部 ${RUNS.length} 个`) },
			],
		},
		{ kind: 'choice', name: 'delta', label: L('Huber δ', 'Huber δ'), default: '1e-3', options: Object.keys(DELTAS).map((k) => ({ value: k, label: DELTA_LABELS[k]! })) },
		{
			kind: 'choice',
			name: 'boot',
			label: L('Bootstrap resamples', '自助法重抽样次数'),
			default: '200',
			options: [
				{ value: '200', label: L('200', '200') },
				{ value: '1000', label: L('1,000', '1,000') },
				{ value: 'off', label: L('None', '不做') },
			],
		},
		{ kind: 'number', name: 'seed', label: L('Seed', '随机种子'), min: 1, max: 999999, default: 2024, format: (v) => String(Math.max(1, Math.round(v))) },
		{ kind: 'range', name: 'C', label: L('Budget for tokens per parameter', '每参数词元数所取的预算'), min: 1e19, max: 1e26, step: 0.05, log: true, default: 5.76e23, format: (v) => formatFlops(v) },
	],
	compute: [
		{
			name: 'fit',
			key: (state) => `${state['outliers']}/${state['delta']}`,
			label: (state, lang) => {
				const n = fitRuns(RUNS, dropOutliers(state)).length;
				return lang === 'zh-cn' ? `拟合 ${n} 个点（δ = ${deltaText(state['delta'] as string)}）` : `Fitting ${n} runs (δ = ${deltaText(state['delta'] as string)})`;
			},
			*run(state) {
				yield 0;
				return refit(fitRuns(RUNS, dropOutliers(state)), deltaOf(state));
			},
		},
		{
			name: 'bootstrap',
			key: (state) => `${state['outliers']}/${state['delta']}/${resamplesOf(state)}/${resamplesOf(state) ? seedOf(state) : 0}`,
			label: bootLabel,
			*run(state) {
				const resamples = resamplesOf(state);
				if (resamples === 0) return null;
				return yield* compactBootstrap(fitRuns(RUNS, dropOutliers(state)), { resamples, seed: seedOf(state), delta: deltaOf(state) });
			},
		},
	],
	data(state, computed) {
		const { own, boot, set, shown } = results(state, computed);
		const c = state['C'] as number;
		const drop = dropOutliers(state);
		const used = drop ? RUNS.filter((r) => KEPT.has(r)) : RUNS;
		const delta = deltaOf(state);
		const fromBoot = boot ? fromBootstrap(boot, c) : null;
		const rows: Record<string, number | string>[] = [];
		const estimates = (name: SetName, fit: ChinchillaFit, withIntervals: boolean) => {
			for (const q of QUANTITIES) {
				const ci = withIntervals ? fromBoot?.intervals[q] : undefined;
				rows.push({ series: 'estimate', set: name, quantity: q, flops_C: q === 'tokens_per_param' ? c : '', value: quantity(fit, q, c), ci_lo: ci?.lo ?? '', ci_hi: ci?.hi ?? '' });
			}
			rows.push({ series: 'estimate', set: name, quantity: 'objective', value: huberObjective(fit, used, delta), ci_lo: '', ci_hi: '' });
		};
		if (shown) estimates(set, shown, set === 'own');
		if (set !== 'own' && own) estimates('own', own, true);
		for (const r of RUNS) {
			const fitted = shown ? Math.exp(Math.log(r.loss) - logResidual(shown, r)) : '';
			rows.push({
				series: drop && !KEPT.has(r) ? 'dropped' : 'run',
				params_N: r.n,
				tokens_D: r.d,
				flops_C: r.c,
				loss_nats: r.loss,
				fitted_loss: fitted,
				log_residual: shown ? logResidual(shown, r) : '',
			});
		}
		if (shown) {
			for (const range of CURVE_RANGES) {
				for (const p of isoCurve(shown, range.c, range.lo, range.hi)) rows.push({ series: 'curve', set, params_N: p.n, tokens_D: p.d, flops_C: range.c, fitted_loss: p.loss });
			}
		}
		for (const name of SETS) {
			const fit = name === 'own' ? own : PUBLISHED_SETS[name];
			if (!fit) continue;
			FRONTIER_BUDGETS.forEach((cc, i) => {
				const band = name === 'own' ? fromBoot?.band[i] : undefined;
				rows.push({ series: 'frontier', set: name, flops_C: cc, value: computeOptimal(fit, cc).tokensPerParam, ci_lo: band?.lo ?? '', ci_hi: band?.hi ?? '' });
			});
		}
		const num = (v: number) => plain(v, 4);
		return {
			columns: [
				{ key: 'series', label: L('Series', '系列'), values: SERIES_LABELS },
				{ key: 'set', label: L('Parameter set', '参数组'), values: SET_SHORT },
				{ key: 'quantity', label: L('Quantity', '量'), values: QUANTITY_LABELS },
				{ key: 'params_N', label: L('Parameters N', '参数量 N'), format: (v) => count(v, 4) },
				{ key: 'tokens_D', label: L('Tokens D = C/(6N)', '词元数 D = C/(6N)'), format: (v) => count(v, 4) },
				{ key: 'flops_C', label: L('Compute C (FLOPs)', '算力 C（FLOPs）'), format: (v) => sci(v, 3) },
				{ key: 'loss_nats', label: L('Measured loss (nats/token)', '实测损失（奈特/词元）'), format: (v) => fixed(v, 4) },
				{ key: 'fitted_loss', label: L('Fitted loss (nats/token)', '拟合损失（奈特/词元）'), format: (v) => fixed(v, 4) },
				{ key: 'log_residual', label: L('ln(measured/fitted)', '对数残差'), format: (v) => fixed(v, 4) },
				{ key: 'value', label: L('Value', '数值'), format: num },
				{ key: 'ci_lo', label: INTERVAL_LABELS.lo, format: num },
				{ key: 'ci_hi', label: INTERVAL_LABELS.hi, format: num },
			],
			rows,
			keyRows: (row) => row['series'] === 'estimate' || row['series'] === 'dropped',
			meta: { converged: boot?.converged ?? null, resamples: boot?.resamples ?? null },
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const set = state['set'] as SetName;
		const delta = deltaOf(state);
		const budgetLabel = (b: number | null) => (b === null ? (zh ? '其他预算' : 'other budgets') : `C ≈ ${sci(b)}`);
		const runs = data.rows.filter((r) => r['series'] === 'run' || r['series'] === 'dropped');
		const kept = runs.filter((r) => r['series'] === 'run');
		const coloured = kept.filter((r) => budgetOf(r['flops_C'] as number) !== null);
		const grey = kept.filter((r) => budgetOf(r['flops_C'] as number) === null);
		const dropped = runs.filter((r) => r['series'] === 'dropped');
		const curves = data.rows.filter((r) => r['series'] === 'curve');
		const budgetColor = { domain: [...HIGHLIGHT_BUDGETS.map(budgetLabel), budgetLabel(null)], range: [PALETTE[0], PALETTE[1], PALETTE[2], 'var(--fig-muted)'], legend: true };
		const group = (r: Record<string, unknown>) => budgetLabel(budgetOf(r['flops_C'] as number));
		const resid = runs.filter((r) => r['log_residual'] !== '' && r['series'] === 'run');
		const clamp = (v: number) => Math.min(R_DOMAIN[1], Math.max(R_DOMAIN[0], v));
		const onScale = resid.filter((r) => clamp(r['log_residual'] as number) === r['log_residual']);
		const offScale = resid.filter((r) => clamp(r['log_residual'] as number) !== r['log_residual']);
		const frontier = data.rows.filter((r) => r['series'] === 'frontier');
		const band = frontier.filter((r) => r['set'] === 'own' && r['ci_lo'] !== '');
		const xN = { type: 'log' as const, domain: X_DOMAIN, ticks: [1e8, 1e9, 1e10], tickFormat: (v: number) => count(v) };
		return [
			{
				marginLeft: 52,
				marginBottom: 36,
				x: { ...xN, label: zh ? '参数量 N（对数坐标）' : 'Parameters N (log scale)' },
				y: { type: 'log', domain: Y_DOMAIN, ticks: [2, 2.5, 3, 4, 5], tickFormat: (v: number) => String(v), grid: true, label: zh ? '损失（奈特/词元）' : 'Loss (nats/token)' },
				color: budgetColor,
				marks: [
					Plot.dot(grey, { x: 'params_N', y: 'loss_nats', r: 2, fill: group, fillOpacity: 0.5, clip: true }),
					Plot.line(curves, { x: 'params_N', y: 'fitted_loss', z: 'flops_C', stroke: group, strokeWidth: 1.5, clip: true }),
					Plot.dot(coloured, { x: 'params_N', y: 'loss_nats', r: 2.6, fill: group, clip: true }),
					Plot.dot(dropped, { x: 'params_N', y: 'loss_nats', r: 4, symbol: 'times', stroke: 'currentColor', clip: true }),
				],
			},
			{
				height: 160,
				marginLeft: 52,
				marginBottom: 36,
				x: { ...xN, label: zh ? '参数量 N' : 'Parameters N' },
				y: { domain: R_DOMAIN, ticks: [-0.04, -0.02, 0, 0.02, 0.04], tickFormat: (v: number) => (v === 0 ? '0' : `${v < 0 ? '−' : '+'}${Math.abs(v).toFixed(2)}`), label: zh ? '对数残差（实测对拟合）' : 'ln(measured/fitted)' },
				color: { domain: budgetColor.domain, range: budgetColor.range },
				marks: [
					Plot.rect([Math.min(delta, 1)], { x1: X_DOMAIN[0], x2: X_DOMAIN[1], y1: (d: number) => -d, y2: (d: number) => d, fill: 'currentColor', fillOpacity: 0.14, clip: true }),
					Plot.ruleY([0], { stroke: 'currentColor', strokeOpacity: 0.5 }),
					Plot.dot(onScale, { x: 'params_N', y: 'log_residual', r: 2, fill: group }),
					Plot.dot(offScale, { x: 'params_N', y: (r: Record<string, number>) => clamp(r['log_residual']!), r: 3.5, symbol: 'triangle', fill: group }),
				],
			},
			{
				height: 210,
				marginLeft: 52,
				marginBottom: 36,
				x: { type: 'log', domain: [FRONTIER_BUDGETS[0]!, FRONTIER_BUDGETS.at(-1)!], ticks: [1e18, 1e20, 1e22, 1e24, 1e26], tickFormat: (v: number) => sci(v), label: zh ? '算力预算 C（FLOPs）' : 'Compute budget C (FLOPs)' },
				y: { type: 'log', domain: T_DOMAIN, ticks: [2, 10, 20, 100, 200], tickFormat: (v: number) => String(v), grid: true, label: zh ? '每参数词元数（拟合值）' : 'Tokens per parameter (fitted)' },
				color: { domain: SETS.map((s) => SET_SHORT[s][lang]), range: SETS.map((s) => SET_COLORS[s]), legend: true },
				marks: [
					Plot.rect([MAX_C], { x1: (v: number) => v, x2: FRONTIER_BUDGETS.at(-1)!, y1: T_DOMAIN[0], y2: T_DOMAIN[1], fill: 'var(--fig-extrapolated)' }),
					Plot.text([zh ? '外推' : 'extrapolation'], { x: 1e24, y: T_DOMAIN[1], dy: 10, fill: 'currentColor', fillOpacity: 0.75 }),
					Plot.ruleY([20], { stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '3 3' }),
					Plot.areaY(band, { x: 'flops_C', y1: 'ci_lo', y2: 'ci_hi', fill: 'currentColor', fillOpacity: 0.16, clip: true }),
					...[false, true].map((selected) =>
						Plot.line(
							frontier.filter((r) => (r['set'] === set) === selected),
							{ x: 'flops_C', y: 'value', z: 'set', stroke: (r: Record<string, string>) => SET_SHORT[r['set'] as SetName][lang], strokeWidth: selected ? 3 : 1.5, clip: true },
						),
					),
					Plot.ruleX([state['C'] as number], { stroke: 'currentColor', strokeOpacity: 0.7 }),
					// What the band is (and, until the bootstrap has run, that it is coming).
					Plot.text([bandNote(state, band.length > 0, lang)], { frameAnchor: 'bottom-left', dx: 6, dy: -6, textAnchor: 'start', fill: 'currentColor', fillOpacity: 0.8 }),
				],
			},
		];
	},
	describe(state, data, lang) {
		const zh = lang === 'zh-cn';
		const set = state['set'] as SetName;
		const est = (q: string, name: SetName = set) => data.rows.find((r) => r['series'] === 'estimate' && r['set'] === name && r['quantity'] === q);
		const tpp = est('tokens_per_param');
		const obj = est('objective');
		const kept = data.rows.filter((r) => r['series'] === 'run').length;
		const c = sci(state['C'] as number);
		if (!tpp || !obj) {
			return zh ? `${kept} 个训练点的损失与参数量；本课程的拟合仍在计算。` : `Loss against parameters for ${kept} training runs; the course’s fit is still being computed.`;
		}
		const interval = tpp['ci_lo'] !== '' ? (zh ? `（95% 区间 ${plain(tpp['ci_lo'] as number, 3)}–${plain(tpp['ci_hi'] as number, 3)}）` : ` (95% interval ${plain(tpp['ci_lo'] as number, 3)}–${plain(tpp['ci_hi'] as number, 3)})`) : '';
		return zh
			? `${SET_LABELS[set][lang]}：在 ${kept} 个拟合点上的 Huber 目标函数值为 ${plain(obj['value'] as number, 4)}；在 ${c} FLOPs 下，计算最优约为每参数 ${plain(tpp['value'] as number, 3)} 个词元${interval}。`
			: `${SET_LABELS[set][lang]}: Huber objective ${plain(obj['value'] as number, 4)} on the ${kept} fitted runs; at ${c} FLOPs the compute-optimal split is about ${plain(tpp['value'] as number, 3)} tokens per parameter${interval}.`;
	},
	readout(state, data, lang) {
		const zh = lang === 'zh-cn';
		const set = state['set'] as SetName;
		const c = state['C'] as number;
		const est = (q: string, name: SetName) => data.rows.find((r) => r['series'] === 'estimate' && r['set'] === name && r['quantity'] === q);
		const pending = zh ? '计算中…' : 'computing…';
		const withCi = (row: Record<string, number | string> | undefined, digits: number) => {
			if (!row) return pending;
			const v = plain(row['value'] as number, digits);
			return row['ci_lo'] === '' ? v : `${v} (95%: ${plain(row['ci_lo'] as number, digits)}–${plain(row['ci_hi'] as number, digits)})`;
		};
		const params = (['E', 'A', 'B', 'alpha', 'beta'] as const).map((q) => {
			const row = est(q, set);
			return row ? `${QUANTITY_LABELS[q][lang]} ${plain(row['value'] as number, 5)}` : '';
		});
		const extrapolated = c > MAX_C ? (zh ? '（外推）' : ' (extrapolated)') : '';
		const n = data.rows.filter((r) => r['series'] === 'run').length;
		const items = [
			{ label: SET_LABELS[set][lang], value: params.every(Boolean) ? params.join(' · ') : pending },
			{ label: zh ? `Huber 目标函数（δ = ${deltaText(state['delta'] as string)}，${n} 个点）` : `Huber objective (δ = ${deltaText(state['delta'] as string)}, ${n} runs)`, value: est('objective', set) ? plain(est('objective', set)!['value'] as number, 4) : pending },
			{ label: zh ? '指数 a = β/(α+β)' : 'Exponent a = β/(α+β)', value: withCi(est('a', set), 3) },
			{ label: zh ? `${sci(c)} FLOPs 下的每参数词元数${extrapolated}` : `Tokens per parameter at ${sci(c)} FLOPs${extrapolated}`, value: withCi(est('tokens_per_param', set), 3) },
		];
		if (set !== 'own') {
			items.push({
				label: zh ? '对照：本课程的拟合' : 'For comparison, the course’s fit',
				value: est('a', 'own') ? `a ${withCi(est('a', 'own'), 3)} · ${zh ? '每参数词元' : 'tokens/param'} ${withCi(est('tokens_per_param', 'own'), 3)}` : pending,
			});
		}
		const resamples = resamplesOf(state);
		const own = (q: string) => data.rows.find((r) => r['series'] === 'estimate' && r['set'] === 'own' && r['quantity'] === q && r['ci_lo'] !== '');
		const range = (q: Quantity, digits: number) => {
			const row = own(q);
			return row ? `${QUANTITY_LABELS[q][lang]} ${plain(row['ci_lo'] as number, digits)}–${plain(row['ci_hi'] as number, digits)}` : '';
		};
		items.push({
			label: resamples ? bootLabel(state, lang) : zh ? '自助法' : 'Bootstrap',
			value: !resamples ? (zh ? '未运行' : 'off') : own('E') ? [range('E', 3), range('alpha', 3), range('beta', 3), converged(data.meta, lang)].join(' · ') : pending,
		});
		return items;
	},
});
