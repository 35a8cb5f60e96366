/**
 * What the DeepSeek-R1 report itself prints (arXiv v1, Tables 2, 4 and 6): R1-Zero against
 * o1-0912, R1 against o1-1217, and a 32B model trained by RL against one distilled from R1, one
 * benchmark at a time, each bar and dot labelled with its aggregation. No read-offs from plots.
 */
import * as Plot from '@observablehq/plot';
import { formatLocator } from '../../i18n/locator';
import type { Localized } from '../../data/schema';
import { fixed, plain } from '../../lib/format';
import { type Benchmark, COMPARISONS, type Comparison, type ModelKey, R1_REPORTED } from '../../lib/reasoning-data';
import { L } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureState } from '../types';

const BENCHMARKS: Record<Benchmark, Localized> = {
	aime2024: L('AIME 2024', 'AIME 2024'),
	math500: L('MATH-500', 'MATH-500'),
	gpqa: L('GPQA Diamond', 'GPQA Diamond'),
	codeforces: L('Codeforces rating', 'Codeforces 评分'),
};

const MODELS: Record<ModelKey, Localized> = {
	'r1-zero': L('DeepSeek-R1-Zero', 'DeepSeek-R1-Zero'),
	'o1-0912': L('OpenAI o1-0912', 'OpenAI o1-0912'),
	r1: L('DeepSeek-R1', 'DeepSeek-R1'),
	'o1-1217': L('OpenAI o1-1217', 'OpenAI o1-1217'),
	'qwen32b-rl': L('Qwen2.5-32B + RL', 'Qwen2.5-32B + 强化学习'),
	'qwen32b-distill': L('Qwen2.5-32B distilled from R1', 'Qwen2.5-32B 蒸馏自 R1'),
};

const GROUPS: Record<Comparison, { label: Localized; color: string }> = {
	table2: { label: L('R1-Zero vs o1-0912 (Table 2)', 'R1-Zero 对 o1-0912（表 2）'), color: PALETTE[0] },
	table4: { label: L('R1 vs o1-1217 (Table 4)', 'R1 对 o1-1217（表 4）'), color: PALETTE[1] },
	table6: { label: L('32B: RL vs distilled (Table 6)', '32B：强化学习对蒸馏（表 6）'), color: PALETTE[2] },
};

const AGGREGATION_WORDS: Record<string, Localized> = {
	'pass@1': L('pass@1 (mean of single answers)', 'pass@1（单个回答的平均正确率）'),
	'cons@64': L('cons@64 (majority vote of 64)', 'cons@64（64 个样本多数投票）'),
	rating: L('Rating', '评分'),
};

const MODEL_ORDER = (Object.keys(COMPARISONS) as Comparison[]).flatMap((c) => COMPARISONS[c].models);
const benchmarkOf = (state: FigureState) => state['benchmark'] as Benchmark;
const isRating = (b: Benchmark) => b === 'codeforces';
const valueText = (v: number, b: Benchmark) => (isRating(b) ? plain(v, 4) : fixed(v, 1));

export default defineFigure({
	id: 'r1-zero-results',
	title: L('What the DeepSeek-R1 report prints: three comparisons, one benchmark at a time', 'DeepSeek-R1 报告给出的数字：三组对比，逐个基准'),
	caption: L(
		'Reported numbers only, as printed in the arXiv v1 report of DeepSeek-R1 (Tables 2, 4 and 6), each with its aggregation. Bars are pass@1: for every question DeepSeek samples between 4 and 64 answers at temperature 0.6 and averages their correctness, so pass@1 is the expected score of one answer. Dots are cons@64: the majority answer of 64 samples, reported for AIME 2024 only. R1-Zero is V3-Base trained by reinforcement learning alone; R1 adds cold-start data and further training stages; the two 32B models start from Qwen2.5-32B, one trained by RL for over 10K steps, the other fine-tuned on 800k samples curated with R1. o1-1217’s numbers are OpenAI’s, quoted by DeepSeek; the two tables use different o1 versions, so compare within a colour, not across. The Codeforces view shows ratings, not percentages; Table 6 gives none.',
		'只列报告值，即 DeepSeek-R1 arXiv 第 1 版报告（表 2、表 4、表 6）印出的数字，并注明各自的汇总方式。条形是 pass@1：DeepSeek 对每道题以 0.6 的温度采样 4 到 64 个回答，取其正确率的平均，所以 pass@1 是单个回答的期望得分。圆点是 cons@64：64 个样本的多数答案，仅对 AIME 2024 报告。R1-Zero 是只经强化学习训练的 V3-Base；R1 在此基础上加入冷启动数据和更多训练阶段；两个 32B 模型都从 Qwen2.5-32B 出发，一个用强化学习训练了 1 万多步，另一个用 R1 整理的 80 万条样本微调。o1-1217 的数字是 OpenAI 自己公布、由 DeepSeek 转引的；两张表用的是不同版本的 o1，所以只应在同一颜色内比较，不要跨颜色比较。Codeforces 视图显示的是评分而不是百分比；表 6 没有给出这一项。',
	),
	sources: [
		{ k: 'deepseekr1', at: 'Table 2, p. 7; Table 4, p. 13; Table 6, p. 15; §3, p. 12' },
	],
	params: [
		{
			kind: 'choice',
			name: 'benchmark',
			label: L('Benchmark', '基准'),
			default: 'aime2024',
			options: (Object.keys(BENCHMARKS) as Benchmark[]).map((b) => ({ value: b, label: BENCHMARKS[b] })),
		},
	],
	data(state) {
		const b = benchmarkOf(state);
		const rows = R1_REPORTED.filter((r) => r.benchmark === b)
			.sort((x, y) => MODEL_ORDER.indexOf(x.model) - MODEL_ORDER.indexOf(y.model))
			.map((r) => ({ model: r.model, comparison: r.comparison, benchmark: r.benchmark, aggregation: r.aggregation, value: r.value, source: r.at }));
		return {
			columns: [
				{ key: 'model', label: L('Model', '模型'), values: MODELS },
				{ key: 'comparison', label: L('Comparison', '对比'), values: Object.fromEntries(Object.entries(GROUPS).map(([k, g]) => [k, g.label])) },
				{ key: 'benchmark', label: L('Benchmark', '基准'), values: BENCHMARKS },
				{ key: 'aggregation', label: L('Aggregation', '汇总方式'), values: AGGREGATION_WORDS },
				{ key: 'value', label: L('Reported value (% or rating)', '报告值（% 或评分）'), format: (v) => (v > 100 ? plain(v, 4) : fixed(v, 1)) },
				{ key: 'source', label: L('Where printed', '出处'), values: Object.fromEntries(rows.map((r) => [r.source, L(`DeepSeek-R1, ${r.source}`, `DeepSeek-R1，${formatLocator(r.source, 'zh-cn')}`)])) },
			],
			rows,
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const b = benchmarkOf(state);
		const rating = isRating(b);
		const named: Record<string, number | string>[] = data.rows.map((r) => ({
			...r,
			name: MODELS[r['model'] as ModelKey][lang],
			group: GROUPS[r['comparison'] as Comparison].label[lang],
		}));
		const bars = named.filter((r) => r['aggregation'] !== 'cons@64');
		const votes = named.filter((r) => r['aggregation'] === 'cons@64');
		const singles = new Map(bars.map((r) => [r['model'], r['value'] as number]));
		const arrows = votes.map((r) => ({ ...r, from: singles.get(r['model']) ?? 0 }));
		const present = MODEL_ORDER.filter((m) => named.some((r) => r['model'] === m)).map((m) => MODELS[m][lang]);
		const groupOrder = Object.keys(GROUPS) as Comparison[];
		const label = rating
			? zh
				? 'Codeforces 评分（报告值）'
				: 'Codeforces rating (reported)'
			: zh
				? `${BENCHMARKS[b][lang]} 得分（%）：条形 = pass@1${votes.length ? '，圆点 = cons@64' : ''}`
				: `${BENCHMARKS[b][lang]} score (%): bar = pass@1${votes.length ? ', dot = cons@64' : ''}`;
		return [
			{
				height: 60 + 46 * present.length,
				marginLeft: 8,
				marginRight: 44,
				marginTop: 8,
				marginBottom: 40,
				x: { domain: rating ? [0, 2200] : [0, 100], grid: true, label, ticks: 5 },
				y: { domain: present, axis: null, padding: 0.1 },
				color: { domain: groupOrder.map((g) => GROUPS[g].label[lang]), range: groupOrder.map((g) => GROUPS[g].color), legend: true },
				marks: [
					Plot.barX(bars, { x: 'value', y: 'name', fill: 'group', insetTop: 18, insetBottom: 4 }),
					Plot.text(bars, { x: 0, y: 'name', text: 'name', dy: -13, textAnchor: 'start', fontSize: 12, fontWeight: 600, fill: 'currentColor' }),
					Plot.text(bars, { x: 'value', y: 'name', text: (r: { value: number }) => valueText(r.value, b), dx: 4, dy: 7, textAnchor: 'start', fontSize: 11, fill: 'currentColor' }),
					Plot.link(arrows, { x1: 'from', x2: 'value', y1: 'name', y2: 'name', dy: 7, stroke: 'currentColor', strokeOpacity: 0.6, strokeDasharray: '2 2' }),
					Plot.dot(votes, { x: 'value', y: 'name', dy: 7, r: 5, fill: 'currentColor', stroke: 'var(--sl-color-bg, white)', strokeWidth: 1.5 }),
					Plot.text(votes, { x: 'value', y: 'name', text: (r: { value: number }) => valueText(r.value, b), dx: 8, dy: 7, textAnchor: 'start', fontSize: 11, fontWeight: 600, fill: 'currentColor' }),
					Plot.ruleX([0]),
				],
			},
		];
	},
	describe(state, data, lang) {
		const b = benchmarkOf(state);
		const parts = data.rows.map((r) => {
			const name = MODELS[r['model'] as ModelKey][lang];
			const agg = r['aggregation'] === 'rating' ? '' : ` ${r['aggregation'] as string}`;
			return `${name}${agg} ${valueText(r['value'] as number, b)}${isRating(b) ? '' : '%'}`;
		});
		const list = parts.join(lang === 'zh-cn' ? '；' : '; ');
		return lang === 'zh-cn'
			? `DeepSeek-R1 报告（arXiv 第 1 版，表 2、4、6）中报告的 ${BENCHMARKS[b][lang]}：${list}。`
			: `Reported ${BENCHMARKS[b][lang]} results from the DeepSeek-R1 report (arXiv v1, Tables 2, 4 and 6): ${list}.`;
	},
	readout(state, data, lang) {
		const zh = lang === 'zh-cn';
		const b = benchmarkOf(state);
		const pairs = (Object.keys(COMPARISONS) as Comparison[]).flatMap((c) => {
			const [a, z] = COMPARISONS[c].models.map((m) => data.rows.find((r) => r['model'] === m && r['aggregation'] !== 'cons@64'));
			if (!a || !z) return [];
			const diff = (a['value'] as number) - (z['value'] as number);
			const unit = isRating(b) ? '' : zh ? ' 个百分点' : ' points';
			return [{ label: GROUPS[c].label[lang], value: `${diff >= 0 ? '+' : '−'}${valueText(Math.abs(diff), b)}${unit}` }];
		});
		return pairs.length ? pairs : [{ label: zh ? '说明' : 'Note', value: zh ? '无可比较的数字' : 'nothing to compare' }];
	},
});
