/**
 * The "data wall": training-set sizes of well-known models by year, against Epoch AI's 2024
 * estimate of the effective stock of public human text and its projected years of full use.
 */
import * as Plot from '@observablehq/plot';
import { DATASET_SIZES, FULL_USE_YEARS, PUBLIC_TEXT_STOCK, stockMultiple } from '../../lib/data-stock';
import { count, plain, sci } from '../../lib/format';
import type { Localized } from '../../data/schema';
import { formatLocator } from '../../i18n/locator';
import { axisScaleParam, L } from '../common';
import { PALETTE } from '../render';
import { defineFigure } from '../types';

const X_DOMAIN: [number, number] = [2019, 2033];

/**
 * How the table names each source: "Author Year" as the course's citations print it (checked
 * against the bibliography by tests/content/figure-strings.test.ts), instead of the citation key
 * the CSV keeps. Kept here rather than imported so the figure's browser chunk stays small.
 */
export const SOURCE_AUTHORS: Readonly<Record<string, Localized>> = {
	hoffmann2022: L('Hoffmann et al. 2022', 'Hoffmann 等 2022'),
	deepseekv2: L('DeepSeek-AI 2024a', 'DeepSeek-AI 2024a'),
	deepseekv3: L('DeepSeek-AI 2024b', 'DeepSeek-AI 2024b'),
	llama3: L('Llama Team 2024', 'Llama Team 2024'),
	villalobos2024: L('Villalobos et al. 2024', 'Villalobos 等 2024'),
};

const STOCK_SOURCE: { k: string; at?: string } = { k: 'villalobos2024' };
/** The stock's row in the CSV; the table shows it in the page's language. */
const STOCK_ITEM = 'Effective stock of public human text (Epoch AI 2024 estimate)';
const ITEM_LABELS: Record<string, Localized> = { [STOCK_ITEM]: L(STOCK_ITEM, '公开人类文本的有效存量（Epoch AI 2024 年估计）') };
const sourceKey = (s: { k: string; at?: string }) => (s.at ? `${s.k}, ${s.at}` : s.k);
/** The source column's words for each CSV key, in both languages. */
const SOURCE_LABELS: Record<string, Localized> = Object.fromEntries(
	[...DATASET_SIZES.map((m) => m.source), STOCK_SOURCE].map((s) => {
		const who = SOURCE_AUTHORS[s.k] ?? L(s.k, s.k);
		return [sourceKey(s), s.at ? L(`${who.en}, ${s.at}`, `${who['zh-cn']}，${formatLocator(s.at, 'zh-cn')}`) : who];
	}),
);
const LOG_DOMAIN: [number, number] = [1e11, 2e15];
const LINEAR_DOMAIN: [number, number] = [0, 1.1e15];

/**
 * Where each label sits (log axis only): the 2022 and 2024 points are close together, so labels
 * alternate sides and some are nudged vertically (pixels) to stay readable.
 */
const LABEL_PLACEMENT: Record<string, { side: 'left' | 'right'; dy: number }> = {
	'GPT-3': { side: 'right', dy: 0 },
	LaMDA: { side: 'right', dy: 4 },
	'MT-NLG 530B': { side: 'right', dy: -4 },
	Chinchilla: { side: 'right', dy: 0 },
	'DeepSeek-V2': { side: 'right', dy: 5 },
	'DeepSeek-V3': { side: 'left', dy: 3 },
	'Llama 3.1 405B': { side: 'right', dy: -1 },
	'Qwen2.5': { side: 'left', dy: -10 },
};

export default defineFigure({
	id: 'data-wall',
	title: L('The data wall: training sets against the stock of public text', '数据墙：训练集规模与公开文本存量'),
	caption: L(
		'Training-set sizes (tokens) of well-known models by year of publication, against Epoch AI’s 2024 estimate of the effective stock of public human-generated text: about 3×10¹⁴ tokens, with a 90% confidence interval of 10¹⁴ to 10¹⁵ (shaded band). Epoch projects that training sets will reach the size of this stock between 2026 and 2032 (median 2028; shaded years), or slightly earlier if models are overtrained. The stock is an estimate of usable text, not a count; switch the token axis to linear to see how small even 2024’s datasets are next to it. LaMDA’s and MT-NLG’s sizes are from Hoffmann et al.’s Table 1, placed at their papers’ publication year (2022); Qwen2.5’s 18T is as stated in the DeepSeek-V3 report.',
		'知名模型的训练集规模（词元数），按发表年份排列，并与 Epoch AI 2024 年对公开人类文本有效存量的估计对比：约 3×10¹⁴ 个词元，90% 置信区间为 10¹⁴–10¹⁵（阴影带）。Epoch 预计，训练集规模将在 2026–2032 年间达到这一存量（中位数 2028 年；阴影年份）；如果模型被“过度训练”，时间会略早。存量是对可用文本的估计，不是精确计数；把词元坐标轴切换为线性，可以看到即使是 2024 年的数据集，与之相比也很小。LaMDA 与 MT-NLG 的数据量取自 Hoffmann 等人的表 1，按其论文发表年份（2022 年）放置；Qwen2.5 的 18T 取自 DeepSeek-V3 报告中的说法。',
	),
	sources: [
		{ k: 'villalobos2024', at: 'abstract, Fig. 1; Epoch AI blog' },
		{ k: 'hoffmann2022', at: 'Table 1' },
		{ k: 'deepseekv2', at: 'p. 1' },
		{ k: 'deepseekv3', at: 'abstract; p. 33' },
		{ k: 'llama3' },
	],
	params: [axisScaleParam('scale', L('Token axis', '词元数坐标轴'))],
	data() {
		const rows: Record<string, number | string>[] = DATASET_SIZES.map((m) => ({
			item: m.name,
			year: m.year,
			tokens: m.tokens,
			low: '',
			high: '',
			source: sourceKey(m.source),
		}));
		rows.push({
			item: STOCK_ITEM,
			year: 2024,
			tokens: PUBLIC_TEXT_STOCK.median,
			low: PUBLIC_TEXT_STOCK.low,
			high: PUBLIC_TEXT_STOCK.high,
			source: sourceKey(STOCK_SOURCE),
		});
		return {
			columns: [
				{ key: 'item', label: L('Model or estimate', '模型或估计'), values: ITEM_LABELS },
				{ key: 'year', label: L('Year', '年份'), format: (v) => String(v) },
				{ key: 'tokens', label: L('Tokens', '词元数'), format: (v) => count(v) },
				{ key: 'low', label: L('90% interval, low (tokens)', '90% 区间下限（词元）'), format: (v) => sci(v) },
				{ key: 'high', label: L('90% interval, high (tokens)', '90% 区间上限（词元）'), format: (v) => sci(v) },
				{ key: 'source', label: L('Source', '来源'), values: SOURCE_LABELS },
			],
			rows,
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const log = state['scale'] === 'log';
		const yDomain = log ? LOG_DOMAIN : LINEAR_DOMAIN;
		const models = data.rows.filter((r) => r['low'] === '');
		const labels = log
			? models.map((r) => {
					const place = LABEL_PLACEMENT[r['item'] as string] ?? { side: 'right', dy: 0 };
					return Plot.text([r], {
						x: 'year',
						y: 'tokens',
						text: 'item',
						textAnchor: place.side === 'right' ? 'start' : 'end',
						dx: place.side === 'right' ? 8 : -8,
						dy: place.dy,
						fontSize: 11,
						fill: 'currentColor',
						clip: true,
					});
				})
			: [
					Plot.text([zh ? '在线性坐标下，八个训练集\n（最大 1.8×10¹³ 词元）都贴在底边上' : 'On a linear axis all eight training sets\n(the largest 1.8×10¹³ tokens) lie along the bottom edge'], {
						x: X_DOMAIN[0],
						y: 0.6e14,
						dx: 6,
						textAnchor: 'start',
						lineAnchor: 'bottom',
						fontSize: 11,
						fill: 'currentColor',
					}),
				];
		const { median, low, high } = PUBLIC_TEXT_STOCK;
		const stockLabel = zh
			? `公开人类文本有效存量 ≈ ${sci(median)} 词元\n（Epoch AI 2024 年估计，90% 区间 ${sci(low)}–${sci(high)}）`
			: `Effective stock of public human text ≈ ${sci(median)} tokens\n(Epoch AI 2024 estimate; 90% interval ${sci(low)}–${sci(high)})`;
		const windowLabel = zh
			? `预计用尽：${FULL_USE_YEARS.from}–${FULL_USE_YEARS.to} 年\n（中位数 ${FULL_USE_YEARS.median} 年）`
			: `Projected full use:\n${FULL_USE_YEARS.from}–${FULL_USE_YEARS.to} (median ${FULL_USE_YEARS.median})`;
		return [
			{
				marginLeft: 56,
				marginBottom: 40,
				marginRight: 16,
				x: { domain: X_DOMAIN, ticks: [2020, 2022, 2024, 2026, 2028, 2030, 2032], tickFormat: (v: number) => String(v), label: zh ? '年份' : 'Year' },
				y: {
					type: log ? 'log' : 'linear',
					domain: yDomain,
					grid: true,
					label: zh ? `训练词元数（${log ? '对数' : '线性'}坐标）` : `Training tokens (${log ? 'log' : 'linear'} scale)`,
					...(log ? { ticks: [1e11, 1e12, 1e13, 1e14, 1e15] } : { ticks: 6 }),
					tickFormat: (v: number) => (v === 0 ? '0' : sci(v, 1)),
				},
				marks: [
					Plot.rect([FULL_USE_YEARS], { x1: 'from', x2: 'to', y1: yDomain[0], y2: yDomain[1], fill: 'var(--fig-extrapolated)' }),
					Plot.ruleX([FULL_USE_YEARS.median], { stroke: 'currentColor', strokeOpacity: 0.5, strokeDasharray: '4 3' }),
					Plot.text([windowLabel], { x: (FULL_USE_YEARS.from + FULL_USE_YEARS.to) / 2, frameAnchor: 'top', dy: 4, lineAnchor: 'top', fontSize: 11, fill: 'currentColor' }),
					Plot.rect([PUBLIC_TEXT_STOCK], { x1: X_DOMAIN[0], x2: X_DOMAIN[1], y1: 'low', y2: (s: typeof PUBLIC_TEXT_STOCK) => Math.min(s.high, yDomain[1]), fill: PALETTE[1], fillOpacity: 0.14 }),
					Plot.ruleY([median], { stroke: PALETTE[1], strokeWidth: 2 }),
					Plot.text([stockLabel], { x: X_DOMAIN[0], y: median, dx: 6, dy: -6, textAnchor: 'start', lineAnchor: 'bottom', fontSize: 11, fill: 'currentColor' }),
					// Every point lies inside both domains; no clipping, so the dots on the linear axis’s floor stay whole.
					Plot.dot(models, { x: 'year', y: 'tokens', r: 4.5, fill: PALETTE[0], stroke: 'var(--sl-color-bg, white)', strokeWidth: 1 }),
					...labels,
				],
			},
		];
	},
	describe(_state, data, lang) {
		const models = data.rows.filter((r) => r['low'] === '');
		const first = models[0];
		const largest = models.reduce((a, b) => ((a['tokens'] as number) >= (b['tokens'] as number) ? a : b));
		const t0 = sci(first?.['tokens'] as number, 2);
		const t1 = sci(largest['tokens'] as number, 2);
		const times = plain(stockMultiple(largest['tokens'] as number), 2);
		const { median, low, high } = PUBLIC_TEXT_STOCK;
		const { from, to, median: year } = FULL_USE_YEARS;
		return lang === 'zh-cn'
			? `训练集规模从 ${first?.['item']}（${first?.['year']} 年）的 ${t0} 词元增长到 ${largest['item']}（${largest['year']} 年）的 ${t1} 词元，约为 Epoch AI 估计的公开人类文本有效存量 ${sci(median)} 词元（90% 区间 ${sci(low)}–${sci(high)}）的 1/${times}。Epoch 预计训练集将在 ${from}–${to} 年间（中位数 ${year} 年）用尽这一存量。`
			: `Training sets grew from ${t0} tokens (${first?.['item']}, ${first?.['year']}) to ${t1} (${largest['item']}, ${largest['year']}), about 1/${times} of Epoch AI’s estimate of the effective stock of public human text, ${sci(median)} tokens (90% interval ${sci(low)}–${sci(high)}). Epoch projects full use between ${from} and ${to} (median ${year}).`;
	},
});
