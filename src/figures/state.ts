/**
 * Figure state ⇄ URL. A figure's state lives in the page's query string as `<figure>.<param>`
 * (e.g. `?isoflop.C=1e23&isoflop.fit=besiroglu`), so a copied link opens the same view. Anything a
 * URL can carry is untrusted: numbers are parsed strictly and clamped, choices must be one of the
 * options, unknown keys are ignored. The result is always a valid state — never an error.
 */
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

/** Compact, exact-enough text for a number in a URL (`1e+23` → `1e23`). */
export function formatForUrl(value: number): string {
	const short = Number(value.toPrecision(6));
	return String(short).replace('e+', 'e');
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
