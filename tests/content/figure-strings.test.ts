/**
 * What a reader of a figure sees, in every state a control can reach (not only the default view
 * that the built page shows): the title, caption, control labels and values, the chart's text,
 * the readout, the data table and the text alternative.
 * - On Chinese pages: the glossary's one Chinese name per term and Chinese typography
 *   (tests/support/zh-text.ts), the same checks the built Chinese pages get.
 * - On Traditional Chinese pages, where the browser runs the figure modules' `?zh-tw` variant
 *   (src/i18n/zh-tw/vite.ts): no Simplified-only character, the same term and typography checks
 *   with the names converted, and exactly the text of the Simplified figure converted (so the live
 *   chart says what the page around it, converted as a whole, says).
 * - In both languages: a data table shows words, never an internal identifier (a CSV key such as
 *   `routedExperts`, a lowercase series id such as `frontier`, a citation key such as
 *   `hoffmann2022`); the CSV keeps those stable keys.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { REFERENCES } from '../../src/data';
import type { Lang } from '../../src/data/schema';
import { FIGURE_IDS } from '../../src/figures/ids';
import { loadFigure } from '../../src/figures/registry';
import * as Render from '../../src/figures/render';
import { tableHtml, toCsv } from '../../src/figures/render';
import { defaultState } from '../../src/figures/state';
import type { FigureDefinition, FigureState } from '../../src/figures/types';
import { simplifiedOnlyCharacters, toTraditional } from '../../src/i18n/zh-tw/convert';
import { zhTextProblems } from '../support/zh-text';

/** What the browser runs on `zh-tw` pages: the converted variants of the definitions and of the render code. */
const TRADITIONAL_DEFS = import.meta.glob<{ default: FigureDefinition }>('../../src/figures/defs/*.ts', { query: '?zh-tw' });
const TraditionalRender = (await import('../../src/figures/render.ts?zh-tw')) as unknown as typeof Render;
const traditionalFigure = async (id: string) => {
	const load = Object.entries(TRADITIONAL_DEFS).find(([file]) => file.replace(/\?zh-tw$/, '').endsWith(`/${id}.ts`))?.[1];
	if (!load) throw new Error(`no zh-tw variant of ${id}`);
	return (await load()).default;
};
const SIMPLIFIED_ONLY = await simplifiedOnlyCharacters();

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const REFERENCE_KEYS = REFERENCES.map((r) => r.key);

/** The default state, every preset, every option of every choice and both ends of every slider or field. */
export function reachableStates(def: FigureDefinition): FigureState[] {
	const base = defaultState(def);
	const states: FigureState[] = [base, ...(def.presets ?? []).map((p) => ({ ...base, ...p.state }))];
	for (const p of def.params) {
		if (p.kind === 'choice') for (const o of p.options) states.push({ ...base, [p.name]: o.value });
		else states.push({ ...base, [p.name]: p.min }, { ...base, [p.name]: p.max });
	}
	return states;
}

/** Every string a reader of the figure sees in one state and language, with where it comes from. */
function visibleStrings(def: FigureDefinition, state: FigureState, lang: Lang, render: Pick<typeof Render, 'renderFigure' | 'tableHtml'> = Render): { where: string; text: string }[] {
	const out: { where: string; text: string }[] = [];
	const add = (where: string, text: string | undefined) => text && out.push({ where, text });
	add('title', def.title[lang]);
	add('caption', def.caption[lang]);
	add('illustration', def.illustration?.[lang]);
	for (const p of def.params) {
		add(`control ${p.name}`, p.label[lang]);
		if (p.kind === 'choice') for (const o of p.options) add(`option ${p.name}=${o.value}`, o.label[lang]);
		else {
			add(`value ${p.name}`, p.format(Number(state[p.name]), lang));
			if (p.kind === 'number') add(`unit ${p.name}`, p.unit?.[lang]);
		}
	}
	for (const preset of def.presets ?? []) add(`preset ${preset.id}`, preset.label[lang]);
	const r = render.renderFigure(def, state, lang, document as unknown as Document);
	add('problem', r.problem ?? undefined);
	add('description', r.description);
	for (const item of def.readout?.(state, r.data, lang) ?? []) {
		add('readout label', item.label);
		add('readout value', item.value);
	}
	for (const node of r.nodes) for (const t of node.querySelectorAll('text, title')) add('chart text', t.textContent ?? '');
	const table = render.tableHtml(r.data, lang);
	for (const [, th = ''] of table.matchAll(/<th[^>]*>([^<]*)<\/th>/g)) add('table header', unescape(th));
	for (const [, td = ''] of table.matchAll(/<td>([^<]*)<\/td>/g)) add('table cell', unescape(td));
	return out;
}

const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** Why a table cell reads as an internal identifier rather than a word, or null. */
function identifierProblem(cell: string, lang: Lang): string | null {
	// Lowercase by convention, not keys: pass@k, cons@64, a variable k.
	if (/^[a-z]/.test(cell) && !/^(?:pass@|cons@|k(?=\s|[\u3400-\u9fff]))/.test(cell)) return 'starts like a key (lowercase ascii)';
	if (/\b[a-z]+[A-Z][a-zA-Z]*\b/.test(cell)) return 'camelCase key';
	if (REFERENCE_KEYS.some((k) => new RegExp(`\\b${k}\\b`).test(cell))) return 'citation key';
	if (lang === 'zh-cn' && /\bet al\./.test(cell)) return 'English “et al.” on a Chinese page';
	return null;
}

describe.each(FIGURE_IDS)('%s', (id) => {
	test('on Chinese pages: glossary terms and Chinese typography, in every reachable state', async () => {
		const def = await loadFigure(id);
		const problems = new Set<string>();
		for (const state of reachableStates(def)) {
			// One pass per kind of string (lines never join across strings: the rules do not cross "\n").
			const byWhere = new Map<string, Set<string>>();
			for (const { where, text } of visibleStrings(def, state, 'zh-cn')) byWhere.set(where, (byWhere.get(where) ?? new Set()).add(text));
			for (const [where, texts] of byWhere) for (const p of zhTextProblems([...texts].join('\n'))) problems.add(`${where}: ${p}`);
		}
		expect([...problems]).toEqual([]);
	});

	test('on Traditional Chinese pages: the converted figure code prints the Simplified text converted, in Traditional characters, with the converted terms', async () => {
		const [def, traditional] = await Promise.all([loadFigure(id), traditionalFigure(id)]);
		const mismatches = new Set<string>();
		const problems = new Set<string>();
		for (const state of reachableStates(def)) {
			const simplified = visibleStrings(def, state, 'zh-cn');
			const converted = visibleStrings(traditional, state, 'zh-cn', TraditionalRender);
			expect(converted.map((s) => s.where)).toEqual(simplified.map((s) => s.where));
			converted.forEach(({ where, text }, i) => {
				const expected = toTraditional(simplified[i]?.text ?? '');
				if (text !== expected) mismatches.add(`${where}: "${text}" ≠ "${expected}"`);
				const left = [...text].filter((c) => SIMPLIFIED_ONLY.has(c));
				if (left.length) problems.add(`${where}: Simplified-only ${left.join('')} in "${text}"`);
				for (const p of zhTextProblems(text, 'traditional')) problems.add(`${where}: ${p}`);
			});
		}
		expect([...mismatches]).toEqual([]);
		expect([...problems]).toEqual([]);
	});

	test.each(['en', 'zh-cn'] as const)('(%s) its data table shows words, not internal keys; the CSV keeps its keys', async (lang) => {
		const def = await loadFigure(id);
		const problems = new Set<string>();
		for (const state of reachableStates(def)) {
			// The table and the CSV come from the data alone: no need to draw the chart here.
			const data = def.data(state);
			// Names as the data source writes them (models, organisations) are not course words.
			const worded = { ...data, columns: data.columns.filter((c) => !c.verbatim) };
			for (const [, cell = ''] of tableHtml(worded, lang).matchAll(/<td>([^<]*)<\/td>/g)) {
				const text = unescape(cell);
				const problem = identifierProblem(text, lang);
				if (problem) problems.add(`"${text}": ${problem}`);
			}
			// The CSV is for programs: it keeps ascii headers (the column keys).
			const header = toCsv(data).split('\n')[0] ?? '';
			expect(header).toMatch(/^[\x20-\x7e]+$/);
		}
		expect([...problems]).toEqual([]);
	});
});

test('the data-wall table names its sources as the bibliography does', async () => {
	const { SOURCE_AUTHORS } = await import('../../src/figures/defs/data-wall');
	const { citedYear, REFERENCE_BY_KEY, shortAuthors } = await import('../../src/data');
	for (const [k, label] of Object.entries(SOURCE_AUTHORS)) {
		const ref = REFERENCE_BY_KEY.get(k);
		expect(ref, k).toBeDefined();
		for (const lang of ['en', 'zh-cn'] as const) expect(label[lang]).toBe(`${shortAuthors(ref?.short ?? '', lang)} ${citedYear(k)}`);
	}
});
