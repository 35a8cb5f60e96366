/**
 * Figure computations in Chromium, on the Chinchilla refit (a fit and a seeded bootstrap):
 * - the build embeds the default view's results; a browser that recomputes them from the same
 *   seed, in its own worker, draws the same numbers: the same readout, and a CSV of the view whose
 *   bootstrap intervals equal the build's digit for digit (the point fit agrees to 10⁻⁸ of each value, or 10⁻⁸ absolute below 1);
 * - a bootstrap runs in a Web Worker, shows its progress, and Cancel ends it (the worker is
 *   terminated, no result arrives later). That the page's main thread meanwhile has no long task
 *   (over 50 ms) is a timing, measured by `npm run bench` (tests/bench/lib/bootstrap.mjs).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { UI } from '../../src/i18n/ui';
import { BASE, DIST } from '../support/site';
import { useSiteSession } from '../support/session';
import { reachFigure } from '../support/browser';

const site = useSiteSession();

/** A CSV without quoted cells (the figure's has none) as rows of cells. */
const parseCsv = (text: string) =>
	text
		.trim()
		.split('\n')
		.map((line) => line.split(','));
const ID = 'chinchilla-refit';

async function openChapter(): Promise<{ page: Page; errors: string[] }> {
	const page = await site.browser.newPage({ viewport: { width: 1100, height: 900 } });
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${site.origin}${BASE}scaling-laws/`, { waitUntil: 'load' });
	return { page, errors };
}

const figure = (page: Page) => page.locator(`#fig-${ID}`);

async function reach(page: Page) {
	await reachFigure(page, ID, 30_000);
}

test('a browser that recomputes the default view from the same seed gets the build’s intervals exactly', async () => {
	const { page, errors } = await openChapter();
	const fig = figure(page);
	const builtReadout = await fig.locator('.fig-readout').innerText();
	expect(builtReadout).toMatch(/95%: 7\.9\d?–35\.4/);
	// Take the embedded results away: the browser has to fit and bootstrap by itself.
	const embedded = await fig.locator('script.fig-results').evaluate((el) => {
		const text = el.textContent ?? '';
		el.remove();
		return text;
	});
	expect(embedded).toContain('"samples"');
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await reach(page);
	await expect.poll(() => fig.locator('.fig-progress').isVisible(), { timeout: 30_000 }).toBe(true);
	await expect.poll(() => fig.locator('.fig-readout').innerText(), { timeout: 180_000, interval: 500 }).toBe(builtReadout);
	expect(workers.length).toBeGreaterThan(0);
	// The whole view at full precision: the CSV of this view against the one the build wrote.
	const [download] = await Promise.all([page.waitForEvent('download'), fig.locator('button[data-action="csv"]').click()]);
	const mine = parseCsv(readFileSync((await download.path()) ?? '', 'utf8'));
	const built = parseCsv(readFileSync(path.join(DIST, 'data', `${ID}.csv`), 'utf8'));
	expect(mine.length).toBeGreaterThan(400);
	expect(mine.length).toBe(built.length);
	expect(mine[0]).toEqual(built[0]);
	const header = built[0]!;
	const exact = new Set(['ci_lo', 'ci_hi']);
	built.slice(1).forEach((row, i) => {
		row.forEach((cell, j) => {
			const other = mine[i + 1]![j]!;
			const column = header[j]!;
			// The bootstrap's intervals: identical. The point fit: the same optimum, though BFGS in
			// Chromium's V8 and in Node's may part in the last bits (seen: 1e-10 relative).
			if (cell === '' || Number.isNaN(Number(cell)) || exact.has(column)) expect(other, `row ${i + 1} ${column}`).toBe(cell);
			else expect(Math.abs(Number(other) - Number(cell)), `row ${i + 1} ${column}: ${other} vs ${cell}`).toBeLessThan(1e-8 * Math.max(1, Math.abs(Number(cell))));
		});
	});
	expect(errors).toEqual([]);
	await page.close();
}, 240_000);

test('a 1,000-resample bootstrap runs in a worker with progress; Cancel stops it', async () => {
	const { page, errors } = await openChapter();
	const fig = figure(page);
	await reach(page);
	const rendered = () => fig.locator('course-figure').getAttribute('data-rendered').then(Number);
	await expect.poll(rendered).toBeGreaterThan(0);
	const before = await rendered();
	const started = page.waitForEvent('worker');
	await fig.locator('input[data-param="boot"][value="1000"]').check();
	const worker = await started;
	const closed = new Promise<void>((resolve) => worker.on('close', () => resolve()));
	await expect.poll(rendered).toBeGreaterThan(before);
	const status = fig.locator('.fig-progress [role="status"]');
	await expect.poll(() => status.innerText()).toContain('1,000');
	const bar = fig.locator('.fig-progress progress');
	await expect.poll(() => bar.evaluate((el: HTMLProgressElement) => el.value), { timeout: 120_000, interval: 200 }).toBeGreaterThan(0.05);
	await fig.locator('.fig-progress button[data-action="cancel"]').click();
	await closed;
	expect(await status.innerText()).toBe(UI.en.figureCancelled);
	expect(await bar.isVisible()).toBe(false);
	// Nothing arrives after the cancel: no band, and the readout still waits.
	await page.waitForTimeout(1500);
	expect(await fig.locator('.fig-readout').innerText()).toContain('computing…');
	expect(await fig.locator('.fig-plots').innerHTML()).toContain('no band yet (1,000 refits, seed 2024)');
	expect(errors).toEqual([]);
	await page.close();
}, 240_000);
