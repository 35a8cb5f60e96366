/** What every built page must contain without any JavaScript running. */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIGURE_IDS } from '../../src/figures/ids';
import { BASE, builtPages, DIST, fileForPath } from '../support/site';

const html = (p: string) => fs.readFileSync(fileForPath(p) ?? '', 'utf8');
const doc = (p: string) => parseHTML(html(p)).document;

describe.each(['', 'zh-cn/'])('chapter pages (%s)', (prefix) => {
	test('every figure is in the HTML as an SVG with caption, source, data table and CSV link', () => {
		const found = new Set<string>();
		for (const p of builtPages().filter((x) => x.startsWith(`${BASE}${prefix}`))) {
			const d = doc(p);
			for (const figure of d.querySelectorAll('figure.course-figure')) {
				const id = figure.id.replace(/^fig-/, '');
				found.add(id);
				// The chart itself (not a legend swatch) is the image with the figure's name.
				const charts = figure.querySelectorAll('.fig-plots svg[role="img"]');
				expect(charts.length, `${p}#${figure.id}: chart svg`).toBeGreaterThan(0);
				for (const chart of charts) expect(chart.getAttribute('aria-labelledby')).toBe(`${figure.id}-title`);
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
		expect(d.documentElement.getAttribute('lang')).toBe(prefix ? 'zh-CN' : 'en');
		const boxTitles = [...d.querySelectorAll('.course-box-title')].map((e) => e.textContent ?? '');
		expect(boxTitles.length).toBeGreaterThan(0);
		for (const title of boxTitles) {
			if (prefix) expect(title).toMatch(/[\u3400-\u9fff]/);
			else expect(title).not.toMatch(/[\u3400-\u9fff]/);
		}
	});
});

test('math is rendered at build time and no KaTeX JavaScript ships', () => {
	const d = doc(`${BASE}scaling-laws/`);
	expect(d.querySelectorAll('.katex').length).toBeGreaterThan(5);
	const scripts = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
	for (const f of scripts) expect(fs.readFileSync(path.join(DIST, '_astro', f), 'utf8')).not.toContain('katex');
	const fonts = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.startsWith('KaTeX') && f.endsWith('.woff2'));
	expect(fonts.length).toBeGreaterThan(5);
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
	expect(header).toBe('series,c,n,d,loss');
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
