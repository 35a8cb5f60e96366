/**
 * Training compute of notable AI systems over time (Epoch AI's database, June 2025 snapshot), with
 * our fitted growth per year and doubling time since a start year the reader moves, and a second
 * view: training tokens per parameter of language models against Chinchilla's ≈20. The interval
 * is a bootstrap over systems, run as a figure computation (a worker in the browser).
 */
import * as Plot from '@observablehq/plot';
import type { EpochSystem } from '../../data/measured/epoch';
import type { Lang, Localized } from '../../data/schema';
import {
	at,
	bootstrapTrend,
	CHINCHILLA_TOKENS_PER_PARAM,
	COMPUTE_ANCHORS,
	doublingMonths,
	fitLine,
	growthPerYear,
	isReported,
	isSpeculative,
	type LineFit,
	sample,
	since,
	system,
	TOKENS_ANCHORS,
	TOKENS_EXCLUDED,
	TOKENS_POINTS,
	TREND_RESAMPLES,
	type TokensPoint,
	tokensByYear,
	type TrendInterval,
	trendSystems,
} from '../../lib/compute-trend';
import { count, fixed, plain, sci } from '../../lib/format';
import { L, YES_NO } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureData, type FigureState } from '../types';

type View = 'compute-all' | 'compute-language' | 'tokens';
const viewOf = (state: FigureState) => state['view'] as View;
const startOf = (state: FigureState) => state['start'] as number;
const isTokens = (view: View) => view === 'tokens';

const LAST_YEAR = 2026;
/** The tokens view's axis runs from 1 to 10⁴ tokens per parameter. */
const TOKENS_LOG_TOP = 4;
/** The tokens view has no entry before this year, so its axis and fit never start earlier. */
const TOKENS_FIRST_YEAR = Math.floor(TOKENS_POINTS[0]?.year ?? 2016);

/** The systems a view fits, from the start year on (the tokens view from its first entry at the earliest). */
function fitted(view: View, start: number): readonly { year: number }[] {
	if (isTokens(view)) return since(TOKENS_POINTS, Math.max(start, TOKENS_FIRST_YEAR));
	return since(trendSystems(view === 'compute-all' ? 'all' : 'language'), start);
}
const valueOf = (view: View) => (isTokens(view) ? (p: { year: number }) => (p as TokensPoint).tokensPerParam : (s: { year: number }) => (s as EpochSystem).compute);

const yesNo = YES_NO;
const BASIS = { reported: L('Reported by the developer', '开发方报告'), estimate: L('Epoch’s estimate', 'Epoch 的估计') };
const CONFIDENCE = {
	Confident: L('Confident', '有把握'),
	Likely: L('Likely', '较可能'),
	Speculative: L('Speculative', '推测'),
	Unknown: L('Unknown', '未知'),
};
const METHOD_WORDS: Record<string, Localized> = {
	'Operation counting': L('operation counting', '按运算量计数'),
	Hardware: L('hardware and training time', '按硬件与训练时长'),
	Reported: L('reported', '开发方报告'),
	'Third-party estimation': L('third-party estimate', '第三方估计'),
	'Comparison with other models': L('comparison with other models', '与其他模型比较'),
	Benchmarks: L('benchmark scores', '按基准测试成绩推断'),
	Cost: L('cost', '按成本推算'),
	Other: L('other', '其他'),
};
const methodKey = (s: EpochSystem) => s.computeMethod.join('+');
/** Words for every method combination in the snapshot (the CSV keeps upstream's names). */
const METHOD_VALUES: Record<string, Localized> = Object.fromEntries(
	[...new Set(trendSystems('all').map(methodKey).concat(TOKENS_POINTS.map((p) => methodKey(p.system))))]
		.filter((k) => k !== '')
		.map((k) => {
			const en = k.split('+').map((w) => METHOD_WORDS[w]?.en ?? w).join(' + ');
			return [k, { en: en.charAt(0).toUpperCase() + en.slice(1), 'zh-cn': k.split('+').map((w) => METHOD_WORDS[w]?.['zh-cn'] ?? w).join(' + ') }];
		}),
);

/** An anchor's label: a value that is Epoch's estimate says so. */
function anchorLabel(s: EpochSystem, label: string, lang: Lang): string {
	if (isReported(s)) return label;
	return lang === 'zh-cn' ? `${label}（Epoch 估计）` : `${label} (Epoch’s estimate)`;
}


/**
 * Dots for a view: Epoch's speculative estimates hollow, the rest filled, each with its tooltip.
 * `of` maps an item to the system whose confidence decides.
 */
function estimateDots<T>(items: readonly T[], of: (item: T) => EpochSystem, channels: { x: string; y: string }, colour: string, r: number, title: (item: T) => string) {
	return [
		Plot.dot(items.filter((i) => !isSpeculative(of(i))), { ...channels, r, fill: colour, fillOpacity: 0.85, stroke: 'var(--sl-color-bg, white)', strokeWidth: 0.5, title, clip: true }),
		Plot.dot(items.filter((i) => isSpeculative(of(i))), { ...channels, r, stroke: colour, strokeWidth: 1.25, fill: 'none', title, clip: true }),
	];
}

/** Margins shared by both views (room for 10²⁵-style tick labels on the left). */
const FRAME = { marginLeft: 52, marginRight: 14, marginTop: 26, marginBottom: 40 } as const;

/** Year ticks every 1, 2, 4, 5, 10 or 20 years, at most five of them (they must fit a phone). */
function yearTicks(from: number, to: number): number[] {
	const step = [1, 2, 4, 5, 10, 20].find((s) => (to - from) / s <= 4.5) ?? 25;
	const first = Math.ceil(from / step) * step;
	return Array.from({ length: Math.floor((to - first) / step) + 1 }, (_, i) => first + i * step);
}

/** Plot height below which the narrow layout is drawn, minus margins: the pixels the y domain spans at its smallest. */
const PLOT_AREA_PX = 300 - 26 - 40;
const LABEL_GAP_PX = 16;

/**
 * Label heights (log10 units) for anchors sorted from the highest value down: each at its
 * anchor's height, or lower when the label above would be closer than one line of text, never
 * above `top`; or, with `stack`, one under the other from `top` down.
 */
function labelColumn<T extends { log: number }>(items: readonly T[], top: number, decades: number, stack = false): (T & { labelLog: number })[] {
	const gap = (LABEL_GAP_PX / PLOT_AREA_PX) * decades;
	const sorted = [...items].sort((a, b) => b.log - a.log);
	let previous = top + gap;
	return sorted.map((item) => {
		// Stacked: one line under the other from the top, whatever the anchor's height.
		const labelLog = stack ? previous - gap : Math.min(item.log, previous - gap);
		previous = labelLog;
		return { ...item, labelLog };
	});
}

interface Meta {
	view: View;
	start: number;
	fit: LineFit | null;
	interval: TrendInterval | null;
	first: number;
	last: number;
}
const metaOf = (data: FigureData) => data.meta as unknown as Meta;

const times = (slope: number) => `×${fixed(growthPerYear(slope), 2)}`;
const months = (slope: number, lang: Lang) => (lang === 'zh-cn' ? `${fixed(doublingMonths(slope), 1)} 个月` : `${fixed(doublingMonths(slope), 1)} months`);
const year = (y: number) => String(Math.floor(y));

function systemTitle(s: EpochSystem, lang: Lang): string {
	const zh = lang === 'zh-cn';
	const basis = isReported(s) ? BASIS.reported[lang] : BASIS.estimate[lang];
	return zh
		? `${s.model}（${s.organization}，${s.date}）\n训练算力 ${sci(s.compute)} FLOPs：${basis}，置信度“${CONFIDENCE[s.confidence][lang]}”`
		: `${s.model} (${s.organization}, ${s.date})\ntraining compute ${sci(s.compute)} FLOPs: ${basis}, confidence “${CONFIDENCE[s.confidence][lang]}”`;
}
function tokensTitle(p: TokensPoint, lang: Lang): string {
	return lang === 'zh-cn'
		? `${p.system.model}（${p.system.organization}，${p.system.date}）\n${count(p.params)} 参数，${count(p.tokens)} 词元：每参数 ${plain(p.tokensPerParam, 3)} 个词元`
		: `${p.system.model} (${p.system.organization}, ${p.system.date})\n${count(p.params)} parameters, ${count(p.tokens)} tokens: ${plain(p.tokensPerParam, 3)} tokens per parameter`;
}

const computeAnchors = COMPUTE_ANCHORS.map((a) => ({ ...a, system: system(a.model) }));
const tokensAnchors = TOKENS_ANCHORS.map((a) => {
	const point = TOKENS_POINTS.find((p) => p.system.model === a.model);
	if (!point) throw new Error(`[course] compute-trend: the tokens view has no "${a.model}"`);
	return { ...a, point };
});

/** Per calendar year, the system with the most compute (rows worth reading in the static table). */
function yearlyTop<T>(items: readonly T[], yearOf: (t: T) => number, valueOfItem: (t: T) => number): Set<T> {
	const top = new Map<number, T>();
	for (const item of items) {
		const y = Math.floor(yearOf(item));
		const best = top.get(y);
		if (!best || valueOfItem(item) > valueOfItem(best)) top.set(y, item);
	}
	return new Set(top.values());
}

export default defineFigure({
	id: 'compute-trend',
	title: L('Training compute of notable AI systems over time, and tokens per parameter', '知名 AI 系统的训练算力随时间的变化，以及每参数词元数'),
	caption: L(
		`Measured data, mostly estimates: Epoch AI’s database of AI systems (snapshot, latest entry June 2025). The compute views show every system Epoch marks as notable (a state-of-the-art result, many citations, historical significance, significant use or a large training cost) from the start year on; language models are blue, other systems grey. Most values are Epoch’s estimates, not figures the developers reported (Epoch counts operations from published sizes, or multiplies hardware, time and an assumed utilisation); hollow points are those Epoch itself grades speculative. GPT-4’s value is Epoch’s estimate: OpenAI has not disclosed its compute. The line is our fit, not Epoch’s: least squares of log compute on publication date, over the systems from the start year on; its 95% interval resamples the systems ${plain(TREND_RESAMPLES, 4)} times (a bootstrap). It describes the past and is not drawn beyond the data. The tokens view shows training tokens per parameter of language models against Chinchilla’s ratio of about 20. Epoch’s dataset-size column mixes words and tokens and often records a corpus’s unique size rather than the tokens seen, so this view keeps only entries where the meaning is clear: language-only models that are not fine-tunes, whose dataset-size notes speak of tokens, and whose 6 × parameters × dataset size lies within a factor of 2 of their compute. We read the names and dropped ${Object.keys(TOKENS_EXCLUDED).length} more (see the chapter). For most entries Epoch derived the compute from the same two numbers, so the factor-of-2 test is mostly a consistency check. Mixture-of-experts models with a total parameter count fail it and are absent.`,
		`实测数据，大多是估计值：Epoch AI 的 AI 系统数据库（快照，最近一条记录修改于 2025 年 6 月）。算力视图画出起始年份以来 Epoch 标为“知名”的全部系统（取得最先进的结果、被大量引用、有历史意义、被大量使用或训练成本很高），语言模型为蓝色，其他系统为灰色。大多数数值是 Epoch 的估计，而不是开发方报告的数字（Epoch 根据公布的规模计数运算量，或用硬件、训练时长和假设的利用率相乘）；空心点是 Epoch 自己评为“推测”的估计。GPT-4 的数值是 Epoch 的估计：OpenAI 没有公布其训练算力。直线是我们的拟合，不是 Epoch 的：对起始年份以来的系统，用最小二乘法把算力的对数对发表日期做回归；95% 区间来自对这些系统的 ${plain(TREND_RESAMPLES, 4)} 次重抽样（自助法）。它描述的是过去，不向数据之外延伸。词元视图画出语言模型的每参数训练词元数，并与 Chinchilla 约 20 的比例对照。Epoch 的数据集规模一列混有词数和词元数，而且常常记录语料的不重复规模，而不是模型实际见过的词元数，所以这一视图只保留含义明确的条目：仅属语言领域、不是微调模型、数据集规模注释说的是词元、且 6 × 参数量 × 数据集规模与其算力相差不超过 2 倍。我们逐一读过名称，另外去掉了 ${Object.keys(TOKENS_EXCLUDED).length} 条（见正文）。对大多数条目，Epoch 的算力正是由这两个数算出的，所以“2 倍”检验主要是一致性检查。按总参数量记录的混合专家模型通不过这一检验，因此不在图中。`,
	),
	sources: [
		{ k: 'epoch2022pcd' },
		{ k: 'epoch2024trend' },
		{ k: 'hoffmann2022', at: 'Table 1' },
		{ k: 'openai2023gpt4', at: '§2' },
	],
	datasets: ['epoch-compute', 'epoch-systems'],
	params: [
		{
			kind: 'choice',
			name: 'view',
			label: L('View', '视图'),
			default: 'compute-all',
			options: [
				{ value: 'compute-all', label: L('Compute · trend of all notable systems', '算力 · 全部知名系统的趋势') },
				{ value: 'compute-language', label: L('Compute · trend of language models', '算力 · 语言模型的趋势') },
				{ value: 'tokens', label: L('Tokens per parameter', '每参数词元数') },
			],
		},
		{ kind: 'range', name: 'start', label: L('Show and fit from year', '显示与拟合的起始年份'), min: 1950, max: 2022, step: 1, default: 2010, format: (v) => String(v) },
	],
	compute: [
		{
			name: 'trend',
			key: (state) => `${viewOf(state)}/${startOf(state)}`,
			label: (_state, lang) => (lang === 'zh-cn' ? `自助法：${plain(TREND_RESAMPLES, 4)} 次重新拟合` : `Bootstrap: ${plain(TREND_RESAMPLES, 4)} refits`),
			*run(state) {
				const view = viewOf(state);
				const points = fitted(view, startOf(state));
				if (points.length < 3) return null;
				return yield* bootstrapTrend(sample(points, valueOf(view)));
			},
		},
	],
	data(state, results) {
		const view = viewOf(state);
		const start = startOf(state);
		const points = fitted(view, start);
		const s = sample(points, valueOf(view));
		const fit = points.length >= 3 && new Set(s.xs).size >= 2 ? fitLine(s.xs, s.ys) : null;
		const interval = (results?.['trend'] as TrendInterval | null | undefined) ?? null;
		const meta: Meta = { view, start, fit, interval, first: points[0]?.year ?? start, last: points.at(-1)?.year ?? start };
		const common = [
			{ key: 'model', label: L('System', '系统'), verbatim: true },
			{ key: 'organization', label: L('Organisation', '机构'), verbatim: true },
			{ key: 'date', label: L('Published', '发表日期') },
		];
		const basis = { key: 'compute_basis', label: L('Compute value', '算力数值'), values: BASIS };
		const confidence = { key: 'epoch_confidence', label: L('Epoch’s confidence', 'Epoch 的置信度'), values: CONFIDENCE };
		if (isTokens(view)) {
			const tokens = points as readonly TokensPoint[];
			const anchors = new Set(tokensAnchors.map((a) => a.point));
			const top = yearlyTop(tokens, (p) => p.year, (p) => p.tokensPerParam);
			const bottom = yearlyTop(tokens, (p) => p.year, (p) => -p.tokensPerParam);
			return {
				columns: [
					...common,
					{ key: 'params', label: L('Parameters', '参数量'), format: (v) => count(v) },
					{ key: 'tokens', label: L('Training tokens', '训练词元数'), format: (v) => count(v) },
					{ key: 'tokens_per_param', label: L('Tokens per parameter', '每参数词元数'), format: (v) => plain(v, 3) },
					{ key: 'compute_flop', label: L('Training compute (FLOPs)', '训练算力（FLOPs）'), format: (v) => sci(v) },
					basis,
					confidence,
				],
				rows: tokens.map((p) => ({
					model: p.system.model,
					organization: p.system.organization,
					date: p.system.date,
					params: p.params,
					tokens: p.tokens,
					tokens_per_param: p.tokensPerParam,
					compute_flop: p.system.compute,
					compute_basis: isReported(p.system) ? 'reported' : 'estimate',
					epoch_confidence: p.system.confidence,
				})),
				keyRows: (row) => tokens.some((p) => p.system.model === row['model'] && (anchors.has(p) || top.has(p) || bottom.has(p))),
				meta: meta as unknown as Record<string, unknown>,
			};
		}
		const systems = points as readonly EpochSystem[];
		const shown = view === 'compute-all' ? systems : since(trendSystems('all'), start);
		const anchors = new Set(computeAnchors.map((a) => a.model) as string[]);
		const top = yearlyTop(shown, (s) => s.year, (s) => s.compute);
		return {
			columns: [
				...common,
				{ key: 'language', label: L('Language model', '语言模型'), values: yesNo },
				{ key: 'compute_flop', label: L('Training compute (FLOPs)', '训练算力（FLOPs）'), format: (v) => sci(v) },
				basis,
				{ key: 'epoch_method', label: L('How Epoch obtained it', 'Epoch 的估算方法'), values: METHOD_VALUES },
				confidence,
				{ key: 'in_fit', label: L('In the fit', '纳入拟合'), values: yesNo },
			],
			rows: shown.map((s) => ({
				model: s.model,
				organization: s.organization,
				date: s.date,
				language: s.language ? 'yes' : 'no',
				compute_flop: s.compute,
				compute_basis: isReported(s) ? 'reported' : 'estimate',
				epoch_method: methodKey(s),
				epoch_confidence: s.confidence,
				in_fit: view === 'compute-all' || s.language ? 'yes' : 'no',
			})),
			keyRows: (row) => anchors.has(row['model'] as string) || shown.some((s) => s.model === row['model'] && top.has(s)),
			meta: meta as unknown as Record<string, unknown>,
		};
	},
	plots(_state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const m = metaOf(data);
		const view = m.view;
		const x0 = isTokens(view) ? Math.max(m.start, TOKENS_FIRST_YEAR) : m.start;
		const x = { domain: [x0, LAST_YEAR], ticks: yearTicks(x0, LAST_YEAR), tickFormat: (v: number) => String(v), label: zh ? '发表日期（年）' : 'Publication date (year)', grid: true };
		const fitLineMarks = m.fit ? [Plot.line([m.first, m.last], { x: (y: number) => y, y: (y: number) => 10 ** at(m.fit!, y), stroke: 'currentColor', strokeWidth: 2.5, clip: true })] : [];
		const halo = { stroke: 'var(--sl-color-bg, white)', strokeWidth: 4, paintOrder: 'stroke', fill: 'currentColor', fontSize: 12 } as const;
		if (isTokens(view)) {
			const points = since(TOKENS_POINTS, x0);
			const anchors = tokensAnchors.filter((a) => a.point.year >= x0);
			// The tokens view's top left is empty: its labels stack there, joined to their points.
			const labels = labelColumn(anchors.map((a) => ({ anchor: a, log: Math.log10(a.point.tokensPerParam) })), TOKENS_LOG_TOP - 0.35, TOKENS_LOG_TOP, true);
			const labelX = x0 + (LAST_YEAR - x0) * 0.03;
			return [
				{
					...FRAME,
					x,
					y: { type: 'log', domain: [1, 10 ** TOKENS_LOG_TOP], ticks: [1, 10, 100, 1e3, 1e4], tickFormat: (v: number) => plain(v, 1), label: zh ? '每参数训练词元数（对数坐标）' : 'Training tokens per parameter (log scale)', grid: true },
					marks: [
						Plot.ruleY([CHINCHILLA_TOKENS_PER_PARAM], { stroke: 'currentColor', strokeDasharray: '5 4', strokeOpacity: 0.8 }),
						Plot.text([zh ? 'Chinchilla：约 20' : 'Chinchilla: ≈20'], { frameAnchor: 'left', x: x0, y: CHINCHILLA_TOKENS_PER_PARAM, dx: 4, dy: 9, textAnchor: 'start', ...halo }),
						...estimateDots(points, (p) => p.system, { x: 'year', y: 'tokensPerParam' }, PALETTE[0], 3.5, (p) => tokensTitle(p, lang)),
						...fitLineMarks,
						Plot.dot(anchors, { x: (a) => a.point.year, y: (a) => a.point.tokensPerParam, r: 6, stroke: 'currentColor', strokeWidth: 1.5, fill: 'none' }),
						Plot.link(labels, { x1: labelX, y1: (l) => 10 ** l.labelLog, x2: (l) => l.anchor.point.year, y2: (l) => l.anchor.point.tokensPerParam, stroke: 'currentColor', strokeOpacity: 0.45, strokeWidth: 1 }),
						Plot.text(labels, { x: labelX, y: (l) => 10 ** l.labelLog, text: (l) => l.anchor.label, textAnchor: 'start', dy: -7, ...halo }),
					],
				},
			];
		}
		const all = since(trendSystems('all'), x0);
		const language = all.filter((s) => s.language);
		const other = all.filter((s) => !s.language);
		const lo = Math.min(...all.map((s) => s.compute));
		const yLo = 10 ** Math.floor(Math.log10(lo));
		const yHi = 1e27;
		const decades = Math.log10(yHi / yLo);
		const step = Math.max(1, Math.ceil(decades / 7));
		const ticks = Array.from({ length: Math.floor(decades / step) + 1 }, (_, i) => yHi / 10 ** (i * step)).reverse();
		const anchors = computeAnchors.filter((a) => a.system.year >= x0);
		// The anchors sit in the crowded top right; their labels go in a column in the empty top left,
		// each joined to its ring by a thin leader, spaced so that they never overlap at phone height.
		const labels = labelColumn(anchors.map((a) => ({ anchor: a, log: Math.log10(a.system.compute) })), Math.log10(yHi) - 0.5, decades);
		const labelX = x0 + (LAST_YEAR - x0) * 0.03;
		const dots = (items: readonly EpochSystem[], colour: string, r: number) => estimateDots(items, (s) => s, { x: 'year', y: 'compute' }, colour, r, (s) => systemTitle(s, lang));
		const languageLabel = zh ? '语言模型' : 'Language models';
		const otherLabel = zh ? '其他系统' : 'Other systems';
		return [
			{
				...FRAME,
				x,
				y: { type: 'log', domain: [yLo, yHi], ticks, tickFormat: (v: number) => sci(v), label: zh ? '训练算力（FLOPs，对数坐标）' : 'Training compute (FLOPs, log scale)', grid: true },
				color: { domain: [languageLabel, otherLabel], range: [PALETTE[0], 'var(--fig-muted)'], legend: true },
				marks: [
					...dots(other, 'var(--fig-muted)', 2.5),
					...dots(language, PALETTE[0], 3),
					...fitLineMarks,
					Plot.link(labels, { x1: labelX, y1: (l) => 10 ** l.labelLog, x2: (l) => l.anchor.system.year, y2: (l) => l.anchor.system.compute, stroke: 'currentColor', strokeOpacity: 0.45, strokeWidth: 1 }),
					Plot.dot(anchors, { x: (a) => a.system.year, y: (a) => a.system.compute, r: 6, stroke: 'currentColor', strokeWidth: 1.5, fill: 'none' }),
					Plot.text(labels, { x: labelX, y: (l) => 10 ** l.labelLog, text: (l) => anchorLabel(l.anchor.system, l.anchor.label, lang), textAnchor: 'start', dy: -7, ...halo }),
				],
			},
		];
	},
	describe(_state, data, lang) {
		const zh = lang === 'zh-cn';
		const m = metaOf(data);
		const n = data.rows.length;
		const fitText = m.fit
			? m.interval
				? zh
					? `我们的拟合：每年 ${times(m.fit.slope)}（95% 区间 ${times(m.interval.lo)}–${times(m.interval.hi)}），即每 ${months(m.fit.slope, lang)}翻一番`
					: `our fit: ${times(m.fit.slope)} per year (95% interval ${times(m.interval.lo)} to ${times(m.interval.hi)}), doubling every ${months(m.fit.slope, lang)}`
				: zh
					? `我们的拟合：每年 ${times(m.fit.slope)}，即每 ${months(m.fit.slope, lang)}翻一番（区间计算中）`
					: `our fit: ${times(m.fit.slope)} per year, doubling every ${months(m.fit.slope, lang)} (interval being computed)`
			: zh
				? '点太少，无法拟合'
				: 'too few points to fit';
		if (isTokens(m.view)) {
			const years = tokensByYear(since(TOKENS_POINTS, Math.max(m.start, TOKENS_FIRST_YEAR)));
			const medians = years.map((y) => `${y.year}: ${plain(y.median, 2)}`).join(zh ? '；' : '; ');
			return zh
				? `${n} 个语言模型的每参数训练词元数（${year(m.first)}–${year(m.last)} 年，规则见图注），对照 Chinchilla 约 20 的比例。各年中位数：${medians}。${fitText}。`
				: `Training tokens per parameter of ${n} language models (${year(m.first)}–${year(m.last)}, rule in the caption) against Chinchilla’s ≈20. Median by year: ${medians}. ${fitText.charAt(0).toUpperCase()}${fitText.slice(1)}.`;
		}
		const fittedSet = m.view === 'compute-all' ? (zh ? '全部知名系统' : 'all notable systems') : zh ? '知名语言模型' : 'notable language models';
		const estimates = data.rows.filter((r) => r['compute_basis'] === 'estimate').length;
		return zh
			? `${year(m.start)} 年以来 ${n} 个知名 AI 系统的训练算力（其中 ${estimates} 个是 Epoch 的估计），对数坐标。对${fittedSet}，${fitText}。`
			: `Training compute of ${n} notable AI systems since ${year(m.start)} (${estimates} of the values are Epoch’s estimates), log scale. For ${fittedSet}, ${fitText}.`;
	},
	readout(_state, data, lang) {
		const zh = lang === 'zh-cn';
		const m = metaOf(data);
		const fittedCount = isTokens(m.view) ? data.rows.length : data.rows.filter((r) => r['in_fit'] === 'yes').length;
		const pending = zh ? '计算中…' : 'computing…';
		const items = [
			{ label: zh ? `拟合的条目（${year(m.first)}–${year(m.last)} 年）` : `Entries fitted (${year(m.first)}–${year(m.last)})`, value: String(fittedCount) },
			{
				label: isTokens(m.view) ? (zh ? '每参数词元数的年增长（我们的拟合）' : 'Growth of tokens per parameter per year (our fit)') : zh ? '训练算力的年增长（我们的拟合）' : 'Growth of training compute per year (our fit)',
				value: m.fit ? `${times(m.fit.slope)}${m.interval ? (zh ? `（95% 区间 ${times(m.interval.lo)}–${times(m.interval.hi)}）` : ` (95% interval ${times(m.interval.lo)}–${times(m.interval.hi)})`) : zh ? `（区间${pending}）` : ` (interval ${pending})`}` : '—',
			},
			{
				label: zh ? '翻一番所需时间' : 'Doubling time',
				value: m.fit && m.fit.slope > 0 ? `${months(m.fit.slope, lang)}${m.interval && m.interval.lo > 0 ? (zh ? `（${fixed(doublingMonths(m.interval.hi), 1)}–${fixed(doublingMonths(m.interval.lo), 1)}）` : ` (${fixed(doublingMonths(m.interval.hi), 1)}–${fixed(doublingMonths(m.interval.lo), 1)})`) : ''}` : '—',
			},
		];
		if (isTokens(m.view)) {
			const years = tokensByYear(since(TOKENS_POINTS, Math.max(m.start, TOKENS_FIRST_YEAR)));
			items.push({ label: zh ? '各年中位数（每参数词元数）' : 'Median tokens per parameter by year', value: years.map((y) => `${y.year}: ${plain(y.median, 2)}`).join(zh ? '；' : '; ') });
			items.push({ label: zh ? '高于 Chinchilla 约 20 的比例' : 'Share above Chinchilla’s ≈20', value: years.map((y) => `${y.year}: ${fixed(100 * y.aboveChinchilla, 0)}%`).join(zh ? '；' : '; ') });
		} else {
			const estimates = data.rows.filter((r) => r['compute_basis'] === 'estimate').length;
			items.push({ label: zh ? '其中 Epoch 的估计' : 'Of these values, Epoch’s estimates', value: zh ? `${data.rows.length} 个中的 ${estimates} 个` : `${estimates} of ${data.rows.length}` });
		}
		return items;
	},
});
