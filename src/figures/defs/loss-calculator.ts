/**
 * The Chinchilla loss for a chosen model size N and token count D, split into its three terms:
 * the irreducible E, the finite-model term A/N^α and the finite-data term B/D^β.
 */
import * as Plot from '@observablehq/plot';
import { count, fixed, plain, sci } from '../../lib/format';
import { chinchillaTerms, computeOptimal, FITS, type FitName, isExtrapolated, trainingFlops } from '../../lib/scaling';
import { FIT_PARAM, fitLabel, L, labelsByKey } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

const TERMS = [
	{ key: 'irreducible', label: L('E (irreducible)', 'E（不可约）'), color: 'var(--fig-muted)' },
	{ key: 'model', label: L('A/N^α (finite model)', 'A/N^α（模型有限）'), color: PALETTE[0] },
	{ key: 'data', label: L('B/D^β (finite data)', 'B/D^β（数据有限）'), color: PALETTE[1] },
] as const;

function terms(state: FigureState) {
	return chinchillaTerms(FITS[state['fit'] as FitName], state['N'] as number, state['D'] as number);
}

export default defineFigure({
	id: 'loss-calculator',
	title: L('Loss calculator: the three terms of the Chinchilla formula', '损失计算器：Chinchilla 公式的三项'),
	caption: L(
		'The loss the fitted Chinchilla formula predicts for a model of N parameters trained on D tokens, split into its three terms. E is the part no model can remove; A/N^α shrinks as the model grows; B/D^β shrinks with more data. These are values of a fitted formula, not measurements, and outside 70M–16B parameters or 5B–500B tokens they are extrapolation.',
		'拟合的 Chinchilla 公式对 N 个参数、D 个训练词元的模型所预测的损失，拆成三项。E 是任何模型都无法消除的部分；A/N^α 随模型增大而缩小；B/D^β 随数据增多而缩小。这些是拟合公式的计算值，不是实测值；在 7000 万至 160 亿参数、50 亿至 5000 亿词元之外属于外推。',
	),
	sources: [
		{ k: 'hoffmann2022', at: 'eq. 2; App. D.2, eq. 10' },
		{ k: 'besiroglu2024', at: 'refit of Approach 3' },
	],
	fitted: true,
	params: [
		{ kind: 'range', name: 'N', label: L('Parameters N', '参数量 N'), min: 1e8, max: 1e13, step: 0.05, log: true, default: 7e10, format: (v) => count(v) },
		{ kind: 'range', name: 'D', label: L('Training tokens D', '训练词元数 D'), min: 1e9, max: 1e14, step: 0.05, log: true, default: 1.4e12, format: (v) => count(v) },
		FIT_PARAM,
	],
	presets: [
		{ id: 'gpt3', label: L('GPT-3', 'GPT-3'), state: { N: 175e9, D: 300e9 } },
		{ id: 'gopher', label: L('Gopher', 'Gopher'), state: { N: 280e9, D: 300e9 } },
		{ id: 'chinchilla', label: L('Chinchilla', 'Chinchilla'), state: { N: 70e9, D: 1.4e12 } },
		{ id: 'llama31-405b', label: L('Llama 3.1 405B', 'Llama 3.1 405B'), state: { N: 405e9, D: 15.6e12 } },
	],
	data(state) {
		const t = terms(state);
		let start = 0;
		const rows = TERMS.map((term) => {
			const value = t[term.key];
			const row = { term: term.key, value, start, end: start + value };
			start += value;
			return row;
		});
		return {
			columns: [
				{ key: 'term', label: L('Term', '项'), values: labelsByKey(TERMS) },
				{ key: 'value', label: L('Value (nats/token)', '数值（奈特/词元）'), format: (v) => fixed(v, 3) },
				{ key: 'start', label: L('Bar start', '条形起点'), format: (v) => fixed(v, 3) },
				{ key: 'end', label: L('Bar end', '条形终点'), format: (v) => fixed(v, 3) },
			],
			rows,
		};
	},
	plots(_state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const total = (data.rows.at(-1)?.['end'] as number) ?? 0;
		const labelled = data.rows.map((r) => ({ start: r['start'] as number, end: r['end'] as number, value: r['value'] as number, name: TERMS.find((t) => t.key === r['term'])?.label[lang] ?? '' }));
		return [
			{
				height: 190,
				marginLeft: 20,
				marginRight: 20,
				marginBottom: 40,
				x: { domain: [0, 4], label: zh ? '预测损失（奈特/词元），拟合公式计算值' : 'Predicted loss (nats/token), from the fitted formula', grid: true },
				y: { axis: null, domain: ['loss'] },
				color: { domain: TERMS.map((t) => t.label[lang]), range: TERMS.map((t) => t.color), legend: true },
				marks: [
					Plot.barX(labelled, { x1: 'start', x2: 'end', y: () => 'loss', fill: 'name', insetTop: 18, insetBottom: 18 }),
					Plot.text(labelled.filter((r) => r.value > 0.3), { x: (r: { start: number; end: number }) => (r.start + r.end) / 2, y: () => 'loss', text: (r: { value: number }) => fixed(r.value, 2), fill: 'white', fontWeight: 600 }),
					Plot.text([total], { x: (v: number) => Math.min(v, 3.6), y: () => 'loss', text: (v: number) => `L = ${fixed(v, 3)}`, dx: 8, textAnchor: 'start', fontWeight: 700, fill: 'currentColor' }),
				],
			},
		];
	},
	describe(state, data, lang) {
		const [e, m, d] = data.rows.map((r) => fixed(r['value'] as number, 3));
		const total = fixed(data.rows.at(-1)?.['end'] as number, 3);
		const fit = fitLabel(state['fit'] as string, lang);
		const n = count(state['N'] as number);
		const tokens = count(state['D'] as number);
		return lang === 'zh-cn'
			? `按 ${fit}：N = ${n}，D = ${tokens} 时预测损失 ${total} = E ${e} + 模型项 ${m} + 数据项 ${d}。`
			: `${fit} fit: for N = ${n} and D = ${tokens} the predicted loss is ${total} = E ${e} + model term ${m} + data term ${d}.`;
	},
	readout(state, data, lang) {
		const zh = lang === 'zh-cn';
		const n = state['N'] as number;
		const d = state['D'] as number;
		const c = trainingFlops(n, d);
		const opt = computeOptimal(FITS[state['fit'] as FitName], c);
		const total = data.rows.at(-1)?.['end'] as number;
		return [
			{ label: zh ? '预测损失' : 'Predicted loss', value: `${fixed(total, 3)}${isExtrapolated(n, d) ? (zh ? '（外推）' : ' (extrapolated)') : ''}` },
			{ label: zh ? '训练算力 6ND' : 'Training compute 6ND', value: `${sci(c)} FLOPs` },
			{ label: zh ? '每参数词元数' : 'Tokens per parameter', value: plain(d / n, 3) },
			{ label: zh ? '同算力下的最优损失' : 'Optimal loss at this compute', value: `${fixed(opt.loss, 3)} (N ${count(opt.n)}, D ${count(opt.d)})` },
		];
	},
});
