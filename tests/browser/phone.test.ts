/**
 * Figures on a 360 px phone, measured in Chromium: every chart's text renders at 11 CSS px or more
 * (the static image of the default view, computed from its SVG file and the width it is shown at,
 * and the live chart, measured from its rendered text); nothing scrolls sideways; controls and
 * chart points are touch targets of at least 24 px; and a slider's value label answers the first
 * input at once, before any figure code has run (it may have been fetched, as a preload). The
 * measuring code is shared with the bench (`tests/support/phone.ts`), which reports the numbers.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE, builtPages, fileForPath } from '../support/site';
import { useSiteSession } from '../support/session';
import { figureAnchors, imageText, measureLiveFigure, MIN_TARGET_PX, MIN_TEXT_PX, PHONE, pageWidth } from '../support/phone';
import fs from 'node:fs';

const site = useSiteSession();

/** Chapter pages that have figures, in every language. */
const pages = builtPages().filter((p) => {
	const file = fileForPath(p);
	return p.endsWith('/') && file !== null && fs.readFileSync(file, 'utf8').includes('class="course-figure');
});

let context: BrowserContext;
beforeAll(async () => {
	context = await site.browser.newContext(PHONE);
});
afterAll(() => context.close());

describe.each(pages)('%s at 360 px', (path) => {
	let page: Page;
	beforeAll(async () => {
		page = await context.newPage();
		await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
	});
	afterAll(() => page.close());

	test('nothing scrolls sideways', async () => {
		const widths = await pageWidth(page);
		expect(widths.scroll).toBeLessThanOrEqual(widths.view);
	});

	test(`the default views' images set no text below ${MIN_TEXT_PX} px`, async () => {
		const images = await imageText(page, (src) => fs.readFileSync(fileForPath(src) ?? '', 'utf8'));
		expect(images.length).toBeGreaterThan(0);
		for (const img of images) {
			expect(img.layout, img.src).toBe('narrow');
			expect(img.px, `${img.src}: ${img.minFont} units at ${img.shown}/${img.viewWidth}`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
		}
	});

	test(`live charts render no text below ${MIN_TEXT_PX} px, and controls and points are ${MIN_TARGET_PX} px touch targets`, async () => {
		for (const anchor of await figureAnchors(page)) {
			const measured = await measureLiveFigure(page, anchor);
			expect(measured.smallestText.px, `${anchor}: "${measured.smallestText.text}"`).toBeGreaterThanOrEqual(MIN_TEXT_PX);
			expect(measured.small, anchor).toEqual([]);
			expect(measured.smallestTarget?.px, anchor).toBeGreaterThanOrEqual(MIN_TARGET_PX);
			expect(measured.hits, `${anchor}: every point has a touch target`).toBe(measured.points);
		}
	}, 120_000);
});

test('a slider answers the first input at once, before any figure code has run', async () => {
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
		return {
			before,
			after: output?.textContent,
			valuetext: input.getAttribute('aria-valuetext'),
			ready: input.closest('course-figure')?.getAttribute('data-state') ?? null,
			preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href),
		};
	});
	// Figure code may have been fetched in idle time, as a preload (not run); nothing else.
	expect(figureCode.filter((url) => !result.preloaded.includes(url))).toEqual([]);
	expect(result.ready).toBeNull();
	expect(result.after).not.toBe(result.before);
	expect(result.after).toMatch(/×10²² FLOPs$/);
	expect(result.valuetext).toBe(result.after);
	await page.close();
});
