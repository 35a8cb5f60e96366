/**
 * Rendering shared by the build (Figure.astro, with linkedom's document) and the browser (the
 * figure element, with the page's document): the plots, the data table, the readout and the CSV
 * all come from here, so the two renders cannot drift apart.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../data/schema';
import type { Column, FigureData, FigureDefinition, FigureState } from './types';

/** Every plot is drawn at this size; CSS scales the SVG to the column width (viewBox). */
export const PLOT_WIDTH = 560;
export const PLOT_HEIGHT = 340;

/** Series colours: CSS variables defined for light and dark themes in `src/styles/course.css`. */
export const PALETTE = ['var(--fig-c1)', 'var(--fig-c2)', 'var(--fig-c3)', 'var(--fig-c4)', 'var(--fig-c5)', 'var(--fig-c6)'] as const;

export interface Rendered {
	/** SVG (or Plot figure) elements, or nothing when `problem` is set. */
	nodes: Element[];
	problem: string | null;
	data: FigureData;
	description: string;
}

export function renderFigure(def: FigureDefinition, state: FigureState, lang: Lang, document: Document): Rendered {
	const problem = def.problem?.(state, lang) ?? null;
	const data = def.data(state);
	if (problem) return { nodes: [], problem, data, description: problem };
	const description = def.describe(state, data, lang);
	const nodes = def.plots(state, data, { lang, document }).map((options) => {
		const node = Plot.plot({
			width: PLOT_WIDTH,
			height: PLOT_HEIGHT,
			style: { fontSize: '13px', background: 'transparent', color: 'currentColor' },
			...options,
			document,
		}) as unknown as Element;
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

/** The data table's inner HTML (thead + tbody), escaped. */
export function tableHtml(data: FigureData, lang: Lang): string {
	const head = data.columns.map((c) => `<th scope="col">${escapeHtml(c.label[lang])}</th>`).join('');
	const body = data.rows
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
