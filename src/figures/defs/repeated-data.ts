/**
 * Muennighoff et al. (2023): repeating U unique tokens for several epochs. Left: the effective data
 * D′ (in multiples of U) against the tokens actually seen; it tracks them for a few epochs, then
 * bends towards its ceiling of about 16.4·U. Right: the loss the fitted law predicts with the
 * repeated data, against the loss if every token seen had been new. Values of a fitted formula.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../data/schema';
import { count, fixed, logspace, percent, plain } from '../../lib/format';
import { EPOCH_MARKS, MUENNIGHOFF, MUENNIGHOFF_FITTED_RANGE, optimalParamsForUnique, repeatOutcome } from '../../lib/repeated-data';
import { formatTokens, L, YES_NO } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureData, type FigureState } from '../types';

const EPOCH_DOMAIN: [number, number] = [1, 100];
const SAMPLES = 31;

const uniqueOf = (state: FigureState) => state['U'] as number;
const epochsOf = (state: FigureState) => state['epochs'] as number;
const epochText = (v: number, lang: Lang) => (lang === 'zh-cn' ? `${plain(v, 3)} 轮` : `${plain(v, 3)} epoch${v === 1 ? '' : 's'}`);
const cap = 1 + MUENNIGHOFF.rStarD;

const chosenRow = (data: FigureData) => data.rows.find((r) => r['chosen'] === 'yes');
const num = (row: Record<string, number | string> | undefined, key: string) => (row?.[key] as number | undefined) ?? Number.NaN;

export default defineFigure({
	id: 'repeated-data',
	title: L('Repeating data: how much is a second, fourth or sixteenth epoch worth?', '重复数据：第 2、第 4、第 16 轮还值多少？'),
	caption: L(
		`Values of the fitted formula of Muennighoff et al., not measurements. U unique tokens are seen for several epochs (passes), R_D = epochs − 1 times repeated. Their value is the effective data D′ = U + U·R*_D·(1 − e^(−R_D/R*_D)) with the fitted R*_D = ${plain(MUENNIGHOFF.rStarD, 8)}: a repeated token is worth a little less than a new one, and D′ can never exceed ${plain(cap, 4)}·U however long training runs. The left chart shows D′ in multiples of U (solid) against the tokens actually seen (dashed); the right chart shows the loss the fitted C4 law (L = 1.87 + 521/N^0.35 + 1488/D^0.35, with D′ in place of D) predicts for a model of the compute-optimal size for U (about 0.051·U parameters), with the repeated data and, dashed, as if every token seen had been new. The paper finds up to about 4 epochs nearly as good as new data, and gains up to about 16 epochs (R*_D), beyond which returns fade fast. Shaded: beyond the runs the law was fitted on (up to 9B parameters and 900B tokens), i.e. extrapolation.`,
		`这些是 Muennighoff 等人拟合公式的计算值，不是实测值。U 个唯一词元被训练若干轮（epoch，即完整遍历的次数），重复次数 R_D = 训练轮次 − 1。它们的价值用有效数据量表示：D′ = U + U·R*_D·(1 − e^(−R_D/R*_D))，拟合值 R*_D = ${plain(MUENNIGHOFF.rStarD, 8)}：重复的词元比新词元略不值钱，而且无论训练多久，D′ 都不会超过 ${plain(cap, 4)}·U。左图以 U 的倍数画出 D′（实线），并与实际看过的词元数（虚线）对比；右图是拟合的 C4 定律（L = 1.87 + 521/N^0.35 + 1488/D^0.35，用 D′ 代替 D）对一个规模为 U 的计算最优值（约 0.051·U 个参数）的模型预测的损失：实线用重复数据，虚线假设看过的每个词元都是新的。论文发现，重复约 4 轮几乎和新数据一样好，约 16 轮（R*_D）之前仍有收益，此后回报迅速消失。阴影部分超出了拟合所用的训练（最多 90 亿参数、9000 亿词元），属于外推。`,
	),
	sources: [
		{ k: 'muennighoff2023', at: '§3.1, eq. 5; App. A, eq. 17' },
		{ k: 'muennighoff2023', at: 'abstract; §6' },
	],
	fitted: true,
	params: [
		{ kind: 'range', name: 'U', label: L('Unique tokens U', '唯一词元数 U'), min: 1e9, max: 1e13, step: 0.05, log: true, default: 1e11, format: (v, lang) => formatTokens(v, lang) },
		{ kind: 'range', name: 'epochs', label: L('Epochs', '训练轮次'), min: 1, max: 100, step: 0.01, log: true, default: 4, format: (v, lang) => epochText(v, lang) },
	],
	data(state) {
		const unique = uniqueOf(state);
		const chosen = epochsOf(state);
		const same = (e: number) => Math.abs(e - chosen) <= 1e-9 * chosen;
		const epochs = logspace(EPOCH_DOMAIN[0], EPOCH_DOMAIN[1], SAMPLES);
		for (const e of [EPOCH_MARKS.negligible, EPOCH_MARKS.fading, chosen]) if (!epochs.some((x) => Math.abs(x - e) <= 1e-9 * e)) epochs.push(e);
		epochs.sort((a, b) => a - b);
		const rows = epochs.map((e) => {
			const o = repeatOutcome(unique, e);
			return {
				epochs: e,
				tokens_seen: o.tokensSeen,
				effective_tokens: o.effective,
				effective_epochs: o.effectiveEpochs,
				value_kept: o.valueKept,
				loss_repeated: o.lossRepeated,
				loss_fresh: o.lossFresh,
				extrapolated: o.extrapolated ? 'yes' : 'no',
				chosen: same(e) ? 'yes' : 'no',
			};
		});
		return {
			columns: [
				{ key: 'epochs', label: L('Epochs', '训练轮次'), format: (v) => plain(v, 3) },
				{ key: 'tokens_seen', label: L('Tokens seen (epochs × U)', '看过的词元（轮次 × U）'), format: (v) => count(v) },
				{ key: 'effective_tokens', label: L('Effective data D′ (tokens)', '有效数据量 D′（词元）'), format: (v) => count(v) },
				{ key: 'effective_epochs', label: L('D′ in multiples of U', 'D′ 相当于几轮新数据'), format: (v) => fixed(v, 2) },
				{ key: 'value_kept', label: L('D′ ÷ tokens seen', 'D′ ÷ 看过的词元'), format: (v) => percent(v) },
				{ key: 'loss_repeated', label: L('Predicted loss, repeated data (fitted)', '预测损失：重复数据（拟合）'), format: (v) => fixed(v, 4) },
				{ key: 'loss_fresh', label: L('Predicted loss, all tokens new (fitted)', '预测损失：全是新词元（拟合）'), format: (v) => fixed(v, 4) },
				{ key: 'extrapolated', label: L('Beyond the fitted runs', '超出拟合范围'), values: YES_NO },
				{ key: 'chosen', label: L('Chosen epochs', '所选轮次'), values: YES_NO },
			],
			rows,
		};
	},
	plots(_state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const rows = data.rows;
		const chosen = rows.filter((r) => r['chosen'] === 'yes');
		const firstOut = rows.find((r) => r['extrapolated'] === 'yes');
		const shade = firstOut ? [{ x1: Math.max(EPOCH_DOMAIN[0], firstOut['epochs'] as number), x2: EPOCH_DOMAIN[1] }] : [];
		// Base 2: Plot hides labels of a base-10 log axis at 8 and 64 (mantissas above its cut-off).
		const x = {
			type: 'log' as const,
			base: 2,
			domain: EPOCH_DOMAIN,
			ticks: [1, 2, 4, 8, 16, 32, 64],
			tickFormat: (v: number) => plain(v, 3),
			label: zh ? '训练轮次（对数坐标）' : 'Epochs (log scale)',
			grid: true,
		};
		const marks = (y: number) => [
			Plot.rectX(shade, { x1: 'x1', x2: 'x2', fill: 'currentColor', fillOpacity: 0.07 }),
			Plot.ruleX([EPOCH_MARKS.negligible, EPOCH_MARKS.fading], { stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '4 3' }),
			Plot.text(
				[
					{ e: EPOCH_MARKS.negligible, t: zh ? '≈4 轮' : '≈4 epochs' },
					{ e: EPOCH_MARKS.fading, t: zh ? '≈16 轮' : '≈16 epochs' },
				],
				{ x: 'e', y, text: 't', dx: 3, textAnchor: 'start', fontSize: 11, fill: 'currentColor' },
			),
		];
		const lossValues = rows.flatMap((r) => [r['loss_repeated'] as number, r['loss_fresh'] as number]);
		const lo = Math.min(...lossValues);
		const hi = Math.max(...lossValues);
		const pad = Math.max(0.005, (hi - lo) * 0.08);
		return [
			{
				height: 300,
				marginLeft: 44,
				marginRight: 16,
				marginTop: 30,
				marginBottom: 40,
				x,
				y: { type: 'log', base: 2, domain: [1, 100], ticks: [1, 2, 4, 8, 16, 32, 64], tickFormat: (v: number) => plain(v, 3), label: zh ? '以 U 的倍数计（对数坐标）' : 'Multiples of U (log scale)', grid: true },
				marks: [
					...marks(44),
					Plot.ruleY([cap], { stroke: PALETTE[0], strokeOpacity: 0.6, strokeDasharray: '2 3' }),
					Plot.text([zh ? `上限 ${plain(cap, 3)}·U` : `ceiling ${plain(cap, 3)}·U`], { x: 1, y: cap, dx: 4, dy: -7, textAnchor: 'start', fontSize: 11, fill: 'currentColor' }),
					Plot.lineY(rows, { x: 'epochs', y: 'epochs', stroke: 'currentColor', strokeOpacity: 0.6, strokeDasharray: '5 4', strokeWidth: 1.5 }),
					Plot.lineY(rows, { x: 'epochs', y: 'effective_epochs', stroke: PALETTE[0], strokeWidth: 2.5 }),
					Plot.dot(chosen, { x: 'epochs', y: 'effective_epochs', r: 5, fill: PALETTE[0], stroke: 'var(--sl-color-bg, white)', strokeWidth: 1.5 }),
					Plot.text([zh ? '有效数据 D′（实线）与看过的词元（虚线）' : 'effective data D′ (solid) vs tokens seen (dashed)'], { frameAnchor: 'top-left', dx: 6, dy: 6, textAnchor: 'start', fontSize: 11, fontWeight: 600, fill: 'currentColor' }),
					Plot.text(shade, { x: 'x1', frameAnchor: 'bottom', dx: 4, dy: -8, textAnchor: 'start', text: () => (zh ? '外推（超出拟合范围）' : 'extrapolation (beyond the fitted runs)'), fontSize: 11, fill: 'currentColor', fillOpacity: 0.8 }),
				],
			},
			{
				height: 300,
				marginLeft: 52,
				marginRight: 16,
				marginTop: 30,
				marginBottom: 40,
				x,
				y: { domain: [lo - pad, hi + pad], label: zh ? '预测损失（拟合公式，奈特/词元）' : 'Predicted loss (fitted formula, nats per token)', grid: true, tickFormat: (v: number) => fixed(v, 2) },
				marks: [
					...marks(hi + pad * 0.3),
					Plot.lineY(rows, { x: 'epochs', y: 'loss_fresh', stroke: 'currentColor', strokeOpacity: 0.6, strokeDasharray: '5 4', strokeWidth: 1.5 }),
					Plot.lineY(rows, { x: 'epochs', y: 'loss_repeated', stroke: PALETTE[1], strokeWidth: 2.5 }),
					Plot.dot(chosen, { x: 'epochs', y: 'loss_repeated', r: 5, fill: PALETTE[1], stroke: 'var(--sl-color-bg, white)', strokeWidth: 1.5 }),
					Plot.text([zh ? '重复数据（实线）与全新数据（虚线）的损失' : 'loss: repeated data (solid) vs all new (dashed)'], { frameAnchor: 'top-right', dx: -6, dy: 22, textAnchor: 'end', fontSize: 11, fontWeight: 600, fill: 'currentColor' }),
				],
			},
		];
	},
	describe(state, data, lang) {
		const unique = uniqueOf(state);
		const row = chosenRow(data);
		const e = epochText(epochsOf(state), lang);
		const n = count(optimalParamsForUnique(unique));
		const u = formatTokens(unique, lang);
		const extra = num(row, 'loss_repeated') - num(row, 'loss_fresh');
		const out = row?.['extrapolated'] === 'yes';
		return lang === 'zh-cn'
			? `拟合公式的计算值：${u}唯一词元训练 ${e}，有效数据量 D′ 相当于 ${fixed(num(row, 'effective_epochs'), 2)} 轮新数据（看过的词元的 ${percent(num(row, 'value_kept'))}），上限为 ${plain(cap, 3)} 轮。对约 ${n} 参数的模型，预测损失为 ${fixed(num(row, 'loss_repeated'), 3)}，若全是新词元则为 ${fixed(num(row, 'loss_fresh'), 3)}，相差 ${fixed(extra, 4)}${out ? '；这一设置超出了拟合范围，属于外推' : ''}。`
			: `Values of the fitted formula: ${u} unique tokens for ${e} give effective data D′ worth ${fixed(num(row, 'effective_epochs'), 2)} epochs of new data (${percent(num(row, 'value_kept'))} of the tokens seen), against a ceiling of ${plain(cap, 3)}. For a model of about ${n} parameters the predicted loss is ${fixed(num(row, 'loss_repeated'), 3)}, against ${fixed(num(row, 'loss_fresh'), 3)} if every token had been new, a difference of ${fixed(extra, 4)}${out ? '; this setting lies beyond the fitted runs (extrapolation)' : ''}.`;
	},
	readout(state, data, lang) {
		const zh = lang === 'zh-cn';
		const row = chosenRow(data);
		const unique = uniqueOf(state);
		const extra = num(row, 'loss_repeated') - num(row, 'loss_fresh');
		return [
			{ label: zh ? '模型规模（U 的计算最优值）' : 'Model size (compute-optimal for U)', value: zh ? `约 ${count(optimalParamsForUnique(unique))} 参数` : `≈ ${count(optimalParamsForUnique(unique))} parameters` },
			{ label: zh ? '看过的词元' : 'Tokens seen', value: count(num(row, 'tokens_seen')) },
			{ label: zh ? '有效数据 D′' : 'Effective data D′', value: zh ? `${count(num(row, 'effective_tokens'))}（${fixed(num(row, 'effective_epochs'), 2)} 轮新数据）` : `${count(num(row, 'effective_tokens'))} (${fixed(num(row, 'effective_epochs'), 2)} epochs of new data)` },
			{ label: zh ? '预测损失：重复 / 全新' : 'Predicted loss: repeated / all new', value: `${fixed(num(row, 'loss_repeated'), 3)} / ${fixed(num(row, 'loss_fresh'), 3)} (+${fixed(extra, 4)})` },
			{ label: zh ? '拟合范围' : 'Fitted range', value: row?.['extrapolated'] === 'yes' ? (zh ? `超出（最多 ${count(MUENNIGHOFF_FITTED_RANGE.maxParams)} 参数、${count(MUENNIGHOFF_FITTED_RANGE.maxTokens)} 词元）：外推` : `beyond it (up to ${count(MUENNIGHOFF_FITTED_RANGE.maxParams)} parameters, ${count(MUENNIGHOFF_FITTED_RANGE.maxTokens)} tokens): extrapolation`) : zh ? '在拟合范围内' : 'within the fitted runs' },
		];
	},
});
