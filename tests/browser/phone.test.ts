/**
 * Figures on a 360 px phone, measured in Chromium: every chart's text renders at 11 CSS px or more
 * (the static image of the default view, computed from its SVG file and the width it is shown at,
 * and the live chart, measured from its rendered text); nothing scrolls sideways; controls and
 * chart points are touch targets of at least 24 px; and a slider's value label answers the first
 * input at once, before any figure code has loaded.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE, builtPages, fileForPath } from '../support/site';
import { useSiteSession } from '../support/session';
import fs from 'node:fs';

const site = useSiteSession();
const MIN_TEXT_PX = 11;
const MIN_TARGET_PX = 24;

/** Chapter pages that have figures, in every language. */
const pages = builtPages().filter((p) => {
	const file = fileForPath(p);
	return p.endsWith('/') && file !== null && fs.readFileSync(file, 'utf8').includes('class="course-figure');
});

let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
});
afterAll(() => context.close());

/** The smallest font size (in chart units) an SVG file sets, and its viewBox width. */
function svgFileText(svg: string): { minFont: number; viewWidth: number } {
	const viewWidth = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1]);
	const sizes = [...svg.matchAll(/font-size(?:="|:)\s*([\d.]+)/g)].map((m) => Number(m[1]));
	// The root's own `font-size="10"` attribute is overridden by its inline style; skip it.
	const root = /<svg [^>]*>/.exec(svg)?.[0] ?? '';
	const rootAttr = Number(/ font-size="([\d.]+)"/.exec(root)?.[1]);
	const rootStyle = Number(/font-size:([\d.]+)px/.exec(root)?.[1]);
	const counted = sizes.filter((size, i) => !(i === 0 && size === rootAttr && rootStyle > 0));
	return { minFont: Math.min(...counted), viewWidth };
}

describe.each(pages)('%s at 360 px', (path) => {
	let page: Page;
	beforeAll(async () => {
		page = await context.newPage();
		await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
	});
	afterAll(() => page.close());

	test('nothing scrolls sideways', async () => {
		const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
		expect(widths.scroll).toBeLessThanOrEqual(widths.view);
	});

	test(`the default views' images set no text below ${MIN_TEXT_PX} px`, async () => {
		const images = await page.locator('.fig-chart img:visible').evaluateAll((imgs) =>
			imgs.map((img) => ({ src: (img as HTMLImageElement).getAttribute('src') ?? '', shown: (img as HTMLImageElement).getBoundingClientRect().width, layout: img.getAttribute('data-layout') })),
		);
		expect(images.length).toBeGreaterThan(0);
		for (const img of images) {
			expect(img.layout, img.src).toBe('narrow');
			const { minFont, viewWidth } = svgFileText(fs.readFileSync(fileForPath(img.src) ?? '', 'utf8'));
			expect(minFont * (img.shown / viewWidth), `${img.src}: ${minFont} units at ${img.shown}/${viewWidth}`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
		}
	});

	test(`live charts render no text below ${MIN_TEXT_PX} px, and controls and points are ${MIN_TARGET_PX} px touch targets`, async () => {
		const ids = await page.locator('figure.course-figure').evaluateAll((els) => els.map((el) => el.id));
		for (const id of ids) {
			await page.locator(`#${id}`).scrollIntoViewIfNeeded();
			await page.locator(`#${id} .fig-title`).tap();
			await page.waitForSelector(`#${id} course-figure[data-state="ready"]`, { timeout: 20_000 });
			await page.waitForFunction((fig) => Number(document.querySelector(`#${fig} course-figure`)?.getAttribute('data-rendered') ?? 0) > 0, id);
			const measured = await page.locator(`#${id}`).evaluate((figure) => {
				const smallest = { size: Infinity, text: '' };
				for (const text of figure.querySelectorAll<SVGTextElement>('.fig-plots svg[role] text, .fig-plots svg[role] tspan')) {
					if (!text.textContent?.trim() || !text.getClientRects().length) continue;
					const scale = text.ownerSVGElement?.getScreenCTM()?.a ?? 1;
					const size = parseFloat(getComputedStyle(text).fontSize) * scale;
					if (size < smallest.size) Object.assign(smallest, { size, text: text.textContent.trim().slice(0, 30) });
				}
				for (const el of figure.querySelectorAll<HTMLElement>('.fig-plots [class$="-swatches"] *')) {
					if (!el.textContent?.trim() || el.children.length) continue;
					const size = parseFloat(getComputedStyle(el).fontSize);
					if (size < smallest.size) Object.assign(smallest, { size, text: el.textContent.trim().slice(0, 30) });
				}
				const small: string[] = [];
				const targets = figure.querySelectorAll<HTMLElement>('.fig-controls input[type="range"], .fig-controls input[type="text"], .fig-choice label, button, .fig-hit');
				for (const el of targets) {
					const box = el.getBoundingClientRect();
					if (box.width === 0 && box.height === 0) continue; // hidden
					if (box.width < 24 || box.height < 24) small.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''} ${el.textContent?.trim().slice(0, 20) ?? ''}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
				}
				return { smallest, small, points: figure.querySelectorAll('.fig-point').length, hits: figure.querySelectorAll('.fig-hit').length };
			}, undefined);
			expect(measured.smallest.size, `${id}: "${measured.smallest.text}"`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
			expect(measured.small, id).toEqual([]);
			expect(measured.hits, `${id}: every point has a touch target`).toBe(measured.points);
		}
	}, 120_000);
});

test('a slider answers the first input at once, before any figure code has loaded', async () => {
	const page = await context.newPage();
	const figureCode: string[] = [];
	page.on('request', (r) => /\/_astro\/(hydrate|isoflop)/i.test(r.url()) && figureCode.push(r.url()));
	await page.goto(`${site.origin}${BASE}scaling-laws/`, { waitUntil: 'load' });
	const result = await page.locator('#fig-isoflop input[type="range"]').evaluate((input: HTMLInputElement) => {
		const output = input.closest('.fig-control')?.querySelector('output');
		const before = output?.textContent;
		input.value = String(Number(input.value) - 10 * Number(input.step));
		input.dispatchEvent(new Event('input', { bubbles: true }));
		// Read in the same task: the label must already have changed, with no figure code run.
		return { before, after: output?.textContent, valuetext: input.getAttribute('aria-valuetext'), ready: input.closest('course-figure')?.getAttribute('data-state') ?? null };
	});
	expect(figureCode).toEqual([]);
	expect(result.ready).toBeNull();
	expect(result.after).not.toBe(result.before);
	expect(result.after).toMatch(/×10²² FLOPs$/);
	expect(result.valuetext).toBe(result.after);
	await page.close();
});
