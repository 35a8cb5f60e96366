/**
 * Wei et al. (2022), Table 1: the scale at which each listed ability emerged, one row per ability
 * on a log training-FLOPs axis, each dot marked by model family and labelled with its parameter
 * count. The thresholds spread over more than four orders of magnitude: there is no single
 * critical size.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../../data/schema';
import { count, sci } from '../../lib/format';
import { EMERGENT_ABILITIES, type EmergentAbility, emergenceRange, emergentAbilities, FAMILIES, type Family, type PromptingFilter } from '../../lib/emergence-data';
import { L } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

/**
 * Nine families but six palette colours: each family gets a distinct (colour, shape) pair, so no
 * family is told apart by colour alone (every dot also names its family in its label).
 */
const FAMILY_STYLE: Record<Family, { color: string; symbol: string }> = {
	'GPT-3': { color: PALETTE[0], symbol: 'circle' },
	Gopher: { color: PALETTE[1], symbol: 'square' },
	Chinchilla: { color: PALETTE[2], symbol: 'diamond' },
	PaLM: { color: PALETTE[3], symbol: 'triangle' },
	LaMDA: { color: PALETTE[4], symbol: 'star' },
	FLAN: { color: PALETTE[5], symbol: 'wye' },
	T5: { color: 'var(--fig-muted)', symbol: 'cross' },
	Anthropic: { color: 'currentColor', symbol: 'hexagon' },
	EleutherAI: { color: 'currentColor', symbol: 'square' },
};

const X_DOMAIN: [number, number] = [5e19, 5e24];
/** Dots at or above this compute carry their label on the left, so it stays inside the frame. */
const LABEL_LEFT_FROM = 1e23;
const ROW_HEIGHT = 22;

const BY_ID = new Map(EMERGENT_ABILITIES.map((a) => [a.id, a]));
const abilityOf = (row: Record<string, number | string>): EmergentAbility | undefined => BY_ID.get(row['id'] as string);
const filterOf = (state: FigureState) => state['prompting'] as PromptingFilter;
/** Table 1's references as a Chinese page prints an author label ("Nye 等 2021"). */
const REFERENCE_LABELS = Object.fromEntries(EMERGENT_ABILITIES.map((a) => [a.reference, L(a.reference, a.reference.replace(/ et al\./, ' 等'))]));

const FILTER_TEXT: Record<PromptingFilter, { en: string; 'zh-cn': string }> = {
	all: L('all prompting types', '全部提示方式'),
	'few-shot': L('few-shot prompting only', '仅少样本提示'),
	augmented: L('augmented prompting only', '仅增强提示'),
};

function pointTitle(a: EmergentAbility, lang: Lang): string {
	return lang === 'zh-cn'
		? `${a.name['zh-cn']}\n${a.model}，${count(a.params)} 参数\n训练算力 ${sci(a.flops)} FLOPs\n${a.reference.replace(/ et al\./, ' 等')}`
		: `${a.name.en}\n${a.model}, ${count(a.params)} parameters\n${sci(a.flops)} training FLOPs\n${a.reference}`;
}

export default defineFigure({
	id: 'emergence-thresholds',
	title: L('The scale at which each ability emerged (Wei et al., Table 1)', '各项能力涌现时的规模（Wei 等，表 1）'),
	caption: L(
		'Wei et al.’s Table 1 lists, for each ability, the scale at which it emerged in the models they surveyed. Each row is one ability, placed at that model’s training compute (FLOPs, log scale); colour and shape give the model family, and the label its parameter count. Few-shot abilities appear with ordinary few-shot prompting; augmented abilities are prompting or finetuning techniques (chain of thought, instruction finetuning, scratchpads and others) that help only above some scale. The thresholds span 8.9×10¹⁹ to 2.5×10²⁴ FLOPs (40M to 540B parameters): there is no single critical size. Where a threshold falls depends on the model family, its training data and the metric used to score it (Schaeffer et al. argue that sharp metrics such as exact match can make smooth progress look like a jump), and Wei et al. themselves stress that it is not an immutable property of the ability. Not plotted: the table’s row “Many BIG-Bench tasks (see Appendix E)”, which gives no single number. Hover over a dot for its details; the data table lists every point.',
		'Wei 等人的表 1 列出了每种能力在其所考察的模型中涌现时的规模。每行是一种能力，圆点位于对应模型的训练算力处（FLOPs，对数坐标）；颜色和形状表示模型系列，旁边的标注是参数量。“少样本”能力在普通的少样本提示下出现；“增强提示”能力是只有在一定规模以上才有帮助的提示或微调方法（思维链、指令微调、草稿纸等）。这些阈值从 8.9×10¹⁹ 到 2.5×10²⁴ FLOPs（4000 万到 5400 亿参数）不等，并不存在单一的临界规模。阈值落在哪里，取决于模型系列、训练数据和评分所用的指标（Schaeffer 等人认为，精确匹配这类陡峭的指标会让平滑的进步看起来像突变）；Wei 等人自己也强调，这个规模并不是能力本身一成不变的属性。表中“许多 BIG-Bench 任务（见附录 E）”一行没有单一数字，因此未画出。将鼠标悬停在圆点上可查看详情；数据表列出了全部数据点。',
	),
	sources: [
		{ k: 'wei2022emergent', at: 'Table 1; §2' },
		{ k: 'schaeffer2023', at: '§2' },
	],
	params: [
		{
			kind: 'choice',
			name: 'prompting',
			label: L('Prompting', '提示方式'),
			default: 'all',
			options: [
				{ value: 'all', label: L('All', '全部') },
				{ value: 'few-shot', label: L('Few-shot prompting', '少样本提示') },
				{ value: 'augmented', label: L('Augmented prompting', '增强提示') },
			],
		},
	],
	data(state) {
		const rows = emergentAbilities(filterOf(state)).map((a) => ({
			id: a.id,
			ability: a.name.en,
			ability_zh: a.name['zh-cn'],
			category: a.category,
			flops: a.flops,
			params: a.params,
			model: a.model,
			reference: a.reference,
		}));
		return {
			columns: [
				{ key: 'ability', label: L('Ability', '能力（英文）') },
				{ key: 'ability_zh', label: L('Ability (Chinese)', '能力') },
				{ key: 'category', label: L('Prompting', '提示方式'), values: { 'few-shot': L('Few-shot', '少样本'), augmented: L('Augmented', '增强') } },
				{ key: 'flops', label: L('Training compute (FLOPs)', '训练算力（FLOPs）'), format: (v) => sci(v) },
				{ key: 'params', label: L('Parameters', '参数量'), format: (v) => count(v) },
				{ key: 'model', label: L('Model family', '模型系列') },
				{ key: 'reference', label: L('Reference', '出处'), values: REFERENCE_LABELS },
			],
			rows,
		};
	},
	plots(_state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const points = data.rows.map(abilityOf).filter((a): a is EmergentAbility => a !== undefined);
		const present = FAMILIES.filter((f) => points.some((a) => a.model === f));
		const name = (a: EmergentAbility) => a.short[lang];
		const label = (a: EmergentAbility) => `${a.model} ${count(a.params)}`;
		return [
			{
				height: 64 + ROW_HEIGHT * points.length,
				marginTop: 12,
				marginLeft: zh ? 150 : 226,
				marginRight: 16,
				marginBottom: 44,
				x: { type: 'log', domain: X_DOMAIN, label: zh ? '涌现时的训练算力（FLOPs，对数坐标）' : 'Training compute at emergence (FLOPs, log scale)', tickFormat: (v: number) => sci(v), ticks: 5, grid: true },
				y: { domain: points.map(name), label: null, grid: true },
				color: { domain: present, range: present.map((f) => FAMILY_STYLE[f].color) },
				symbol: { domain: present, range: present.map((f) => FAMILY_STYLE[f].symbol), legend: true },
				marks: [
					Plot.dot(points, {
						x: 'flops',
						y: name,
						fill: 'model',
						symbol: 'model',
						r: 5.5,
						stroke: 'var(--sl-color-bg, white)',
						strokeWidth: 1,
						title: (a: EmergentAbility) => pointTitle(a, lang),
						clip: true,
					}),
					Plot.text(
						points.filter((a) => a.flops < LABEL_LEFT_FROM),
						{ x: 'flops', y: name, text: label, dx: 9, textAnchor: 'start', fontSize: 11, fill: 'currentColor', clip: true },
					),
					Plot.text(
						points.filter((a) => a.flops >= LABEL_LEFT_FROM),
						{ x: 'flops', y: name, text: label, dx: -9, textAnchor: 'end', fontSize: 11, fill: 'currentColor', clip: true },
					),
				],
			},
		];
	},
	describe(state, data, lang) {
		const points = data.rows.map(abilityOf).filter((a): a is EmergentAbility => a !== undefined);
		const { minFlops: lo, maxFlops: hi, minParams, maxParams } = emergenceRange(points);
		const filter = FILTER_TEXT[filterOf(state)][lang];
		if (!lo || !hi) return lang === 'zh-cn' ? '没有数据点。' : 'No points.';
		return lang === 'zh-cn'
			? `Wei 等人表 1 中的 ${points.length} 种能力（${filter}），按涌现时的训练算力排列：最小的是“${lo.name['zh-cn']}”，${sci(lo.flops)} FLOPs（${lo.model}，${count(lo.params)} 参数）；最大的是“${hi.name['zh-cn']}”，${sci(hi.flops)} FLOPs（${hi.model}，${count(hi.params)} 参数）。参数量从 ${count(minParams)} 到 ${count(maxParams)}，没有单一的临界规模。`
			: `${points.length} abilities from Wei et al.’s Table 1 (${filter}), placed at the training compute where each emerged: the smallest is ${lo.name.en} at ${sci(lo.flops)} FLOPs (${lo.model}, ${count(lo.params)} parameters), the largest ${hi.name.en} at ${sci(hi.flops)} FLOPs (${hi.model}, ${count(hi.params)}). Parameters range from ${count(minParams)} to ${count(maxParams)}; there is no single critical size.`;
	},
});
