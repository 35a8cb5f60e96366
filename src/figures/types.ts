/**
 * The figure system's contract. A figure is one definition, rendered twice with the same code:
 * to inline SVG at build time (Plot with a server-side DOM) and again in the browser whenever a
 * reader moves one of its controls. Everything a reader sees — plots, readout, data table, CSV,
 * text alternative — is computed from the figure's state by the functions below.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Lang, Localized } from '../data/schema';
import type { FigureId } from './ids';

/** A slider. With `log`, the slider moves in log10 space and `min`/`max`/`default` are real values. */
export interface RangeParam {
	kind: 'range';
	name: string;
	label: Localized;
	min: number;
	max: number;
	/** Slider step, in log10 units when `log` is set. */
	step: number;
	default: number;
	log?: boolean;
	/** How the value is shown next to the slider and in the text alternative. */
	format: (value: number, lang: Lang) => string;
}

/** A set of radio buttons (also used for two-way toggles such as linear / log axes). */
export interface ChoiceParam {
	kind: 'choice';
	name: string;
	label: Localized;
	options: readonly { value: string; label: Localized }[];
	default: string;
}

/** A typed number for calculators. Out-of-range or non-numeric input shows a message in the figure. */
export interface NumberParam {
	kind: 'number';
	name: string;
	label: Localized;
	min: number;
	max: number;
	default: number;
	unit?: Localized;
	format: (value: number, lang: Lang) => string;
}

export type ParamSpec = RangeParam | ChoiceParam | NumberParam;

/** A figure's state: one value per parameter, always valid (parsed and clamped). */
export type FigureState = Record<string, number | string>;

export interface Column {
	/** CSV header and object key: stable, ascii, with units (e.g. `params_N`, `loss_nats`). */
	key: string;
	label: Localized;
	/** How a cell is shown in the HTML table; the CSV always holds the raw value. */
	format?: (value: number, lang: Lang) => string;
	/**
	 * For a column of stable ascii keys (series ids, yes/no flags): the words the HTML table shows
	 * for each key, in each language. The CSV keeps the keys.
	 */
	values?: Readonly<Record<string, Localized>>;
	/**
	 * The cells are names as the data source writes them (models, organisations: "xAI",
	 * "tiiuae/falcon-7b"): shown as they are, not words the course translates.
	 */
	verbatim?: boolean;
}

/** Exactly the data a figure draws in a given state: the data table and the CSV. */
export interface FigureData {
	columns: readonly Column[];
	rows: readonly Record<string, number | string>[];
	/**
	 * For a long table (more than `STATIC_TABLE_CELLS` cells, e.g. hundreds of measured points): the
	 * rows worth reading, shown in the page's static table with a note that the full table opens with
	 * JavaScript and the CSV has every row. Without it the first rows are shown.
	 */
	keyRows?: (row: Record<string, number | string>) => boolean;
	/** Values the text alternative, readout or plots need that are not rows of the table. */
	meta?: Readonly<Record<string, unknown>>;
}

/**
 * Work too heavy for a redraw: a fit, a bootstrap. In the browser it runs in a Web Worker (in short
 * slices on the main thread where there are none), showing progress and a cancel button; at build
 * time it runs to completion for the default view, whose results the page embeds. Results are
 * cached by `key`, so a control the work does not depend on redraws at once.
 */
export interface FigureCompute {
	/** Names the result in the `results` passed to `data`. */
	name: string;
	/** The part of the state the result depends on. */
	key(state: FigureState): string;
	/**
	 * The work, as a generator that yields its progress (0–1) every few milliseconds of work and
	 * returns the result: plain data that survives structured cloning and JSON, and small (the
	 * build embeds the default view's result in the page).
	 */
	run(state: FigureState): Generator<number, unknown, void>;
	/** What to show while it runs, e.g. "Bootstrap: 1,000 refits". */
	label(state: FigureState, lang: Lang): string;
}

/** Results of a figure's computations by name; a missing one is still running, cancelled or not needed. */
export type ComputeResults = Readonly<Record<string, unknown>>;

export interface Preset {
	id: string;
	label: Localized;
	state: FigureState;
	/** Presets with the same group are shown together under its name (e.g. models, GPUs). */
	group?: Localized;
}

export interface RenderContext {
	lang: Lang;
	/** The layout being drawn: `narrow` on phones, where a figure may show fewer labels. */
	layout: 'wide' | 'narrow';
	/** The document Plot builds nodes in: linkedom's at build time, the page's in the browser. */
	document: Document;
}

export interface FigureDefinition {
	id: FigureId;
	title: Localized;
	/** What the figure shows and how to read it (static; shown as the caption). */
	caption: Localized;
	/** Primary sources, as bibliography keys with locations. */
	sources: readonly { k: string; at?: string }[];
	/**
	 * Measured datasets the figure draws, by id in `src/data/measured/sources.json`: each one's credit
	 * line (upstream repository and commit, licence) is shown under the figure, from the build only.
	 */
	datasets?: readonly string[];
	/** Values computed from a fitted formula get a visible label saying so. */
	fitted?: boolean;
	/** Set when the figure illustrates a model rather than showing measured data. */
	illustration?: Localized;
	params: readonly ParamSpec[];
	presets?: readonly Preset[];
	/** Computations, run in order (a later one may use an earlier one's result through the state key). */
	compute?: readonly FigureCompute[];
	/** The data drawn in this state (also the table and the CSV), with whatever computations have finished. */
	data(state: FigureState, results?: ComputeResults): FigureData;
	/** One or more Plot specifications (several are shown side by side). */
	plots(state: FigureState, data: FigureData, ctx: RenderContext): PlotOptions[];
	/** A short text alternative of the current view, for screen readers and as the SVG's description. */
	describe(state: FigureState, data: FigureData, lang: Lang): string;
	/** Optional numbers shown under the plot (calculators). */
	readout?(state: FigureState, data: FigureData, lang: Lang): readonly { label: string; value: string }[];
	/** A message instead of the plot when the state makes no sense (e.g. a calculator input of zero). */
	problem?(state: FigureState, lang: Lang): string | null;
}

/** Identity helper that checks a definition against the contract. */
export function defineFigure(def: FigureDefinition): FigureDefinition {
	return def;
}
