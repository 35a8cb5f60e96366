/** What every built page must contain without any JavaScript running. */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIGURE_IDS } from '../../src/figures/ids';
import { BASE, builtPages, DIST, fileForPath } from '../support/site';
import { ELEMENT_BUDGET, elementCount } from '../support/elements';

const html = (p: string) => fs.readFileSync(fileForPath(p) ?? '', 'utf8');
const doc = (p: string) => parseHTML(html(p)).document;

describe.each(['', 'zh-cn/', 'zh-tw/'])('chapter pages (%s)', (prefix) => {
	test('every figure is in the HTML as images of its default view (each layout and theme) with caption, source, data table and CSV link', () => {
		const found = new Set<string>();
		for (const p of builtPages().filter((x) => x.startsWith(`${BASE}${prefix}`))) {
			const d = doc(p);
			for (const figure of d.querySelectorAll('figure.course-figure')) {
				const id = figure.id.replace(/^fig-/, '');
				found.add(id);
				// Each chart is an image named by the figure's title and described by its text alternative:
				// one SVG file per layout and theme, each a real chart.
				const charts = figure.querySelectorAll('.fig-plots .fig-chart[role="img"]');
				expect(charts.length, `${p}#${figure.id}: chart`).toBeGreaterThan(0);
				for (const chart of charts) {
					expect(chart.getAttribute('aria-labelledby')).toBe(`${figure.id}-title`);
					expect(chart.getAttribute('aria-describedby')).toBe(`${figure.id}-desc`);
					const images = [...chart.querySelectorAll('img.fig-img')];
					expect(images.map((i) => `${i.getAttribute('data-layout')}/${i.getAttribute('data-theme')}`).sort()).toEqual(['narrow/dark', 'narrow/light', 'wide/dark', 'wide/light']);
					for (const img of images) {
						const file = fileForPath(img.getAttribute('src') ?? '');
						expect(file, `${p}#${figure.id}: ${img.getAttribute('src')}`).not.toBeNull();
						const svg = fs.readFileSync(file ?? '', 'utf8');
						expect(svg).toMatch(/^<\?xml[^>]*>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
						expect((svg.match(/<(path|circle|rect|line)\b/g) ?? []).length).toBeGreaterThan(3);
						expect(img.getAttribute('width')).toMatch(/^\d+$/);
						expect(img.getAttribute('loading')).toBe('lazy');
					}
				}
				expect(figure.querySelector(`#${figure.id}-desc`)?.textContent?.length ?? 0).toBeGreaterThan(20);
				expect(figure.querySelector('figcaption')?.textContent).toMatch(/\S{10,}/);
				expect(figure.querySelector('.fig-source a.cite'), `${p}#${figure.id}: source`).not.toBeNull();
				expect(figure.querySelectorAll('details.fig-data tbody tr').length, `${p}#${figure.id}: table`).toBeGreaterThan(0);
				const csv = figure.querySelector('a[download]')?.getAttribute('href') ?? '';
				expect(fileForPath(csv), `${p}#${figure.id}: ${csv}`).not.toBeNull();
				expect(figure.querySelector('a.fig-permalink')?.getAttribute('href')).toBe(`#${figure.id}`);
			}
		}
		if (prefix === '') expect([...found].sort()).toEqual([...FIGURE_IDS].sort());
	});

	test('pages are in the right language, with Chinese UI text on Chinese pages', () => {
		const p = `${BASE}${prefix}scaling-laws/`;
		const d = doc(p);
		expect(d.documentElement.getAttribute('lang')).toBe({ '': 'en', 'zh-cn/': 'zh-CN', 'zh-tw/': 'zh-TW' }[prefix]);
		const boxTitles = [...d.querySelectorAll('.course-box-title')].map((e) => e.textContent ?? '');
		expect(boxTitles.length).toBeGreaterThan(0);
		for (const title of boxTitles) {
			if (prefix) expect(title).toMatch(/[\u3400-\u9fff]/);
			else expect(title).not.toMatch(/[\u3400-\u9fff]/);
		}
	});
});

test('math is typeset at build time (HTML or MathML in the site’s math font) and no math JavaScript ships', () => {
	const d = doc(`${BASE}scaling-laws/`);
	expect(d.querySelectorAll('.math-text').length).toBeGreaterThan(50);
	expect(d.querySelectorAll('.katex-display math[display="block"]').length).toBeGreaterThan(5);
	// No MathML element with more children than its layout takes (KaTeX's named operators in scripts).
	for (const el of d.querySelectorAll('msub, msup, mfrac')) expect(el.children.length, el.outerHTML.slice(0, 120)).toBe(2);
	for (const el of d.querySelectorAll('msubsup')) expect(el.children.length).toBe(3);
	const scripts = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
	for (const f of scripts) expect(fs.readFileSync(path.join(DIST, '_astro', f), 'utf8')).not.toContain('katex');
	// KaTeX's own fonts are gone; one subset math font is preloaded on pages with math.
	expect(fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.startsWith('KaTeX'))).toEqual([]);
	const preload = d.querySelector('link[rel="preload"][as="font"]')?.getAttribute('href') ?? '';
	expect(fs.statSync(fileForPath(preload) ?? '').size).toBeLessThan(60_000);
});

test('measured data reaches the browser already validated: rows as JSON, no Zod, no CSV text to parse', () => {
	const scripts = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
	const texts = scripts.map((f) => [f, fs.readFileSync(path.join(DIST, '_astro', f), 'utf8')] as const);
	// Zod's objects carry a `_zod` property; none of the browser's code does.
	expect(texts.filter(([, t]) => t.includes('_zod')).map(([f]) => f)).toEqual([]);
	// No CSV header line of a dataset ships (src/plugins/measured-rows.ts sends rows instead)...
	const headers = fs.readdirSync('src/data/measured').filter((f) => f.endsWith('.csv')).map((f) => fs.readFileSync(path.join('src/data/measured', f), 'utf8').split('\n')[0] ?? '');
	expect(headers.length).toBeGreaterThan(5);
	for (const header of headers) expect(texts.filter(([, t]) => t.includes(header)).map(([f]) => f), header).toEqual([]);
	// ...and the Epoch AI rows the compute-trend figure draws are there, as parsed JSON.
	expect(texts.some(([, t]) => t.includes('JSON.parse(') && t.includes('"compute_confidence":"Confident"'))).toBe(true);
});

test('exercise solutions are <details> that open without JavaScript', () => {
	const d = doc(`${BASE}scaling-laws/`);
	const solutions = d.querySelectorAll('.course-exercise details.course-solution');
	expect(solutions.length).toBeGreaterThanOrEqual(3);
	for (const s of solutions) expect(s.querySelector('summary')).not.toBeNull();
});

test('the CSV of a figure holds the data it draws by default', () => {
	const csv = fs.readFileSync(path.join(DIST, 'data', 'isoflop.csv'), 'utf8');
	const [header, ...rows] = csv.trim().split('\n');
	expect(header).toBe('series,c,n,d,loss,extrapolated');
	const optimum = rows.find((r) => r.startsWith('optimum,'));
	expect(optimum).toBeDefined();
	const [, c, n, d] = (optimum ?? '').split(',').map(Number);
	expect(c).toBeCloseTo(5.76e23, -20);
	expect((n ?? 0) / 3.22e10).toBeCloseTo(1, 2);
	expect((d ?? 0) / 2.98e12).toBeCloseTo(1, 2);
});

describe.each(['', 'zh-cn/'])('glossary links (%s)', (prefix) => {
	test.each(['emergence/', 'scaling-laws/', 'mirage/', 'limits/', 'deepseek/', 'reasoning/', 'outlook/'])('%s links terms to the glossary, each on first use only', (slug) => {
		const d = doc(`${BASE}${prefix}${slug}`);
		const targets = [...d.querySelectorAll('a.term-link')].map((a) => a.getAttribute('href') ?? '');
		expect(targets.length).toBeGreaterThan(5);
		expect(new Set(targets).size).toBe(targets.length);
		for (const href of targets) expect(href).toMatch(new RegExp(`^${BASE}${prefix}glossary/#term-[a-z0-9-]+$`));
		// The tooltip is the definition in the page's language.
		const title = d.querySelector('a.term-link')?.getAttribute('title') ?? '';
		if (prefix) expect(title).toMatch(/[\u3400-\u9fff]/);
		else expect(title).toMatch(/^[\x00-\u2FFF]+$/);
	});
});

/** Page weight, deterministically (the bench, `npm run bench`, measures the real cost; this guards the proxy). */
test(`no page has more than ${ELEMENT_BUDGET.toLocaleString('en-US')} HTML elements`, () => {
	const counts = builtPages()
		.filter((p) => p.endsWith('/'))
		.map((p) => ({ page: p, elements: elementCount(html(p)) }))
		.sort((a, b) => b.elements - a.elements);
	expect(counts.length).toBeGreaterThan(10);
	expect(counts[0]?.elements ?? 0).toBeGreaterThan(500);
	expect(counts.filter((c) => c.elements > ELEMENT_BUDGET)).toEqual([]);
});
