/**
 * Training compute over time, from Epoch AI's database (snapshot of June 2025; provenance, licence
 * and credit in src/data/measured/sources.json), and tokens per parameter of language models. Pure
 * data and arithmetic: no DOM, no Plot.
 *
 * Most compute values are Epoch's estimates, not figures the developers reported: `isReported`
 * tells them apart, and nothing here turns an estimate into a reported number.
 *
 * The trend is our own fit: ordinary least squares of log10(compute) on the publication date (a
 * fractional year), so the slope is in orders of magnitude per year; its interval is a percentile
 * bootstrap over systems (resampling systems with replacement, a fixed seed so that the build and
 * a reader's browser draw the same resamples).
 */
import { EPOCH_SYSTEMS, type EpochSystem } from '../data/measured/epoch';
import type { Localized } from '../data/schema';
import { createRng, resampleCounts } from './fit/random';
import { summarize } from './fit/intervals';

/** Systems Epoch marks as notable (a notability criterion: state-of-the-art result, highly cited, historical significance, significant use or training cost), by date. */
export const NOTABLE: readonly EpochSystem[] = EPOCH_SYSTEMS.filter((s) => s.notable).sort((a, b) => a.year - b.year || a.model.localeCompare(b.model));

/** True when the developer reported the compute (Epoch's method lists "Reported"); otherwise it is Epoch's estimate. */
export const isReported = (s: EpochSystem) => s.computeMethod.includes('Reported');
/** Epoch's lowest confidence grades: its own estimate is a guess from little public information. */
export const isSpeculative = (s: EpochSystem) => s.confidence === 'Speculative' || s.confidence === 'Unknown';

/** Which systems a compute trend is fitted to. */
export type TrendSet = 'all' | 'language';
export const trendSystems = (set: TrendSet): readonly EpochSystem[] => (set === 'all' ? NOTABLE : NOTABLE_LANGUAGE);
const NOTABLE_LANGUAGE = NOTABLE.filter((s) => s.language);

/** The systems from `start` (a year, inclusive) on, by binary search on the date-sorted list. */
export function since<T extends { year: number }>(sorted: readonly T[], start: number): readonly T[] {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]!.year < start) lo = mid + 1;
		else hi = mid;
	}
	return sorted.slice(lo);
}

export interface LineFit {
	/** log10 units per year. */
	slope: number;
	/** log10 value at year 0 (use `at` to evaluate). */
	intercept: number;
	points: number;
}

/** Least squares of y on x, optionally weighted (bootstrap multiplicities); needs two distinct x. */
export function fitLine(xs: ArrayLike<number>, ys: ArrayLike<number>, weights?: ArrayLike<number>): LineFit {
	const n = xs.length;
	if (n !== ys.length || (weights && weights.length !== n)) throw new RangeError('fitLine: x, y (and weights) must have the same length');
	let sw = 0;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		const w = weights ? weights[i]! : 1;
		sw += w;
		mx += w * xs[i]!;
		my += w * ys[i]!;
	}
	mx /= sw;
	my /= sw;
	let sxx = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		const w = weights ? weights[i]! : 1;
		const dx = xs[i]! - mx;
		sxx += w * dx * dx;
		sxy += w * dx * (ys[i]! - my);
	}
	if (!(sxx > 0)) throw new RangeError('fitLine: need at least two distinct x values');
	const slope = sxy / sxx;
	return { slope, intercept: my - slope * mx, points: n };
}

/** The fitted log10 value at a year. */
export const at = (fit: LineFit, year: number) => fit.intercept + fit.slope * year;
/** A slope in log10 units per year as a growth factor per year (×4.7 per year). */
export const growthPerYear = (slope: number) => 10 ** slope;
/** A slope in log10 units per year as a doubling time in months (positive slopes only). */
export const doublingMonths = (slope: number) => (12 * Math.log10(2)) / slope;

export interface TrendSample {
	xs: Float64Array;
	ys: Float64Array;
}

/** Dates and log10 values of a set of systems, ready to fit. */
export function sample<T extends { year: number }>(items: readonly T[], value: (item: T) => number): TrendSample {
	return { xs: Float64Array.from(items, (s) => s.year), ys: Float64Array.from(items, (s) => Math.log10(value(s))) };
}

export interface TrendInterval {
	/** The point fit's slope (log10 per year). */
	slope: number;
	/** Percentile bootstrap interval of the slope. */
	lo: number;
	hi: number;
	level: number;
	resamples: number;
	points: number;
}

export interface TrendBootstrapOptions {
	resamples?: number;
	seed?: number;
	level?: number;
}

export const TREND_RESAMPLES = 1000;
export const TREND_SEED = 20250620;

/**
 * A percentile bootstrap of the slope: resample the systems with replacement, refit, and take the
 * central `level` share of the slopes. A generator that yields its progress (0–1) every 50
 * resamples, so a worker can report it and a page can stop it.
 */
export function* bootstrapTrend(s: TrendSample, options: TrendBootstrapOptions = {}): Generator<number, TrendInterval, void> {
	const resamples = options.resamples ?? TREND_RESAMPLES;
	const level = options.level ?? 0.95;
	const n = s.xs.length;
	const point = fitLine(s.xs, s.ys);
	const rng = createRng(options.seed ?? TREND_SEED);
	const counts = new Uint32Array(n);
	const slopes = new Float64Array(resamples);
	for (let r = 0; r < resamples; r++) {
		resampleCounts(rng, n, counts);
		let slope = Number.NaN;
		try {
			slope = fitLine(s.xs, s.ys, counts).slope;
		} catch {
			// A resample with a single distinct date has no slope; summarize() leaves it out.
		}
		slopes[r] = slope;
		if (r % 50 === 49) yield (r + 1) / resamples;
	}
	const interval = summarize(slopes, level);
	return { slope: point.slope, lo: interval.lo, hi: interval.hi, level, resamples, points: n };
}

/** Anchors the compute view labels, by Epoch's model name, with a short label. */
export const COMPUTE_ANCHORS = [
	{ model: 'GPT-3 175B (davinci)', label: 'GPT-3' },
	{ model: 'Chinchilla', label: 'Chinchilla' },
	{ model: 'GPT-4', label: 'GPT-4' },
	{ model: 'Llama 3.1-405B', label: 'Llama 3.1 405B' },
	{ model: 'DeepSeek-V3', label: 'DeepSeek-V3' },
] as const;

/** A system by Epoch's name (throws when the snapshot lacks it: the figure would lose an anchor). */
export function system(model: string): EpochSystem {
	const s = EPOCH_SYSTEMS.find((x) => x.model === model);
	if (!s) throw new RangeError(`system: the Epoch snapshot has no "${model}"`);
	return s;
}

// ----- Tokens per parameter ------------------------------------------------------------------

/**
 * Entries that pass the data helper's rule (`tokensClear`) but whose dataset size is still not the
 * tokens the model saw, found by reading the names and Epoch's notes. Each is dropped with its reason.
 */
export const TOKENS_EXCLUDED: Readonly<Record<string, Localized>> = {
	'xLSTM 1.4B': {
		en: 'its dataset size is a thousandth of the 300B tokens quoted in Epoch’s own notes, and its compute was derived from the same number, so the factor-of-2 check cannot catch it',
		'zh-cn': '其数据集规模只有 Epoch 自己的注释中所引 300B 词元的千分之一，而其算力正是由同一个数算出的，所以两倍检验发现不了',
	},
	'Apriel Nemotron 15B': {
		en: 'its dataset size counts a continued-pretraining stage of an existing model (Epoch’s notes), not its whole training',
		'zh-cn': '其数据集规模只是对已有模型继续预训练的一个阶段（见 Epoch 的注释），而非全部训练',
	},
	'Gemma 1.1 7B Instruct': {
		en: 'an instruction-tuned version of Gemma 7B with the same parameters and tokens, recorded without its base model',
		'zh-cn': '它是 Gemma 7B 的指令微调版本，参数量和词元数与 Gemma 7B 相同，但记录中没有注明基础模型',
	},
};

/** A language model whose training tokens per parameter the course shows. */
export interface TokensPoint {
	system: EpochSystem;
	year: number;
	params: number;
	tokens: number;
	tokensPerParam: number;
}

/**
 * The rule for the tokens-per-parameter view: the data helper's `tokensClear` (a language model,
 * not a fine-tune, dataset-size notes speaking of tokens and not words, 6 × parameters × dataset
 * size within a factor of 2 of the compute), language as the system's only domain (vision-language
 * models count image tokens or continue an existing language model), and not one of
 * {@link TOKENS_EXCLUDED}. By date.
 */
export const TOKENS_POINTS: readonly TokensPoint[] = EPOCH_SYSTEMS.filter(
	(s) => s.tokensClear && s.domains.length === 1 && s.domains[0] === 'Language' && !(s.model in TOKENS_EXCLUDED),
)
	.map((s) => ({ system: s, year: s.year, params: s.params as number, tokens: s.datasetSize as number, tokensPerParam: (s.datasetSize as number) / (s.params as number) }))
	.sort((a, b) => a.year - b.year || a.system.model.localeCompare(b.system.model));

/** How many systems `tokensClear` passes, before the domain rule and the named exclusions. */
export const TOKENS_CLEAR_COUNT = EPOCH_SYSTEMS.filter((s) => s.tokensClear).length;

/** Chinchilla's ratio: 1.4T tokens for 70B parameters (Hoffmann et al. 2022, Table 1), the ≈20 of compute-optimal training. */
export const CHINCHILLA_TOKENS_PER_PARAM = 1.4e12 / 70e9;

/** Anchors the tokens view labels. */
export const TOKENS_ANCHORS = [
	{ model: 'BLOOM-176B', label: 'BLOOM 176B' },
	{ model: 'LLaMA-65B', label: 'LLaMA 65B' },
	{ model: 'Llama 3.1-405B', label: 'Llama 3.1 405B' },
	{ model: 'Llama 3.2 1B', label: 'Llama 3.2 1B' },
] as const;

export interface YearSummary {
	year: number;
	count: number;
	median: number;
	/** Share of the year's entries above Chinchilla's ≈20 tokens per parameter. */
	aboveChinchilla: number;
}

/** The median of values (sorted copy; the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const v = [...values].sort((a, b) => a - b);
	const mid = v.length >>> 1;
	return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** Median tokens per parameter and the share above ≈20, per calendar year with at least `minCount` entries. */
export function tokensByYear(points: readonly TokensPoint[] = TOKENS_POINTS, minCount = 5): YearSummary[] {
	const byYear = new Map<number, number[]>();
	for (const p of points) {
		const y = Math.floor(p.year);
		byYear.set(y, [...(byYear.get(y) ?? []), p.tokensPerParam]);
	}
	return [...byYear.entries()]
		.filter(([, v]) => v.length >= minCount)
		.sort(([a], [b]) => a - b)
		.map(([year, v]) => ({ year, count: v.length, median: median(v), aboveChinchilla: v.filter((x) => x > CHINCHILLA_TOKENS_PER_PARAM).length / v.length }));
}
