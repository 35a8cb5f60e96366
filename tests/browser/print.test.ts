/**
 * Printing a chapter (src/styles/print.css): Chromium prints it to an A4 PDF after a figure's
 * state was changed through the URL, in the dark theme, and the PDF's text (extracted with
 * unpdf, pure JavaScript) and the page under print media are checked: a sensible page count,
 * no navigation chrome, every figure's title and caption, the figure in its changed state,
 * links followed by their address, math, and solutions closed unless opened. The PDFs are left
 * in tests/.tmp/ to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE } from '../support/site';
import { useSiteSession } from '../support/session';
import { reachFigure } from '../support/browser';

const site = useSiteSession();
let context: BrowserContext;

beforeAll(async () => {
	// Dark theme on screen: print must come out in the light palette anyway.
	context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
	await context.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
});

const url = (p: string) => `${site.origin}${BASE}${p}`;
/**
 * The CJK font maps some characters to radicals in the PDF's text: Kangxi radicals (人 → ⼈),
 * which NFKC folds back, and these from the CJK Radicals Supplement, which it does not.
 */
const RADICALS: Record<string, string> = {
	'⻅': '见',
	'⻚': '页',
	'⻓': '长',
	'⻔': '门',
	'⻋': '车',
	'⻛': '风',
	'⻜': '飞',
	'⻢': '马',
	'⻥': '鱼',
	'⻦': '鸟',
	'⻩': '黄',
	'⻮': '齿',
	'⻯': '龙',
	'⻳': '龟',
	'⻆': '角',
	'⻝': '食',
	'⻤': '鬼',
};
/** Text without any whitespace (PDF text extraction breaks lines and spaces its own way), folded as above. */
const flat = (s: string) =>
	s
		.replace(/[\u2e80-\u2eff]/g, (c) => RADICALS[c] ?? c)
		.normalize('NFKC')
		.replace(/[\s\u200b]+/g, '');
/** `haystack` contains `needle` (without printing a whole chapter when it does not). */
const has = (haystack: string, needle: string) => haystack.includes(flat(needle));
const occurrences = (haystack: string, needle: string) => haystack.split(flat(needle)).length - 1;

/**
 * A4 at 96 px/in is 793.7 px wide; print.css sets 15 mm side margins, which leaves 180 mm =
 * 680 px for the text column. Laying the page out at that width under print media is what the
 * printed page looks like, near enough to check what fits and what is hidden.
 */
const PRINT_COLUMN = 680;

/**
 * A chapter is about 3,000–3,500 words (or 6,000–8,000 characters in Chinese) with three or four
 * figures and a dozen formulas: printed, 12–14 A4 pages. Fewer than 6 would mean content was
 * cut (a fixed-height or overflow-hidden box clipping the page); more than 24 would mean
 * something blew up (chrome printing, figures splitting or forced onto pages of their own).
 */
const MIN_PAGES = 6;
const MAX_PAGES = 24;

interface Printed {
	pages: string[];
	flat: string;
}

async function print(page: Page, name: string): Promise<Printed> {
	await page.evaluate(() => document.fonts.ready);
	const pdf = await page.pdf({ format: 'A4' });
	fs.writeFileSync(path.resolve('tests/.tmp', `print-${name}.pdf`), pdf);
	const proxy = await getDocumentProxy(new Uint8Array(pdf));
	const { text } = await extractText(proxy, { mergePages: false });
	return { pages: text, flat: flat(text.join('\n')) };
}

async function ready(page: Page, id: string) {
	await reachFigure(page, id, 15_000);
	// The figure redraws on the next animation frame after hydrating.
	await page.waitForFunction((fig) => Number(document.querySelector(`#fig-${fig} course-figure`)?.getAttribute('data-rendered') ?? 0) > 0, id);
}

/** The readout of a figure as "term value" pairs, flattened. */
const readout = (page: Page, id: string) =>
	page.locator(`#fig-${id} .fig-readout dd`).evaluateAll((dds) => dds.map((dd) => dd.textContent ?? ''));

/** Chapters to print, each with a figure state set through the URL and a formula to find. */
const CASES = [
	{ path: 'scaling-laws/', lang: 'en', figure: 'isoflop', query: 'isoflop.C=1e21', math: 'C ≈ 6ND' },
	{ path: 'zh-cn/scaling-laws/', lang: 'zh-cn', figure: 'isoflop', query: 'isoflop.C=1e21', math: 'C ≈ 6ND' },
	// 2 × 37B ≈ 7.4 × 10^10: the exponent comes out of the PDF as plain digits.
	{ path: 'deepseek/', lang: 'en', figure: 'moe-params', query: 'moe-params.active=16', math: '7.4 × 1010' },
] as const;

describe.each(CASES)('printing $path with ?$query', ({ path: chapter, lang, figure, query, math }) => {
	let page: Page;
	let printed: Printed;
	let defaultReadout: string[];

	beforeAll(async () => {
		const fresh = await context.newPage();
		await fresh.goto(url(chapter), { waitUntil: 'load' });
		defaultReadout = await readout(fresh, figure);
		await fresh.close();

		page = await context.newPage();
		await page.goto(url(`${chapter}?${query}`), { waitUntil: 'load' });
		await ready(page, figure);
		printed = await print(page, chapter.replace(/\W+/g, '-').replace(/-$/, ''));
	}, 60_000);
	afterAll(async () => {
		await page?.close();
	});

	test('has a reasonable number of pages, and the first one starts with the chapter title', async () => {
		expect(printed.pages.length).toBeGreaterThanOrEqual(MIN_PAGES);
		expect(printed.pages.length).toBeLessThanOrEqual(MAX_PAGES);
		const title = await page.locator('h1').first().innerText();
		expect(flat(printed.pages[0] ?? '').startsWith(flat(title)), `page 1 starts: ${printed.pages[0]?.slice(0, 80)}`).toBe(true);
	});

	test('prints no navigation chrome', async () => {
		// What the chrome would print, read from the page as it is on screen.
		const chromeText = await page.evaluate(() => {
			const text = (s: string) => [...document.querySelectorAll<HTMLElement>(s)].map((e) => e.innerText.trim()).filter(Boolean);
			return {
				siteTitle: text('.site-title'),
				skip: text('.sl-skip-link').concat(document.querySelector('.sl-skip-link')?.textContent?.trim() ?? ''),
				sidebar: [...document.querySelectorAll('nav.sidebar a')].map((a) => a.textContent?.trim() ?? '').join(''),
				toc: [...document.querySelectorAll('starlight-toc a')].map((a) => a.textContent?.trim() ?? '').join(''),
				tocTitle: document.querySelector('starlight-toc h2')?.textContent?.trim() ?? '',
				pagination: [...document.querySelectorAll('.pagination-links a')].map((a) => a.textContent?.trim() ?? ''),
			};
		});
		expect(chromeText.sidebar.length).toBeGreaterThan(50);
		for (const t of [chromeText.sidebar, chromeText.toc, chromeText.tocTitle, ...chromeText.skip, ...chromeText.pagination]) {
			expect(t.length).toBeGreaterThan(0);
			expect(has(printed.flat, t), `chrome text in the PDF: "${t}"`).toBe(false);
		}
		expect(chromeText.siteTitle.length).toBe(1);
		expect(flat(printed.pages[0] ?? '').startsWith(flat(chromeText.siteTitle[0] ?? ''))).toBe(false);

		// And under print media, nothing of the chrome is visible.
		await page.emulateMedia({ media: 'print' });
		try {
			const chrome = [
				'.page > header',
				'.sl-skip-link',
				'nav.sidebar',
				'.right-sidebar-container',
				'mobile-starlight-toc',
				'starlight-toc',
				'.pagination-links',
				'site-search',
				'starlight-lang-select',
				'starlight-theme-select',
				'.sl-anchor-link',
			];
			for (const selector of chrome) {
				const count = await page.locator(selector).count();
				for (let i = 0; i < count; i++) expect(await page.locator(selector).nth(i).isVisible(), `${selector} visible in print`).toBe(false);
			}
		} finally {
			await page.emulateMedia({ media: null });
		}
	});

	test('prints every figure: its title and caption in the text, its chart visible, its controls hidden', async () => {
		const figures = await page.locator('figure.course-figure').evaluateAll((els) =>
			els.map((el) => ({
				id: el.id,
				title: el.querySelector('.fig-title')?.textContent ?? '',
				// The caption's own text, before the badges and the source line.
				caption: [...(el.querySelector('figcaption')?.childNodes ?? [])].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim(),
			})),
		);
		expect(figures.length).toBeGreaterThanOrEqual(3);
		for (const f of figures) {
			expect(has(printed.flat, f.title), `${f.id}: title "${f.title}"`).toBe(true);
			expect(has(printed.flat, f.caption.slice(0, 60)), `${f.id}: caption "${f.caption.slice(0, 60)}"`).toBe(true);
		}

		await page.setViewportSize({ width: PRINT_COLUMN, height: 1000 });
		await page.emulateMedia({ media: 'print' });
		try {
			for (const f of figures) {
				// The live chart where the figure was used, else the static image of its default view.
				const chart = page.locator(`#${f.id} .fig-plots svg[role="img"], #${f.id} .fig-plots .fig-chart img:visible`).first();
				expect(await chart.isVisible(), `${f.id}: chart`).toBe(true);
				expect((await chart.boundingBox())?.width ?? 0, `${f.id}: chart width`).toBeGreaterThan(PRINT_COLUMN / 2);
				expect(await page.locator(`#${f.id} figcaption`).isVisible(), `${f.id}: caption`).toBe(true);
				for (const hidden of ['input', 'button', '.fig-actions a', '.fig-permalink']) {
					const n = await page.locator(`#${f.id} ${hidden}`).count();
					for (let i = 0; i < n; i++) expect(await page.locator(`#${f.id} ${hidden}`).nth(i).isVisible(), `${f.id} ${hidden}`).toBe(false);
				}
			}
			// Nothing is wider than the printed column (it would be cut off on paper).
			const tooWide = await page.evaluate(() => {
				const column = document.querySelector('main')?.getBoundingClientRect().right ?? 0;
				return [...document.querySelectorAll<HTMLElement>('.katex-display, .sl-markdown-content table, .fig-plots svg, figure.course-figure, pre')]
					.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > column + 1)
					.map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ')[0]}: ${el.scrollWidth}px in ${el.clientWidth}px`);
			});
			expect(tooWide).toEqual([]);
			// Light palette whatever the theme: dark text, the light figure colours.
			const colours = await page.evaluate(() => ({
				text: getComputedStyle(document.querySelector('.sl-markdown-content p') ?? document.body).color,
				c1: getComputedStyle(document.documentElement).getPropertyValue('--fig-c1').trim(),
			}));
			const [r = 255, g = 255, b = 255] = (colours.text.match(/\d+/g) ?? []).map(Number);
			expect(0.2126 * r + 0.7152 * g + 0.0722 * b, `text colour ${colours.text}`).toBeLessThan(100);
			expect(colours.c1).toBe('#2563eb');
		} finally {
			await page.emulateMedia({ media: null });
			await page.setViewportSize({ width: 1280, height: 900 });
		}
	});

	test(`prints the figure in its changed state (${query})`, async () => {
		const current = await readout(page, figure);
		expect(current.length).toBeGreaterThan(0);
		expect(current).not.toEqual(defaultReadout);
		for (const value of current) expect(has(printed.flat, value), `readout value ${value}`).toBe(true);
		// The changed control is printed as text, "Label: value".
		const [name] = query.replace(`${figure}.`, '').split('=');
		const control = await page.locator(`#fig-${figure} .fig-control:has([data-param="${name}"])`).evaluate((el) => ({
			label: el.querySelector('label, legend')?.textContent?.trim() ?? '',
			value: el.querySelector('output')?.textContent?.trim() ?? '',
		}));
		const line = `${control.label}${lang === 'zh-cn' ? '：' : ':'}${control.value}`;
		expect(has(printed.flat, line), line).toBe(true);
	});

	test('prints links with their address, but not citations, glossary terms or anchors', async () => {
		// Links to other pages of the course are written as paths under the base (see print.css).
		const base = BASE.replace(/\//g, '\\/');
		expect(new RegExp(`\\((https?://[^()]+)?${base}(zh-cn/)?claims/#claim-[a-z0-9-]+\\)`).test(printed.flat)).toBe(true);
		for (const skipped of ['references/#ref-', 'glossary/#', '(#']) expect(has(printed.flat, skipped), skipped).toBe(false);
	});

	test('prints math and the closed solutions as a pointer to the online page', async () => {
		expect(has(printed.flat, math), math).toBe(true);
		const solutions = await page.locator('details.course-solution').count();
		expect(solutions).toBeGreaterThanOrEqual(3);
		const note = lang === 'zh-cn' ? '解答：见本页网络版' : 'Solution: in the online version of this page';
		expect(occurrences(printed.flat, note)).toBe(solutions);
		// Display formulas (MathML) print, laid out, within the column.
		await page.emulateMedia({ media: 'print' });
		try {
			// Every display formula prints with a real box; one with a fraction is laid out in two
			// dimensions, taller than 1.5 lines of its type (a one-line formula's box hugs its ink).
			const formulas = await page.locator('.katex-display math').evaluateAll((ms) =>
				ms.map((m) => ({ text: (m.textContent ?? '').slice(0, 30), fraction: m.querySelector('mfrac') !== null, height: m.getBoundingClientRect().height, font: parseFloat(getComputedStyle(m).fontSize) })),
			);
			expect(formulas.length).toBeGreaterThan(0);
			for (const f of formulas) {
				expect(f.height, `${f.text}: ${f.height}px at ${f.font}px type`).toBeGreaterThan((f.fraction ? 1.5 : 0.5) * f.font);
			}
		} finally {
			await page.emulateMedia({ media: null });
		}
	});
});

describe('printing what the reader opened', () => {
	test('an opened solution and an opened data table print in full; closed ones stay out', async () => {
		const page = await context.newPage();
		await page.goto(url('deepseek/'), { waitUntil: 'load' });
		const opened = await page.evaluate(() => {
			const solution = document.querySelector<HTMLDetailsElement>('details.course-solution');
			const table = document.querySelector<HTMLDetailsElement>('details.fig-data');
			if (solution) solution.open = true;
			if (table) table.open = true;
			return {
				solution: [...(solution?.children ?? [])].filter((c) => c.tagName !== 'SUMMARY').map((c) => c.textContent ?? '').join(' ').trim().slice(0, 80),
				headers: [...(table?.querySelectorAll('th') ?? [])].map((th) => th.textContent ?? ''),
				summary: table?.querySelector('summary')?.textContent ?? '',
				solutions: document.querySelectorAll('details.course-solution').length,
			};
		});
		const printed = await print(page, 'deepseek-opened');
		// "Show the solution" prints as "Solution", followed by the solution itself.
		expect(has(printed.flat, `Solution ${opened.solution}`), opened.solution).toBe(true);
		expect(has(printed.flat, 'Show the solution')).toBe(false);
		expect(occurrences(printed.flat, 'Solution: in the online version of this page')).toBe(opened.solutions - 1);
		expect(opened.headers.length).toBeGreaterThan(1);
		expect(has(printed.flat, opened.headers.join('')), opened.headers.join(' | ')).toBe(true);
		// Only the opened data table prints (its summary once; closed tables are left out).
		expect(occurrences(printed.flat, opened.summary)).toBe(1);
		await page.close();
	});

	test('links to other sites print their URL (the references page)', async () => {
		const page = await context.newPage();
		await page.goto(url('references/'), { waitUntil: 'load' });
		const printed = await print(page, 'references');
		expect(/arXiv:\d{4}\.\d{4,5}\(https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5}\)/.test(printed.flat)).toBe(true);
		await page.close();
	});
});
