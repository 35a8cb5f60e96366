/**
 * Rendering shared by the build (Figure.astro, with linkedom's document) and the browser (the
 * figure element, with the page's document): the plots, the data table, the readout and the CSV
 * all come from here, so the two renders cannot drift apart.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../data/schema';
import type { Column, ComputeResults, FigureData, FigureDefinition, FigureState } from './types';

/**
 * Every plot is drawn in one of two layouts and CSS scales the SVG to the column (viewBox): `wide`
 * for a desktop column, `narrow` for a phone. Text is never set below `minFont` units, so that
 * scaled to the narrowest column it is shown in, it stays at least 11 CSS px: the wide layout is
 * used only where the figure is at least `NARROW_BELOW` px wide, the narrow one down to 292 px
 * (a 360 px phone). A definition's own `height` (bar charts sized by their rows) wins.
 */
export const LAYOUTS = {
	wide: { width: 560, height: 340, fontSize: 13, minFont: 13 },
	narrow: { width: 320, height: 300, fontSize: 12.5, minFont: 12.5 },
} as const;
export type Layout = keyof typeof LAYOUTS;
export const LAYOUT_NAMES = Object.keys(LAYOUTS) as Layout[];
/** Figure width (CSS px) below which the narrow layout is shown: the wide layout's text stays ≥ 11 px. */
export const NARROW_BELOW = Math.ceil((LAYOUTS.wide.width * 11) / LAYOUTS.wide.minFont);
export const PLOT_WIDTH = LAYOUTS.wide.width;
export const PLOT_HEIGHT = LAYOUTS.wide.height;

/** Series colours: CSS variables defined for light and dark themes in `src/styles/course.css`. */
export const PALETTE = ['var(--fig-c1)', 'var(--fig-c2)', 'var(--fig-c3)', 'var(--fig-c4)', 'var(--fig-c5)', 'var(--fig-c6)'] as const;

export interface Rendered {
	/** SVG (or Plot figure) elements, or nothing when `problem` is set. */
	nodes: Element[];
	problem: string | null;
	data: FigureData;
	description: string;
}

/**
 * Render a figure's state: its plots (in a layout), data, and text alternative. `results` are its
 * computations' results so far (see `FigureDefinition.compute`).
 */
export function renderFigure(def: FigureDefinition, state: FigureState, lang: Lang, document: Document, layout: Layout = 'wide', results: ComputeResults = {}): Rendered {
	const size = LAYOUTS[layout];
	const problem = def.problem?.(state, lang) ?? null;
	const data = def.data(state, results);
	if (problem) return { nodes: [], problem, data, description: problem };
	const description = def.describe(state, data, lang);
	const nodes = def.plots(state, data, { lang, document, layout }).map((options) => {
		const node = Plot.plot({
			height: size.height,
			...options,
			width: size.width,
			style: { fontSize: `${size.fontSize}px`, background: 'transparent', color: 'currentColor' },
			document,
		}) as unknown as Element;
		// Labels a definition sets smaller than the layout allows are raised to its minimum.
		for (const el of [...node.querySelectorAll('[font-size]')]) {
			if (Number.parseFloat(el.getAttribute('font-size') ?? '') < size.minFont) el.setAttribute('font-size', String(size.minFont));
		}
		// Plot embeds a <style> in every chart and legend; a <style> inside <div> is invalid HTML and
		// the rules repeat per chart. The same rules live once in src/styles/course.css instead.
		for (const style of [...node.querySelectorAll('style')]) style.remove();
		// The whole chart is one image for assistive technology; its name and description are the
		// figure's title and the current-state text alternative.
		// With a legend Plot wraps the chart in a <figure> whose first SVGs are legend swatches:
		// the chart is the figure's own child SVG.
		const svg = node.tagName.toLowerCase() === 'svg' ? node : [...node.children].find((c) => c.tagName.toLowerCase() === 'svg');
		// Plot labels its internal groups (`<g aria-label="tick">`); inside one image these are noise
		// for a screen reader and invalid ARIA on `<g>`. The data table carries the values instead.
		// The mark type stays available to tests and CSS as `data-mark`.
		for (const el of [...node.querySelectorAll('[aria-label], [aria-description]')]) {
			const mark = el.getAttribute('aria-label');
			if (mark) el.setAttribute('data-mark', mark);
			el.removeAttribute('aria-label');
			el.removeAttribute('aria-description');
		}
		// Legend swatches are decoration next to their visible text.
		for (const swatch of [...node.querySelectorAll('svg')].filter((el) => el !== svg)) swatch.setAttribute('aria-hidden', 'true');
		if (svg) {
			svg.setAttribute('data-layout', layout);
			svg.setAttribute('role', 'img');
			svg.setAttribute('aria-labelledby', `fig-${def.id}-title`);
			svg.setAttribute('aria-describedby', `fig-${def.id}-desc`);
		}
		return node;
	});
	return { nodes, problem: null, data, description };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function cell(value: number | string | undefined, lang: Lang, column: Column): string {
	if (value === undefined || value === '') return '';
	if (typeof value === 'number') return column.format ? column.format(value, lang) : String(value);
	return column.values?.[value]?.[lang] ?? value;
}

/**
 * A page's static table holds at most this many cells (a long table was most of a page's HTML); a
 * longer one lists its key rows, as many as fit, between three and `STATIC_TABLE_ROWS`. The rest
 * open with JavaScript, and the CSV always has every row.
 */
export const STATIC_TABLE_CELLS = 96;
export const STATIC_TABLE_ROWS = 8;

/** The rows a static table shows: all of a short table; of a long one its key rows, as many as fit. */
export function staticRows(data: FigureData): FigureData['rows'] {
	const columns = Math.max(1, data.columns.length);
	if (data.rows.length * columns <= STATIC_TABLE_CELLS) return data.rows;
	const key = data.keyRows ? data.rows.filter(data.keyRows) : data.rows;
	return key.slice(0, Math.min(STATIC_TABLE_ROWS, Math.max(3, Math.floor(STATIC_TABLE_CELLS / columns))));
}

/** The data table's inner HTML (thead + tbody), escaped; `rows` defaults to all of them. */
export function tableHtml(data: FigureData, lang: Lang, rows: FigureData['rows'] = data.rows): string {
	const head = data.columns.map((c) => `<th scope="col">${escapeHtml(c.label[lang])}</th>`).join('');
	const body = rows
		.map((row) => `<tr>${data.columns.map((c) => `<td>${escapeHtml(cell(row[c.key], lang, c))}</td>`).join('')}</tr>`)
		.join('');
	return `<thead><tr>${head}</tr></thead><tbody>${body}</tbody>`;
}

/** The readout's inner HTML (a definition list), escaped. */
export function readoutHtml(def: FigureDefinition, state: FigureState, data: FigureData, lang: Lang): string {
	const items = def.readout?.(state, data, lang) ?? [];
	return items.map((i) => `<div><dt>${escapeHtml(i.label)}</dt><dd>${escapeHtml(i.value)}</dd></div>`).join('');
}

/** CSV of the data drawn: stable ascii headers, raw numbers at full precision. */
export function toCsv(data: FigureData): string {
	const quote = (v: unknown) => {
		const s = typeof v === 'number' ? String(v) : String(v ?? '');
		return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const lines = [data.columns.map((c) => quote(c.key)).join(',')];
	for (const row of data.rows) lines.push(data.columns.map((c) => quote(row[c.key])).join(','));
	return `${lines.join('\n')}\n`;
}
