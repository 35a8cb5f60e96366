/**
 * A figure's default view as standalone SVG files, one per plot, language, layout and theme, which
 * the page shows as `<img>` until the reader reaches for the figure (then the live chart replaces
 * them). A chart as an image costs the page no DOM at all, is cached, and prints; CSS picks the
 * layout by the figure's width (a container query) and the file by the page's theme.
 *
 * The files are written by `src/pages/fig/[file].svg.ts` and referenced by `Figure.astro`: both call
 * `staticFigure()` below, which renders each figure once per language and layout (memoised).
 */
import { parseHTML } from 'linkedom';
import type { Lang } from '../data/schema';
import { computeAll } from './compute';
import { loadFigure } from './registry';
import type { FigureId } from './ids';
import { LAYOUT_NAMES, LAYOUTS, type Layout, renderFigure } from './render';
import { defaultState } from './state';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What the page's CSS gives a chart, resolved per theme for a file that cannot see the page:
 * Starlight's text and background colours and the figure palette. `tests/unit/static-figures.test.ts`
 * checks these against `src/styles/course.css` and Starlight's own variables.
 */
export const THEME_VARIABLES: Record<Theme, Record<string, string>> = {
	light: {
		color: 'hsl(224, 10%, 23%)',
		'--sl-color-bg': 'hsl(0, 0%, 100%)',
		'--plot-background': 'hsl(0, 0%, 100%)',
		'--fig-c1': '#2563eb',
		'--fig-c2': '#d9480f',
		'--fig-c3': '#0f8a5f',
		'--fig-c4': '#9333ea',
		'--fig-c5': '#b7791f',
		'--fig-c6': '#db2777',
		'--fig-muted': '#6b7280',
		'--fig-extrapolated': 'rgba(120, 120, 120, 0.14)',
	},
	dark: {
		color: 'hsl(224, 6%, 77%)',
		'--sl-color-bg': 'hsl(224, 10%, 10%)',
		'--plot-background': 'hsl(224, 10%, 10%)',
		'--fig-c1': '#7aa7ff',
		'--fig-c2': '#ff9a62',
		'--fig-c3': '#4fd1a1',
		'--fig-c4': '#c4a1ff',
		'--fig-c5': '#f5c451',
		'--fig-c6': '#ff8cc6',
		'--fig-muted': '#9aa3af',
		'--fig-extrapolated': 'rgba(200, 200, 200, 0.12)',
	},
};

/** The rules course.css gives charts on the page (Plot's own, moved out of every chart). */
const CHART_RULES = 'text,tspan{white-space:pre}';

export interface StaticPlot {
	/** Position among the figure's plots (several are shown side by side). */
	index: number;
	layout: Layout;
	width: number;
	height: number;
	/** File name under `/fig/` for each theme. */
	files: Record<Theme, string>;
	/** The chart's SVG per theme, as a standalone document. */
	svg: Record<Theme, string>;
	/** HTML around the chart (Plot's legend), with `<!--chart-->` where the chart goes; '' when none. */
	frame: string;
}

const cache = new Map<string, Promise<StaticPlot[]>>();

/** Every static plot of a figure's default view in one language: each layout, each theme. */
export function staticFigure(id: FigureId, lang: Lang): Promise<StaticPlot[]> {
	const key = `${id}/${lang}`;
	let plots = cache.get(key);
	if (!plots) {
		plots = render(id, lang);
		cache.set(key, plots);
	}
	return plots;
}

async function render(id: FigureId, lang: Lang): Promise<StaticPlot[]> {
	const def = await loadFigure(id);
	const out: StaticPlot[] = [];
	for (const layout of LAYOUT_NAMES) {
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const state = defaultState(def);
		const rendered = renderFigure(def, state, lang, document as unknown as Document, layout, computeAll(def, state));
		if (rendered.problem) throw new Error(`[course] figure "${id}" has a problem in its default state: ${rendered.problem}`);
		rendered.nodes.forEach((node, index) => {
			const chart = node.tagName.toLowerCase() === 'svg' ? node : [...node.children].find((c) => c.tagName.toLowerCase() === 'svg');
			if (!chart) throw new Error(`[course] figure "${id}": plot ${index} has no chart`);
			// The page labels the figure; inside an image these would point at nothing.
			for (const attr of ['role', 'aria-labelledby', 'aria-describedby']) chart.removeAttribute(attr);
			const width = Number(chart.getAttribute('width'));
			const height = Number(chart.getAttribute('height'));
			const svg = {} as Record<Theme, string>;
			const files = {} as Record<Theme, string>;
			for (const theme of THEMES) {
				files[theme] = `${id}-${index}.${lang}.${layout}.${theme}.svg`;
				svg[theme] = standalone(chart, theme);
			}
			let frame = '';
			if (chart !== node) {
				const placeholder = document.createComment('chart');
				chart.replaceWith(placeholder);
				frame = node.outerHTML;
			}
			out.push({ index, layout, width, height, files, svg, frame });
		});
	}
	return out;
}

function standalone(chart: Element, theme: Theme): string {
	// The chart's inline style says `color: currentColor`, which in an image means black: the theme's
	// text colour must win.
	const vars = Object.entries(THEME_VARIABLES[theme])
		.map(([k, v]) => (k === 'color' ? `color:${v}!important` : `${k}:${v}`))
		.join(';');
	const style = `<style>svg{${vars}}${CHART_RULES}</style>`;
	// Plot numbers its clip paths with a global counter; in a file of its own a local number is
	// stable whatever else the build rendered first.
	const ids = new Map<string, string>();
	const markup = compact(
		chart.outerHTML.replace(/plot-clip-\d+/g, (id) => {
			if (!ids.has(id)) ids.set(id, `plot-clip-${ids.size + 1}`);
			return ids.get(id)!;
		}),
	);
	const open = markup.indexOf('>');
	return `<?xml version="1.0" encoding="UTF-8"?>\n${markup.slice(0, open)} xmlns="http://www.w3.org/2000/svg">${style}${markup.slice(open + 1)}\n`;
}

/**
 * An image shows no tooltips, so the points' `<title>`s are dropped (the live chart has them), and
 * coordinates keep two decimals (a hundredth of a unit is far below a pixel). For a chart of a few
 * hundred points this cuts the file several times over.
 */
export function compact(markup: string): string {
	return markup.replace(/<title>[\s\S]*?<\/title>/g, '').replace(/="([^"]*)"/g, (_, value: string) => `="${value.replace(/(\d\.\d\d)\d+/g, '$1')}"`);
}

export const isLayout = (value: string): value is Layout => value in LAYOUTS;
