/**
 * Repeated sampling: coverage (pass@k, "any of k samples is right") and majority-vote accuracy
 * against the number of samples k, from a model of a benchmark the reader shapes (easy, hard and
 * out-of-reach problems), with published points placed beside it under their own aggregation.
 * The curves illustrate a model; only the published points are measurements.
 */
import * as Plot from '@observablehq/plot';
import type { Lang, Localized } from '../../data/schema';
import { fixed, plain } from '../../lib/format';
import { PUBLISHED_POINTS, type SampleAggregation } from '../../lib/reasoning-data';
import { HARD_LEVELS, majorityVoteLimit, mixCoverage, mixFromShares, mixMajorityVote, SAMPLE_COUNTS, SAMPLING_TOY, VOTE_MODEL } from '../../lib/sampling';
import { L, YES_NO } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureData, type FigureState } from '../types';

const K_DOMAIN: [number, number] = [1, 1000];

const SERIES = {
	coverage: { label: L('Coverage: any of k samples right (model)', '覆盖率：k 个样本中任一正确（模型）'), color: PALETTE[0] },
	majority: { label: L('Majority vote of k samples (model)', 'k 个样本多数投票（模型）'), color: PALETTE[1] },
} as const;

const AGGREGATIONS: Record<SampleAggregation, { label: Localized; symbol: string }> = {
	single: { label: L('One sample', '单个样本'), symbol: 'circle' },
	coverage: { label: L('Any of k passes the tests', 'k 个中任一通过测试'), symbol: 'triangle' },
	consensus: { label: L('Consensus (majority vote)', '共识（多数投票）'), symbol: 'square' },
	reranking: { label: L('Re-ranked by a learned scorer', '用学习到的打分器重排'), symbol: 'diamond' },
};

const SOURCES: Record<string, Localized> = {
	'monkeys-swe': L('SWE-bench Lite (Brown et al.)', 'SWE-bench Lite（Brown 等）'),
	'o1-aime': L('AIME 2024, o1 (OpenAI)', 'AIME 2024，o1（OpenAI）'),
	'r1zero-aime': L('AIME 2024, R1-Zero', 'AIME 2024，R1-Zero'),
};
/** Short labels drawn next to the last point of each published series. */
const SOURCE_TAGS: Record<string, Localized> = {
	'monkeys-swe': L('SWE-bench Lite', 'SWE-bench Lite'),
	'o1-aime': L('o1, AIME', 'o1，AIME'),
	'r1zero-aime': L('R1-Zero, AIME', 'R1-Zero，AIME'),
};

const SERIES_WORDS: Record<string, Localized> = {
	coverage: L('Coverage (model)', '覆盖率（模型）'),
	majority: L('Majority vote (model)', '多数投票（模型）'),
	published: L('Published result', '已发表的结果'),
};

const pct = (v: number) => `${fixed(v, 1)}%`;
const shareText = (v: number) => `${plain(v, 3)}%`;
const samplesText = (k: number, lang: Lang) => (lang === 'zh-cn' ? `${k} 个样本` : k === 1 ? '1 sample' : `${k} samples`);

const chosenK = (state: FigureState) => Math.round(state['k'] as number);
const mixOf = (state: FigureState) => mixFromShares((state['reach'] as number) / 100, (state['easy'] as number) / 100);

const modelRows = (data: FigureData, series: keyof typeof SERIES) => data.rows.filter((r) => r['series'] === series);
const valueAt = (data: FigureData, series: keyof typeof SERIES, k: number) => (modelRows(data, series).find((r) => r['k'] === k)?.['percent'] as number | undefined) ?? Number.NaN;

export default defineFigure({
	id: 'repeated-sampling',
	title: L('More samples: coverage keeps rising, majority voting levels off', '样本越多：覆盖率持续上升，多数投票趋于平稳'),
	caption: L(
		`A model of a benchmark, not measured data, with published results placed beside it. Each problem has a probability p that one sample is correct: easy problems p = ${SAMPLING_TOY.easyP}; hard problems p spread evenly on a log scale from ${SAMPLING_TOY.hardMin} to ${SAMPLING_TOY.hardMax}; problems out of reach p = 0. The sliders set the mix. Coverage, the share of problems solved by at least one of k samples, is the average of 1 − (1 − p)^k: it keeps climbing as long as some hard problem has p above zero, which is why a verifier that recognises the right sample (unit tests, a proof checker) can turn more samples into more solved problems. Majority voting needs no verifier but must pick an answer; the model assumes that ${plain(100 * VOTE_MODEL.wrongShare, 2)}% of the wrong samples agree on one wrong answer and the rest never repeat. Voting then converges to the share of problems whose correct answer is the most likely one (here p above 1/3), and adds nothing beyond it however many samples are drawn. The published points come from different models and tasks and are not fitted: Brown et al.’s SWE-bench Lite coverage (15.9% with one sample, 56% with 250), OpenAI’s o1 on AIME 2024 (74% with one sample, 83% by consensus of 64, 93% re-ranking 1,000 with a learned scorer) and DeepSeek-R1-Zero on AIME 2024 (71.0% pass@1, 86.7% cons@64). Their shapes show which aggregation produced each number.`,
		`这是一个基准测试的模型，并非实测数据；旁边标出已发表的结果作对照。每道题有一个“单个样本答对”的概率 p：简单题 p = ${SAMPLING_TOY.easyP}；难题的 p 在对数尺度上均匀分布于 ${SAMPLING_TOY.hardMin} 到 ${SAMPLING_TOY.hardMax} 之间；力所不及的题 p = 0。滑块设定三者的比例。覆盖率是 k 个样本中至少有一个答对的题目比例，等于 1 − (1 − p)^k 的平均值：只要还有 p 大于零的难题，它就会继续上升。因此，如果有能认出正确样本的验证器（单元测试、证明检查器），更多样本就能换来更多解出的题。多数投票不需要验证器，但必须从答案中选一个；模型假设答错的样本中有 ${plain(100 * VOTE_MODEL.wrongShare, 2)}% 给出同一个错误答案，其余的错误答案互不重复。于是投票的准确率收敛到“正确答案是最常见答案”的题目比例（这里即 p 大于 1/3 的题），之后再多的样本也无济于事。已发表的点来自不同的模型和任务，并未用于拟合：Brown 等人在 SWE-bench Lite 上的覆盖率（1 个样本 15.9%，250 个样本 56%）、OpenAI o1 在 AIME 2024 上的成绩（单个样本 74%，64 个样本共识 83%，用学习到的打分器重排 1000 个样本 93%），以及 DeepSeek-R1-Zero 在 AIME 2024 上的成绩（pass@1 71.0%，cons@64 86.7%）。点的形状表示每个数字用的是哪种汇总方式。`,
	),
	sources: [
		{ k: 'chen2021', at: '§2.1, eq. 1' },
		{ k: 'brown2024monkeys', at: 'abstract' },
		{ k: 'openai2024o1', at: 'AIME 2024 results' },
		{ k: 'deepseekr1', at: 'Table 2, p. 7' },
	],
	illustration: L('Model illustration; the published points are measurements from other models and tasks', '模型示意；已发表的点是其他模型和任务的实测值'),
	params: [
		{ kind: 'range', name: 'reach', label: L('Problems within reach (p > 0)', '力所能及的题目（p > 0）'), min: 0, max: 100, step: 5, default: 90, format: (v) => shareText(v) },
		{ kind: 'range', name: 'easy', label: L('Easy problems, share of those within reach', '其中简单题的比例'), min: 0, max: 100, step: 5, default: 30, format: (v) => shareText(v) },
		{ kind: 'range', name: 'k', label: L('Samples per problem k', '每题样本数 k'), min: 1, max: 1000, step: 0.01, log: true, default: 64, format: (v, lang) => samplesText(Math.round(v), lang) },
	],
	data(state) {
		const mix = mixOf(state);
		const k = chosenK(state);
		const ks = SAMPLE_COUNTS.includes(k) ? [...SAMPLE_COUNTS] : [...SAMPLE_COUNTS, k].sort((a, b) => a - b);
		const rows: Record<string, number | string>[] = [];
		for (const series of ['coverage', 'majority'] as const) {
			for (const n of ks) {
				const value = series === 'coverage' ? mixCoverage(mix, n) : mixMajorityVote(mix, n);
				rows.push({ series, k: n, percent: 100 * value, aggregation: series === 'coverage' ? 'any' : 'consensus', source: 'model', chosen: n === k ? 'yes' : 'no' });
			}
		}
		for (const p of PUBLISHED_POINTS) rows.push({ series: 'published', k: p.k, percent: p.value, aggregation: p.aggregation, source: p.source, chosen: 'no' });
		return {
			columns: [
				{ key: 'series', label: L('Series', '系列'), values: SERIES_WORDS },
				{ key: 'source', label: L('Source', '来源'), values: { model: L('Course model', '课程模型'), ...SOURCES } },
				{ key: 'aggregation', label: L('Aggregation', '汇总方式'), values: { any: L('Any of k right', 'k 个中任一正确'), ...Object.fromEntries(Object.entries(AGGREGATIONS).map(([key, a]) => [key, a.label])) } },
				{ key: 'k', label: L('Samples per problem k', '每题样本数 k'), format: (v) => plain(v, 4) },
				{ key: 'percent', label: L('Problems solved (%)', '解出的题目（%）'), format: (v) => fixed(v, 1) },
				{ key: 'chosen', label: L('Chosen k', '所选 k'), values: YES_NO },
			],
			rows,
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const k = chosenK(state);
		const limit = 100 * majorityVoteLimit(mixOf(state));
		const curve: Record<string, number | string>[] = data.rows
			.filter((r) => r['series'] !== 'published')
			.map((r) => ({ ...r, name: SERIES[r['series'] as keyof typeof SERIES].label[lang] }));
		const chosen = curve.filter((r) => r['chosen'] === 'yes');
		const published: Record<string, number | string>[] = data.rows
			.filter((r) => r['series'] === 'published')
			.map((r) => ({ ...r, how: AGGREGATIONS[r['aggregation'] as SampleAggregation].label[lang] }));
		const lastOfSource = Object.keys(SOURCE_TAGS).map((s) => published.filter((r) => r['source'] === s).at(-1)).filter((r) => r !== undefined);
		const aggOrder = Object.keys(AGGREGATIONS) as SampleAggregation[];
		return [
			{
				height: 380,
				marginLeft: 44,
				marginRight: 16,
				marginBottom: 40,
				x: { type: 'log', domain: K_DOMAIN, label: zh ? '每题样本数 k（对数坐标）' : 'Samples per problem k (log scale)', ticks: [1, 10, 100, 1000], tickFormat: (v: number) => plain(v, 4), grid: true },
				y: { domain: [0, 100], label: zh ? '解出的题目（%）' : 'Problems solved (%)', grid: true },
				color: { domain: [SERIES.coverage.label[lang], SERIES.majority.label[lang]], range: [SERIES.coverage.color, SERIES.majority.color], legend: true },
				symbol: { domain: aggOrder.map((a) => AGGREGATIONS[a].label[lang]), range: aggOrder.map((a) => AGGREGATIONS[a].symbol), legend: true },
				marks: [
					Plot.ruleY([0]),
					Plot.ruleY([limit], { stroke: SERIES.majority.color, strokeOpacity: 0.7, strokeDasharray: '5 4' }),
					Plot.text([zh ? `投票的极限：${pct(limit)}` : `voting limit: ${pct(limit)}`], { x: 1, y: limit, dx: 4, dy: limit > 90 ? 10 : -7, textAnchor: 'start', fontSize: 11, fill: 'currentColor' }),
					Plot.ruleX([k], { stroke: 'currentColor', strokeOpacity: 0.45, strokeDasharray: '3 3' }),
					Plot.line(published, { x: 'k', y: 'percent', z: 'source', stroke: 'currentColor', strokeOpacity: 0.35, strokeWidth: 1 }),
					Plot.dot(published, { x: 'k', y: 'percent', symbol: 'how', r: 4.5, stroke: 'currentColor', strokeWidth: 1.5, fill: 'var(--sl-color-bg, white)' }),
					// SWE-bench's label goes below its point (the coverage curve runs just above it), the AIME ones above.
					...[true, false].map((below) =>
						Plot.text(
							lastOfSource.filter((r) => (r['source'] === 'monkeys-swe') === below),
							{ x: 'k', y: 'percent', text: (r: Record<string, number | string>) => SOURCE_TAGS[r['source'] as string]?.[lang] ?? '', dx: -8, dy: below ? 14 : -9, textAnchor: 'end', fontSize: 11, fill: 'currentColor' },
						),
					),
					Plot.line(curve, { x: 'k', y: 'percent', z: 'series', stroke: 'name', strokeWidth: 2.5 }),
					Plot.dot(chosen, { x: 'k', y: 'percent', fill: 'name', r: 5, stroke: 'var(--sl-color-bg, white)', strokeWidth: 1.5 }),
				],
			},
		];
	},
	describe(state, data, lang) {
		const k = chosenK(state);
		const mix = mixOf(state);
		const cov1 = valueAt(data, 'coverage', 1);
		const cov = valueAt(data, 'coverage', k);
		const vote = valueAt(data, 'majority', k);
		const limit = 100 * majorityVoteLimit(mix);
		const shares = [100 * mix.easy, 100 * mix.hard, 100 * (1 - mix.easy - mix.hard)].map((v) => pct(v));
		return lang === 'zh-cn'
			? `模型示意（非实测）：简单题 ${shares[0]}、难题 ${shares[1]}、力所不及 ${shares[2]}。1 个样本时解出 ${pct(cov1)}；${samplesText(k, lang)}时，覆盖率（任一样本正确）为 ${pct(cov)}，多数投票为 ${pct(vote)}，投票的极限是 ${pct(limit)}。已发表的点作对照：SWE-bench Lite 覆盖率从 15.9%（1 个样本）到 56%（250 个）；o1 在 AIME 2024 上单个样本 74%、64 个样本共识 83%、重排 1000 个样本 93%；R1-Zero pass@1 71.0%、cons@64 86.7%。`
			: `Model illustration (not measured): ${shares[0]} easy, ${shares[1]} hard and ${shares[2]} out-of-reach problems. One sample solves ${pct(cov1)}; with ${samplesText(k, lang)}, coverage (any sample right) is ${pct(cov)} and majority voting ${pct(vote)}, against a voting limit of ${pct(limit)}. Published points for comparison: SWE-bench Lite coverage 15.9% with one sample, 56% with 250; o1 on AIME 2024 74% single sample, 83% consensus of 64, 93% re-ranking 1,000; R1-Zero 71.0% pass@1, 86.7% cons@64.`;
	},
	readout(state, data, lang) {
		const zh = lang === 'zh-cn';
		const k = chosenK(state);
		const mix = mixOf(state);
		const cov = valueAt(data, 'coverage', k);
		const vote = valueAt(data, 'majority', k);
		return [
			{ label: zh ? '简单 / 难 / 力所不及' : 'Easy / hard / out of reach', value: `${pct(100 * mix.easy)} / ${pct(100 * mix.hard)} / ${pct(100 * (1 - mix.easy - mix.hard))}` },
			{ label: zh ? '1 个样本（pass@1）' : 'One sample (pass@1)', value: pct(valueAt(data, 'coverage', 1)) },
			{ label: zh ? `覆盖率，${samplesText(k, lang)}` : `Coverage, ${samplesText(k, lang)}`, value: pct(cov) },
			{ label: zh ? `多数投票，${samplesText(k, lang)}` : `Majority vote, ${samplesText(k, lang)}`, value: pct(vote) },
			{ label: zh ? '多数投票的极限（k → ∞）' : 'Majority-vote limit (k → ∞)', value: pct(100 * majorityVoteLimit(mix)) },
			{ label: zh ? '难题的单样本成功率' : 'Hard problems: p per sample', value: `${plain(HARD_LEVELS[0] ?? 0, 2)} – ${plain(HARD_LEVELS.at(-1) ?? 0, 2)}` },
		];
	},
});
