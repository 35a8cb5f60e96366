/**
 * Schaeffer et al. (2023)'s argument in one picture: the same smoothly improving model, scored by
 * exact match (p^L) and by token edit distance (L(1 − p)). One stays near zero and then climbs, the
 * other falls steadily from the start. An illustration of the paper's model, not measured data.
 *
 * (In this model p^L = exp(−L·(N/c)^−α) is the per-token curve p moved to larger N by
 * log10(L)/α decades, so a longer answer delays the climb rather than changing its shape.)
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../data/schema';
import { count, fixed, logspace } from '../../lib/format';
import { exactMatch, MIRAGE_N_RANGE, MIRAGE_TOY, sizeForExactMatch, tokenAccuracy, tokenEditDistance, tokenLoss } from '../../lib/mirage';
import { L } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureData, type FigureState } from '../types';

type Metric = 'exact' | 'edit';

const SAMPLES = 41;
const MARKER = 'exact match = 50%';
/** Where the dotted per-token curve gets its label (the label sits above and left of the curve). */
const LABEL_P_AT = 1e9;

const lengthOf = (state: FigureState) => state['L'] as number;
const metricOf = (state: FigureState) => state['metric'] as Metric;
const tokens = (v: number, lang: Lang) => (lang === 'zh-cn' ? `${v} 个词元` : v === 1 ? '1 token' : `${v} tokens`);

function rowAt(n: number, length: number, marker = '') {
	const p = tokenAccuracy(n);
	return {
		params: n,
		loss_ce_nats: tokenLoss(n),
		token_acc_pct: 100 * p,
		exact_match_pct: 100 * exactMatch(p, length),
		edit_distance_tokens: tokenEditDistance(p, length),
		marker,
	};
}

const num = (row: Record<string, number | string> | undefined, key: string) => (row?.[key] as number | undefined) ?? Number.NaN;
/** Percentages in prose: two decimals below 1% so that 0.01% does not print as 0.0%. */
const pctText = (v: number) => `${fixed(v, v < 1 ? 2 : 1)}%`;
const markerRow = (data: FigureData) => data.rows.find((r) => r['marker'] === MARKER);

export default defineFigure({
	id: 'metric-mirage',
	title: L('One model, two metrics: exact match vs token edit distance', '同一个模型，两种指标：精确匹配与词元编辑距离'),
	caption: L(
		'An illustration of the model in Schaeffer et al. §2, not measured data. The per-token cross-entropy falls as a power law in the parameter count N, L_CE = (N/c)^−α, with illustrative values c = 8×10⁶ and α = 0.4 (not fitted to any model), chosen so that the per-token accuracy p = exp(−L_CE) rises smoothly from about 40% at 10M parameters to 99% at 1T. The same outputs are then scored in two ways. The exact-match panel scores an answer as right only if all L of its tokens are right, which happens with probability p^L (assuming, as the paper does, that tokens are independent). It stays near zero for the smallest models and then climbs, while the per-token accuracy (dotted) has been rising all along; the longer the answer, the later the climb. With only a few model sizes tested, that can look like a sudden, unpredictable jump. The edit-distance panel shows the expected token edit distance L(1 − p), the number of wrong tokens, which falls steadily and predictably from the smallest size on. The dashed line marks the size at which exact match reaches 50%. Schaeffer et al. argue that many claimed emergent abilities come from nonlinear or discontinuous metrics like exact match; they do not claim that no ability can be emergent.',
		'这是 Schaeffer 等人第 2 节所述模型的示意图，并非实测数据。每词元交叉熵随参数量 N 按幂律下降：L_CE = (N/c)^−α，这里取示意值 c = 8×10⁶、α = 0.4（并非对任何模型的拟合），使每词元准确率 p = exp(−L_CE) 从 1000 万参数时的约 40% 平滑上升到 1 万亿参数时的 99%。然后用两种方式给同样的输出打分。精确匹配面板只在答案的 L 个词元全部正确时才算对，其概率为 p^L（与论文一样，假设各词元相互独立）。它在最小的模型上接近于零，随后才上升，而每词元准确率（点线）一直在上升；答案越长，上升得越晚。如果只测试少数几个规模，这看起来就像一次突然、不可预测的跃升。编辑距离面板显示期望词元编辑距离 L(1 − p)，即答错的词元数，从最小规模起就平稳、可预测地下降。虚线标出精确匹配达到 50% 时的规模。Schaeffer 等人认为，许多所谓的涌现能力源于精确匹配这类非线性或不连续的指标；但他们并没有断言任何能力都不可能涌现。',
	),
	sources: [{ k: 'schaeffer2023', at: '§2' }],
	illustration: { en: 'Illustration of a model, not measured data', 'zh-cn': '模型示意，并非实测数据' },
	params: [
		{ kind: 'range', name: 'L', label: L('Answer length L', '答案长度 L'), min: 1, max: 10, step: 1, default: 5, format: (v, lang) => tokens(v, lang) },
		{
			kind: 'choice',
			name: 'metric',
			label: L('Emphasised metric', '突出显示的指标'),
			default: 'exact',
			options: [
				{ value: 'exact', label: L('Exact match', '精确匹配') },
				{ value: 'edit', label: L('Token edit distance', '词元编辑距离') },
			],
		},
	],
	data(state) {
		const length = lengthOf(state);
		// The size at which exact match reaches 50% is a sample point, so the marker lies on both curves.
		const n50 = sizeForExactMatch(0.5, length);
		const rows = logspace(MIRAGE_N_RANGE[0], MIRAGE_N_RANGE[1], SAMPLES).map((n) => rowAt(n, length));
		rows.push(rowAt(n50, length, MARKER));
		rows.sort((a, b) => a.params - b.params);
		return {
			columns: [
				{ key: 'params', label: L('Parameters N', '参数量 N'), format: (v) => count(v) },
				{ key: 'loss_ce_nats', label: L('Per-token cross-entropy (nats)', '每词元交叉熵（奈特）'), format: (v) => fixed(v, 3) },
				{ key: 'token_acc_pct', label: L('Per-token accuracy p (%)', '每词元准确率 p（%）'), format: (v) => fixed(v, 1) },
				{ key: 'exact_match_pct', label: L('Exact match p^L (%)', '精确匹配 p^L（%）'), format: (v) => fixed(v, 1) },
				{ key: 'edit_distance_tokens', label: L('Token edit distance L(1 − p) (tokens)', '词元编辑距离 L(1 − p)（词元）'), format: (v) => fixed(v, 2) },
				{ key: 'marker', label: L('Marker', '标记'), values: { [MARKER]: L('Exact match = 50%', '精确匹配 = 50%') } },
			],
			rows,
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const length = lengthOf(state);
		const metric = metricOf(state);
		const n50 = num(markerRow(data), 'params');
		const curve = data.rows;
		const style = (m: Metric) => (m === metric ? { stroke: PALETTE[0], strokeWidth: 3 } : { stroke: 'var(--fig-muted)', strokeWidth: 2 });
		const heading = (m: Metric, text: string) =>
			Plot.text([text], { frameAnchor: 'top-right', lineAnchor: 'bottom', dy: -8, textAnchor: 'end', fontSize: 13, fontWeight: m === metric ? 700 : 400, fill: 'currentColor' });
		const x = {
			type: 'log' as const,
			domain: [...MIRAGE_N_RANGE],
			label: zh ? '参数量 N（对数坐标）' : 'Parameters N (log scale)',
			tickFormat: (v: number) => count(v),
		};
		const marker = (y: number) => [
			Plot.ruleX([n50], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '4 3' }),
			Plot.dot([{ n: n50, y }], { x: 'n', y: 'y', r: 4, fill: 'currentColor' }),
		];
		const exactTitle = zh
			? `精确匹配（${length === 1 ? '1 个词元正确' : `${length} 个词元全部正确`}，p^L）`
			: `Exact match (${length === 1 ? 'the one token right' : `all ${length} tokens right`}, p^L)`;
		const editTitle = zh ? '词元编辑距离 L(1 − p)（越低越好）' : 'Token edit distance L(1 − p) (lower is better)';
		return [
			{
				height: 316,
				marginTop: 50,
				marginLeft: 48,
				marginRight: 20,
				marginBottom: 40,
				x,
				y: { domain: [0, 100], label: zh ? '精确匹配准确率（%）' : 'Exact-match accuracy (%)', grid: true },
				marks: [
					heading('exact', exactTitle),
					Plot.ruleY([0]),
					Plot.lineY(curve, { x: 'params', y: 'token_acc_pct', stroke: 'currentColor', strokeOpacity: 0.55, strokeDasharray: '2 3', strokeWidth: 1.5, clip: true }),
					// With one-token answers the dotted curve lies under the exact-match curve: no separate label.
					Plot.text(length === 1 ? [] : [zh ? '每词元准确率 p（点线）' : 'per-token accuracy p (dotted)'], { x: LABEL_P_AT, y: 100 * tokenAccuracy(LABEL_P_AT), dx: -4, dy: -9, textAnchor: 'end', fontSize: 11, fill: 'currentColor', fillOpacity: 0.8 }),
					Plot.lineY(curve, { x: 'params', y: 'exact_match_pct', ...style('exact'), clip: true }),
					...marker(50),
					Plot.text([zh ? `精确匹配 50%：N ≈ ${count(n50, 2)}` : `exact match 50%: N ≈ ${count(n50, 2)}`], { x: n50, y: 50, dx: 7, dy: 12, textAnchor: 'start', fontSize: 11, fill: 'currentColor' }),
				],
			},
			{
				height: 316,
				marginTop: 50,
				marginLeft: 48,
				marginRight: 20,
				marginBottom: 40,
				x,
				y: { domain: [0, length], label: zh ? `期望词元编辑距离（词元，最多 ${length}）` : `Expected token edit distance (tokens, of ${length})`, grid: true },
				marks: [
					heading('edit', editTitle),
					Plot.ruleY([0]),
					Plot.lineY(curve, { x: 'params', y: 'edit_distance_tokens', ...style('edit'), clip: true }),
					...marker(num(markerRow(data), 'edit_distance_tokens')),
				],
			},
		];
	},
	describe(state, data, lang) {
		const zh = lang === 'zh-cn';
		const length = lengthOf(state);
		const first = data.rows[0];
		const last = data.rows.at(-1);
		const mark = markerRow(data);
		const n0 = count(num(first, 'params'));
		const n1 = count(num(last, 'params'));
		const n50 = count(num(mark, 'params'), 2);
		const p0 = fixed(num(first, 'token_acc_pct'), 0);
		const p1 = fixed(num(last, 'token_acc_pct'), 0);
		const prefix = zh
			? `Schaeffer 等人模型的示意（非实测），答案长度 ${tokens(length, lang)}：每词元准确率从 ${n0} 参数时的 ${p0}% 平滑升到 ${n1} 时的 ${p1}%。`
			: `Illustration of Schaeffer et al.’s model (not measured data), answers of ${tokens(length, lang)}: per-token accuracy rises smoothly from ${p0}% at ${n0} parameters to ${p1}% at ${n1}.`;
		if (metricOf(state) === 'exact') {
			const e0 = pctText(num(first, 'exact_match_pct'));
			const e1 = pctText(num(last, 'exact_match_pct'));
			if (length === 1)
				return zh
					? `${prefix}答案只有 1 个词元时，精确匹配就等于每词元准确率，同样平滑地从 ${e0} 升到 ${e1}。`
					: `${prefix} With one-token answers exact match equals the per-token accuracy and rises just as smoothly, from ${e0} to ${e1}.`;
			const nearZero = num(first, 'exact_match_pct') < 5;
			return zh
				? `${prefix}精确匹配（p^${length}）起点更低、上升更晚：${n0} 时为 ${e0}，约 ${n50} 参数时才达到 50%，${n1} 时为 ${e1}${nearZero ? '；如果只测试少数几个规模，这看起来像突然涌现' : ''}。`
				: `${prefix} Exact match (p^${length}) starts lower and climbs later: ${e0} at ${n0}, 50% only at about ${n50} parameters, ${e1} at ${n1}${nearZero ? '; with only a few sizes tested, this looks like sudden emergence' : ''}.`;
		}
		const d0 = fixed(num(first, 'edit_distance_tokens'), 2);
		const d1 = fixed(num(last, 'edit_distance_tokens'), 2);
		const d50 = fixed(num(mark, 'edit_distance_tokens'), 2);
		return zh
			? `${prefix}同样的输出按词元编辑距离 L(1 − p)（L = ${length}）计分，则从 ${d0} 个错词元平稳降到 ${d1} 个，没有跃变；在精确匹配达到 50% 的规模（约 ${n50}）处，编辑距离已降到 ${d50}。`
			: `${prefix} Scored by token edit distance L(1 − p) (L = ${length}), the same outputs improve steadily from ${d0} wrong tokens to ${d1}, with no jump; where exact match reaches 50% (about ${n50}), the edit distance is already down to ${d50}.`;
	},
	readout(_state, data, lang) {
		const zh = lang === 'zh-cn';
		const mark = markerRow(data);
		const first = data.rows[0];
		const last = data.rows.at(-1);
		return [
			{ label: zh ? '示意参数' : 'Illustrative constants', value: `c = ${count(MIRAGE_TOY.c)}, α = ${MIRAGE_TOY.alpha}` },
			{ label: zh ? '精确匹配达到 50% 的规模' : 'Exact match reaches 50% at', value: `N ≈ ${count(num(mark, 'params'), 2)}` },
			{
				label: zh ? `精确匹配：${count(num(first, 'params'))} → ${count(num(last, 'params'))}` : `Exact match: ${count(num(first, 'params'))} → ${count(num(last, 'params'))}`,
				value: `${pctText(num(first, 'exact_match_pct'))} → ${pctText(num(last, 'exact_match_pct'))}`,
			},
			{ label: zh ? '该规模下的词元编辑距离' : 'Token edit distance at that size', value: zh ? `${fixed(num(mark, 'edit_distance_tokens'), 2)} 个词元` : `${fixed(num(mark, 'edit_distance_tokens'), 2)} tokens` },
		];
	},
});
