/**
 * The figures on measured data, in Chromium on the built site: the compute trend's bootstrap runs
 * off the page's main thread and its interval arrives in the readout; every option of the three
 * figures redraws the chart; points name themselves to keyboard users; phones get the narrow layout.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BASE } from '../support/site';
import { useSiteSession } from '../support/session';
import { reachFigure, scrollToElement } from '../support/browser';

const site = useSiteSession();

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
	const context = await site.browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'load' });
	return { page, errors };
}

const rendered = (page: Page, id: string) => page.locator(`#fig-${id} course-figure`).getAttribute('data-rendered').then(Number);

const chart = (page: Page, id: string) => page.locator(`#fig-${id} .fig-plots`).innerHTML();

/**
 * Choose each option of each radio group in turn; every choice must redraw the chart into
 * something different from what it showed before (the time a redraw takes is measured by
 * `npm run bench`, never here).
 */
async function everyOptionRedraws(page: Page, id: string): Promise<number> {
	const radios = page.locator(`#fig-${id} input[type="radio"]`);
	let changed = 0;
	for (let i = 0; i < (await radios.count()); i++) {
		const radio = radios.nth(i);
		if (await radio.isChecked()) continue;
		const before = await rendered(page, id);
		const svg = await chart(page, id);
		await radio.check();
		await expect.poll(() => rendered(page, id)).toBeGreaterThan(before);
		expect(await chart(page, id), `${id}: option ${i} changed nothing`).not.toBe(svg);
		changed++;
	}
	return changed;
}

describe('measured-data figures', () => {
	test.each([
		['mirage/', 'open-models-emergence'],
		['emergence/', 'pythia-training'],
		['limits/', 'compute-trend'],
	])('%s%s: every option redraws the chart', async (path, id) => {
		const { page, errors } = await open(path);
		await reachFigure(page, id);
		expect(await everyOptionRedraws(page, id)).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('compute trend: a new start year is fitted in the background and its interval reaches the readout', async () => {
		const { page, errors } = await open('limits/');
		await reachFigure(page, 'compute-trend');
		const fig = page.locator('#fig-compute-trend');
		// The default view's interval was computed at build time and embedded in the page.
		await expect.poll(() => fig.locator('.fig-readout').innerText()).toMatch(/×4\.68 \(95% interval ×4\.\d\d–×5\.\d\d\)/);
		const slider = fig.locator('input[type="range"][data-param="start"]');
		await slider.focus();
		for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
		await expect.poll(() => page.url()).toContain('compute-trend.start=2018');
		await expect.poll(() => fig.locator('.fig-readout').innerText(), { timeout: 20_000 }).toMatch(/×7\.32 \(95% interval ×\d\.\d\d–×\d\.\d\d\)/);
		expect(await fig.locator('.fig-readout').innerText()).not.toContain('computing');
		expect(errors).toEqual([]);
		await page.close();
	});

	test('a keyboard user reaching a point hears which model and score it is', async () => {
		const { page, errors } = await open('emergence/');
		await reachFigure(page, 'pythia-training');
		const point = page.locator('#fig-pythia-training .fig-point').first();
		await point.focus();
		const line = page.locator('#fig-pythia-training .fig-focus');
		await expect.poll(() => line.innerText()).toMatch(/Pythia 70M, step 1 \(2\.1M tokens\) · accuracy \d+\.\d% ± \d\.\d/);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('on a phone the open-models figure shows its narrow image and, once live, the narrow layout', async () => {
		const { page, errors } = await open('mirage/', 360);
		const fig = page.locator('#fig-open-models-emergence');
		await scrollToElement(fig);
		const shown = fig.locator('img.fig-img:visible');
		await expect.poll(() => shown.count()).toBe(1);
		expect(await shown.getAttribute('data-layout')).toBe('narrow');
		await reachFigure(page, 'open-models-emergence');
		expect(await fig.locator('.fig-plots svg[data-layout]').first().getAttribute('data-layout')).toBe('narrow');
		expect(errors).toEqual([]);
		await page.close();
	});
});
