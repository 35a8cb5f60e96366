/**
 * Figure state ⇄ URL. A figure's state lives in the page's query string as `<figure>.<param>`
 * (e.g. `?isoflop.C=1e23&isoflop.fit=besiroglu`), so a copied link opens the same view. Anything a
 * URL can carry is untrusted: numbers are parsed strictly and clamped, choices must be one of the
 * options, unknown keys are ignored. The result is always a valid state — never an error.
 */
import type { Lang } from '../data/schema';
import type { ChoiceParam, FigureDefinition, FigureState, NumberParam, ParamSpec, RangeParam } from './types';

export function defaultState(def: Pick<FigureDefinition, 'params'>): FigureState {
	return Object.fromEntries(def.params.map((p) => [p.name, p.default]));
}

/** Parse a number strictly: finite decimal or exponent notation only (no hex, no `Infinity`). */
export function parseNumber(raw: string): number | null {
	const text = raw.trim();
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
	const value = Number(text);
	return Number.isFinite(value) ? value : null;
}

/** Multipliers people write after a number: 37B, 989T, 2.5T, 1.2K; 370亿, 3万 (or 370億, 3萬). */
const SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9, g: 1e9, t: 1e12, p: 1e15, 万: 1e4, 亿: 1e8, 万亿: 1e12, 萬: 1e4, 億: 1e8, 萬億: 1e12 };

/**
 * A number as a person types it into a calculator: plain or exponent notation (989e12), thousands
 * separators (1,000 or 1 000), a multiplier suffix (989T, 37B, 2.5T, 370亿) and, ignored, a unit
 * (FLOP/s, FLOPS, %, US$, $, 美元). Anything else is null, and the figure says what it expects.
 */
export function parseTypedNumber(raw: string): number | null {
	let text = raw
		.trim()
		.replace(/^(?:US\$|\$)\s*/i, '')
		.replace(/\s*(?:FLOP\/s|FLOPS|FLOP|%|美元|US\$|\$)$/i, '')
		.trim();
	// Thousands separators: a comma, thin or plain space between digit groups of three.
	if (/^[+-]?\d{1,3}(?:[, \u2009\u202f]\d{3})+(?:\.\d+)?/.test(text)) text = text.replace(/(\d)[, \u2009\u202f](?=\d{3}\b)/g, '$1');
	const match = /^(.*?)\s*(万亿|万|亿|萬億|萬|億|[kmbgtp])$/i.exec(text);
	const factor = match ? SUFFIXES[match[2]!.toLowerCase()] : 1;
	const value = parseNumber(match ? match[1]! : text);
	if (value === null || factor === undefined) return null;
	const scaled = value * factor;
	return Number.isFinite(scaled) ? scaled : null;
}

/**
 * How a typed field shows a number: as people write it. Large values in exponent notation with a
 * multiple-of-three exponent (1e15, 989e12, 2.5e12), the rest as plain decimals.
 */
export function formatTyped(value: number): string {
	if (!Number.isFinite(value)) return '';
	if (Math.abs(value) < 1e6) return String(Number(value.toPrecision(6)));
	const exponent = 3 * Math.floor(Math.log10(Math.abs(value)) / 3);
	return `${Number((value / 10 ** exponent).toPrecision(6))}e${exponent}`;
}

/** A valid value for one parameter from untrusted text: clamped, or the default. */
export function parseParam(param: ParamSpec, raw: string | null | undefined): number | string {
	if (raw == null) return param.default;
	if (param.kind === 'choice') return parseChoice(param, raw);
	return parseBounded(param, raw);
}

function parseChoice(param: ChoiceParam, raw: string): string {
	return param.options.some((o) => o.value === raw) ? raw : param.default;
}

function parseBounded(param: RangeParam | NumberParam, raw: string): number {
	const value = parseNumber(raw);
	if (value === null) return param.default;
	return Math.min(param.max, Math.max(param.min, value));
}

/** Read a figure's state from URL search parameters; missing or bad values give the default. */
export function stateFromSearch(def: Pick<FigureDefinition, 'id' | 'params'>, search: URLSearchParams): FigureState {
	return Object.fromEntries(def.params.map((p) => [p.name, parseParam(p, search.get(`${def.id}.${p.name}`))]));
}

/** Compact, exact-enough text for a number in a URL (`1e+23` → `1e23`, 10¹⁵ → `1e15`). */
export function formatForUrl(value: number): string {
	const short = Number(value.toPrecision(6));
	return (Math.abs(short) >= 1e6 ? short.toExponential() : String(short)).replace('e+', 'e');
}

/**
 * Write a figure's state into search parameters: non-default values are set, default values
 * removed (so the default view has a clean URL). Other figures' and other keys are left alone.
 */
export function writeStateToSearch(def: Pick<FigureDefinition, 'id' | 'params'>, state: FigureState, search: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams(search);
	for (const p of def.params) {
		const key = `${def.id}.${p.name}`;
		const value = state[p.name];
		if (value === undefined || value === p.default) out.delete(key);
		else out.set(key, typeof value === 'number' ? formatForUrl(value) : value);
	}
	return out;
}

/** Slider position for a range parameter (log10 of the value when the slider is logarithmic). */
export function sliderPosition(param: RangeParam, value: number): number {
	return param.log ? Math.log10(value) : value;
}

/** The value a slider position stands for, clamped to the parameter's range. */
export function valueFromSlider(param: RangeParam, position: number): number {
	const value = param.log ? 10 ** position : position;
	return Math.min(param.max, Math.max(param.min, value));
}

/** Sliders with more positions than this carry no precomputed labels (the page would grow); 512 covers five decades in steps of 0.01 (the training-cost sliders: 501 positions each; the limits page grows by 2.6 kB gzipped). */
export const MAX_SLIDER_LABELS = 512;

/**
 * Every position's value label of a slider, as JSON, so that `<course-figure>` can show the value
 * on the reader's first input before any figure code has arrived. Undefined for a slider with too
 * many positions.
 */
export function sliderLabels(param: RangeParam, lang: Lang): string | undefined {
	const lo = sliderPosition(param, param.min);
	const hi = sliderPosition(param, param.max);
	const n = Math.round((hi - lo) / param.step) + 1;
	if (!(n > 0) || n > MAX_SLIDER_LABELS) return undefined;
	return JSON.stringify(Array.from({ length: n }, (_, i) => param.format(valueFromSlider(param, lo + i * param.step), lang)));
}
