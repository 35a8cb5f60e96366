/**
 * What a compute multiplier buys under the fitted scaling laws: Kaplan et al.'s L(C_min) and the
 * reducible part of the Chinchilla loss on its compute-optimal frontier (Hoffmann fit and the
 * Besiroglu refit). Both are power laws, so the answer does not depend on the starting budget.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../data/schema';
import { costRatio, kaplanLossRatio, reducibleLossRatio } from '../../lib/compute-returns';
import { fixed, logspace, percent, plain } from '../../lib/format';
import { BESIROGLU_FIT, HOFFMANN_FIT, KAPLAN, reducibleLossExponent } from '../../lib/scaling';
import { L, labelsByKey, YES_NO } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

const SERIES = [
	{
		key: 'kaplan',
		ratio: kaplanLossRatio,
		label: L(`Kaplan et al.: loss L(C_min) ∝ C^−${fixed(KAPLAN.Cmin.alpha, 3)}`, `Kaplan 等：损失 L(C_min) ∝ C^−${fixed(KAPLAN.Cmin.alpha, 3)}`),
		color: PALETTE[0],
	},
	{
		key: 'hoffmann',
		ratio: (m: number) => reducibleLossRatio(HOFFMANN_FIT, m),
		label: L(`Chinchilla, Hoffmann fit: reducible loss L − E ∝ C^−${fixed(reducibleLossExponent(HOFFMANN_FIT), 3)}`, `Chinchilla（Hoffmann 拟合）：可约损失 L − E ∝ C^−${fixed(reducibleLossExponent(HOFFMANN_FIT), 3)}`),
		color: PALETTE[1],
	},
	{
		key: 'besiroglu',
		ratio: (m: number) => reducibleLossRatio(BESIROGLU_FIT, m),
		label: L(`Chinchilla, Besiroglu refit: reducible loss L − E ∝ C^−${fixed(reducibleLossExponent(BESIROGLU_FIT), 3)}`, `Chinchilla（Besiroglu 重新拟合）：可约损失 L − E ∝ C^−${fixed(reducibleLossExponent(BESIROGLU_FIT), 3)}`),
		color: PALETTE[2],
	},
] as const;

const M_DOMAIN: [number, number] = [1, 1000];

const multiplierText = (m: number) => `${plain(m, 3)}×`;
const seriesLabel = (key: unknown, lang: Lang) => SERIES.find((s) => s.key === key)?.label[lang] ?? String(key);
const chosen = (state: FigureState) => state['multiplier'] as number;

export default defineFigure({
	id: 'ten-x-compute',
	title: L('What 10× more compute buys, according to the fitted laws', '按拟合公式，10 倍算力能换来什么'),
	caption: L(
		'The share of the loss that remains after multiplying training compute by the chosen factor, computed from two fitted formulas. Along Kaplan et al.’s L(C_min) ∝ C^−0.050, 10× compute multiplies the whole loss by 0.891 (about 10.9% lower). Under the Chinchilla fit with compute-optimal allocation, only the reducible part of the loss (L − E, what lies above the irreducible term E) falls, as C^−αβ/(α+β): 10× compute multiplies it by about 0.70 (about 30% lower), or about 0.66 (about 34% lower) with the Besiroglu et al. refit. These are values of fitted formulas, not measurements, and they describe loss, not task performance. At fixed prices per GPU-hour, 10× compute costs about 10× as much, not 100×.',
		'把训练算力乘以所选倍数之后，损失还剩下多少，由两个拟合公式算出。按 Kaplan 等人的 L(C_min) ∝ C^−0.050，10 倍算力让整个损失乘以 0.891（约降低 10.9%）。按 Chinchilla 拟合并采用计算最优分配时，下降的只是损失的可约部分（L − E，即高出不可约项 E 的部分），按 C^−αβ/(α+β) 缩小：10 倍算力让它乘以约 0.70（约降低 30%），若用 Besiroglu 等人的重新拟合则约为 0.66（约降低 34%）。这些是拟合公式的计算值，不是实测值，描述的是损失，而不是任务表现。在每 GPU 时价格不变时，10 倍算力的成本约为 10 倍，而不是 100 倍。',
	),
	sources: [
		{ k: 'kaplan2020', at: 'eq. 1.3, Table 5' },
		{ k: 'hoffmann2022', at: 'eq. 4; App. D.2, eq. 10' },
		{ k: 'besiroglu2024', at: 'refit of Approach 3' },
	],
	fitted: true,
	params: [
		{ kind: 'range', name: 'multiplier', label: L('Compute multiplier', '算力倍数'), min: 1, max: 1000, step: 0.01, log: true, default: 10, format: (v) => multiplierText(v) },
	],
	data(state) {
		const m = chosen(state);
		const same = (x: number) => Math.abs(x - m) <= 1e-9 * m;
		const xs = logspace(M_DOMAIN[0], M_DOMAIN[1], 31);
		if (!xs.some(same)) xs.push(m);
		xs.sort((a, b) => a - b);
		const rows = SERIES.flatMap((s) =>
			xs.map((x) => {
				const remaining = s.ratio(x);
				return { series: s.key, multiplier: x, remaining, reduction: 1 - remaining, chosen: same(x) ? 'yes' : 'no' };
			}),
		);
		return {
			columns: [
				{ key: 'series', label: L('Formula', '公式'), values: labelsByKey(SERIES) },
				{ key: 'multiplier', label: L('Compute multiplier', '算力倍数'), format: (v) => multiplierText(v) },
				{ key: 'remaining', label: L('Remaining (fraction of today’s value)', '剩余比例（相对当前值）'), format: (v) => fixed(v, 3) },
				{ key: 'reduction', label: L('Reduction', '降幅'), format: (v) => percent(v) },
				{ key: 'chosen', label: L('Chosen multiplier', '所选倍数'), values: YES_NO },
			],
			rows,
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const m = chosen(state);
		const marked = data.rows.filter((r) => r['chosen'] === 'yes');
		const named: Record<string, number | string>[] = data.rows.map((r) => ({ ...r, name: seriesLabel(r['series'], lang) }));
		const markedNamed = named.filter((r) => r['chosen'] === 'yes');
		return [
			{
				marginLeft: 52,
				marginBottom: 40,
				marginRight: 20,
				x: { type: 'log', domain: M_DOMAIN, label: zh ? '算力倍数（对数坐标）' : 'Compute multiplier (log scale)', ticks: [1, 10, 100, 1000], tickFormat: (v: number) => multiplierText(v), grid: true },
				y: { domain: [0, 1], label: zh ? '剩余比例（相对当前值，拟合公式计算值）' : 'Remaining fraction of today’s value (fitted formulas)', grid: true, tickFormat: (v: number) => percent(v, 0) },
				color: { domain: SERIES.map((s) => s.label[lang]), range: SERIES.map((s) => s.color), legend: true },
				marks: [
					Plot.ruleY([0]),
					Plot.ruleX([m], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '4 3' }),
					Plot.lineY(named, { x: 'multiplier', y: 'remaining', z: 'series', stroke: 'name', strokeWidth: 2.5, clip: true }),
					Plot.dot(markedNamed, { x: 'multiplier', y: 'remaining', fill: 'name', r: 5, stroke: 'var(--sl-color-bg, white)', strokeWidth: 1.5 }),
					// The two Chinchilla curves run close together: label the upper one above, the lower one below.
					...(['kaplan', 'hoffmann', 'besiroglu'] as const).map((key) =>
						Plot.text(
							marked.filter((r) => r['series'] === key),
							{
								x: 'multiplier',
								y: 'remaining',
								text: (r: { remaining: number }) => `×${fixed(r.remaining, 3)} (−${percent(1 - r.remaining)})`,
								dx: m > 100 ? -8 : 8,
								dy: key === 'besiroglu' ? 10 : -10,
								textAnchor: m > 100 ? 'end' : 'start',
								fontSize: 11,
								fontWeight: 600,
								fill: 'currentColor',
							},
						),
					),
					Plot.text([zh ? `所选：${multiplierText(m)} 算力 ≈ ${multiplierText(costRatio(m))} 成本` : `Chosen: ${multiplierText(m)} compute ≈ ${multiplierText(costRatio(m))} cost`], {
						frameAnchor: 'bottom-left',
						dx: 8,
						dy: -8,
						fontSize: 11,
						fill: 'currentColor',
					}),
				],
			},
		];
	},
	describe(state, _data, lang) {
		const m = chosen(state);
		const k = kaplanLossRatio(m);
		const h = reducibleLossRatio(HOFFMANN_FIT, m);
		const b = reducibleLossRatio(BESIROGLU_FIT, m);
		const x = multiplierText(m);
		const cost = multiplierText(costRatio(m));
		return lang === 'zh-cn'
			? `算力乘以 ${x}：按 Kaplan 的 L(C_min)，损失乘以 ${fixed(k, 3)}（降低 ${percent(1 - k)}）；按 Chinchilla 的 Hoffmann 拟合，可约损失乘以 ${fixed(h, 3)}（降低 ${percent(1 - h)}）；按 Besiroglu 重新拟合，乘以 ${fixed(b, 3)}（降低 ${percent(1 - b)}）。价格不变时成本约为 ${cost}。`
			: `Multiplying compute by ${x}: Kaplan’s L(C_min) multiplies the loss by ${fixed(k, 3)} (${percent(1 - k)} lower); under the Chinchilla Hoffmann fit the reducible loss is multiplied by ${fixed(h, 3)} (${percent(1 - h)} lower), and by ${fixed(b, 3)} (${percent(1 - b)} lower) under the Besiroglu refit. At fixed prices the cost is about ${cost}.`;
	},
	readout(state, _data, lang) {
		const zh = lang === 'zh-cn';
		const m = chosen(state);
		const names = {
			kaplan: zh ? 'Kaplan：损失' : 'Kaplan: loss',
			hoffmann: zh ? 'Chinchilla（Hoffmann）：可约损失' : 'Chinchilla (Hoffmann): reducible loss',
			besiroglu: zh ? 'Chinchilla（Besiroglu）：可约损失' : 'Chinchilla (Besiroglu): reducible loss',
		};
		return [
			{ label: zh ? '成本（价格不变）' : 'Cost at fixed prices', value: `≈ ${multiplierText(costRatio(m))}` },
			...SERIES.map((s) => {
				const r = s.ratio(m);
				return { label: names[s.key], value: `×${fixed(r, 3)} (−${percent(1 - r)})` };
			}),
		];
	},
});
