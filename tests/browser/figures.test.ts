/**
 * What happens after load, in Chromium: figures stay static until near the viewport, a control
 * changes the figure and the URL, a URL with state opens that state, hostile URLs are harmless,
 * the page without JavaScript still shows the figures, the language picker works, and nothing
 * logs an error.
 */
import fs from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { BASE } from '../support/site';
import { useSiteSession } from '../support/session';
import { reachFigure, scrollToElement } from '../support/browser';

const site = useSiteSession();
let context: BrowserContext;

beforeAll(async () => {
	context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

const url = (p: string) => `${site.origin}${BASE}${p}`;

/** Open a page and collect console errors, page errors and failed requests. */
async function open(path: string, ctx = context): Promise<{ page: Page; problems: string[] }> {
	const page = await ctx.newPage();
	const problems: string[] = [];
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	// A request cancelled by navigating away (ERR_ABORTED) is not a failure; a missing file
	// shows up as a 4xx response below.
	page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
	page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
	await page.goto(url(path), { waitUntil: 'load' });
	return { page, problems };
}

/** Bring a figure into view and reach for it (the pointer enters it), as a reader would. */
const ready = (page: Page, id: string) => reachFigure(page, id, 15_000);

const svgOf = (page: Page, id: string) => page.locator(`#fig-${id} .fig-plots`).innerHTML();

describe('figures', () => {
	test('figure code is fetched in idle time as a figure nears the viewport, and runs only when the reader reaches for it', async () => {
		const page = await context.newPage();
		const scripts: string[] = [];
		// Starlight loads its search UI (Pagefind's ui-core) when the page goes idle, which on a busy
		// machine can come after networkidle: that is not figure code.
		page.on('request', (r) => r.resourceType() === 'script' && !/\/(ui-core|pagefind)[.\/-]/.test(r.url()) && scripts.push(new URL(r.url()).pathname));
		await page.goto(url('scaling-laws/'), { waitUntil: 'networkidle' });
		expect(await page.locator('course-figure[data-state="ready"]').count()).toBe(0);
		const preloads = async (id: string) => ((await page.locator(`#fig-${id} course-figure`).getAttribute('data-preload')) ?? '').split(' ').filter(Boolean);
		const isoflop = await preloads('isoflop');
		const own = isoflop.find((u) => /\/isoflop\.[\w-]+\.js$/.test(u));
		expect(own, 'the isoflop figure names its own module').toBeTruthy();
		// Far from the figure, its module is not fetched.
		expect(scripts).not.toContain(own);
		const atLoad = scripts.length;
		await scrollToElement(page.locator('#fig-isoflop'));
		// Near the viewport its code arrives in idle time...
		await expect.poll(() => scripts.includes(own ?? '')).toBe(true);
		// ...and every script fetched on scroll is code some figure on the page named for preloading,
		const named = new Set((await page.locator('course-figure[data-preload]').evaluateAll((els) => els.map((e) => e.getAttribute('data-preload') ?? ''))).flatMap((s) => s.split(' ')));
		expect(scripts.slice(atLoad).filter((u) => !named.has(u))).toEqual([]);
		// ...but no figure runs until the reader reaches for it.
		expect(await page.locator('course-figure[data-state="ready"]').count()).toBe(0);
		await ready(page, 'isoflop');
		// Only the figure the reader reached for is live.
		expect(await page.locator('course-figure[data-state="ready"]').count()).toBe(1);
		await page.close();
	});

	test('a slider moved before the figure code arrived is honoured, and an early button press runs', async () => {
		const { page, problems } = await open('scaling-laws/');
		const slider = page.locator('#fig-isoflop input[type="range"][data-param="C"]');
		await scrollToElement(slider);
		// Keyboard only: focus starts the load; the key moves the native slider at once.
		await slider.focus();
		await page.keyboard.press('End');
		await page.waitForSelector('#fig-isoflop course-figure[data-state="ready"]');
		await expect.poll(() => page.locator('#fig-isoflop output[data-param="C"]').innerText()).toContain('10²⁶');
		expect(new URL(page.url()).searchParams.get('isoflop.C')).toBe('1e26');
		const csv = page.waitForEvent('download');
		await page.locator('#fig-loss-calculator button[data-action="csv"]').click();
		expect((await csv).suggestedFilename()).toBe('loss-calculator-view.csv');
		expect(problems).toEqual([]);
		await page.close();
	});

	test('moving a slider redraws the figure, updates its readout and the URL', async () => {
		const { page, problems } = await open('scaling-laws/');
		await ready(page, 'isoflop');
		const before = await svgOf(page, 'isoflop');
		const readoutBefore = await page.locator('#fig-isoflop .fig-readout').innerText();
		const slider = page.locator('#fig-isoflop input[type="range"][data-param="C"]');
		await slider.focus();
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
		await page.waitForFunction(() => Number(document.querySelector('#fig-isoflop course-figure')?.getAttribute('data-rendered') ?? 0) > 0);
		expect(await svgOf(page, 'isoflop')).not.toBe(before);
		expect(await page.locator('#fig-isoflop .fig-readout').innerText()).not.toBe(readoutBefore);
		expect(await page.locator('#fig-isoflop output[data-param="C"]').innerText()).toMatch(/10/);
		expect(new URL(page.url()).searchParams.get('isoflop.C')).toMatch(/^\d/);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('a toggle switches the plot (log → linear axes)', async () => {
		const { page, problems } = await open('scaling-laws/');
		await ready(page, 'power-laws');
		const before = await svgOf(page, 'power-laws');
		await page.locator('#fig-power-laws input[value="linear"]').check();
		await page.waitForFunction(() => Number(document.querySelector('#fig-power-laws course-figure')?.getAttribute('data-rendered') ?? 0) > 0);
		expect(await svgOf(page, 'power-laws')).not.toBe(before);
		expect(new URL(page.url()).searchParams.get('power-laws.axes')).toBe('linear');
		expect(problems).toEqual([]);
		await page.close();
	});

	test('a URL with state opens that state', async () => {
		const { page, problems } = await open('scaling-laws/?isoflop.C=1e21&isoflop.fit=besiroglu#fig-isoflop');
		await ready(page, 'isoflop');
		await page.waitForFunction(() => Number(document.querySelector('#fig-isoflop course-figure')?.getAttribute('data-rendered') ?? 0) > 0);
		expect(await page.locator('#fig-isoflop input[value="besiroglu"]').isChecked()).toBe(true);
		expect(await page.locator('#fig-isoflop output[data-param="C"]').innerText()).toContain('10²¹');
		// Besiroglu refit at 1e21 FLOPs: N_opt ≈ 2.78e9 (facts.md A5-3).
		expect(await page.locator('#fig-isoflop .fig-readout').innerText()).toContain('2.78B');
		expect(problems).toEqual([]);
		await page.close();
	});

	test.each([
		'isoflop.C=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&isoflop.fit=%22%3E%3Csvg%20onload%3Dwindow.__pwned%3D1%3E',
		'isoflop.C=NaN&isoflop.fit=__proto__',
		'isoflop.C=1e99999&loss-calculator.N=-1&loss-calculator.D=abc',
	])('a hostile or nonsense URL gives the default or clamped view and injects nothing (%#)', async (query) => {
		const { page, problems } = await open(`scaling-laws/?${query}`);
		await ready(page, 'isoflop');
		await ready(page, 'loss-calculator');
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.locator('#fig-isoflop .fig-plots svg').count()).toBeGreaterThan(0);
		const text = await page.locator('#fig-isoflop, #fig-loss-calculator').allInnerTexts();
		expect(text.join(' ')).not.toMatch(/NaN|Infinity|undefined/);
		expect(await page.locator('#fig-isoflop input[value="hoffmann"]').isChecked()).toBe(true);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('a preset button sets the calculator, and Reset restores the default', async () => {
		const { page, problems } = await open('scaling-laws/');
		await ready(page, 'loss-calculator');
		await page.locator('#fig-loss-calculator button[data-preset="gpt3"]').click();
		await expect.poll(() => page.locator('#fig-loss-calculator output[data-param="N"]').innerText()).toBe('175B');
		await expect.poll(() => page.locator('#fig-loss-calculator .fig-readout').innerText()).toContain('2.002');
		await page.locator('#fig-loss-calculator button[data-action="reset"]').click();
		await expect.poll(() => page.locator('#fig-loss-calculator output[data-param="N"]').innerText()).toBe('70B');
		expect(new URL(page.url()).searchParams.has('loss-calculator.N')).toBe(false);
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('without JavaScript', () => {
	test('every figure, caption and data table is present and controls are hidden', async () => {
		const ctx = await site.browser.newContext({ javaScriptEnabled: false });
		const { page, problems } = await open('scaling-laws/', ctx);
		const ids = await page.locator('figure.course-figure').evaluateAll((els) => els.map((el) => el.id.replace(/^fig-/, '')));
		// Every figure the chapter source places, in its order.
		const placed = [...fs.readFileSync('content/en/scaling-laws.mdx', 'utf8').matchAll(/<Figure id="([\w-]+)"/g)].map((m) => m[1]);
		expect(placed.length).toBeGreaterThan(4);
		expect(ids).toEqual(placed);
		for (const id of ids) {
			// Exactly one image per chart is shown (CSS picks layout and theme), and it has loaded.
			await scrollToElement(page.locator(`#fig-${id}`));
			const charts = await page.locator(`#fig-${id} .fig-chart`).count();
			const shown = page.locator(`#fig-${id} .fig-chart img:visible`);
			expect(await shown.count(), id).toBe(charts);
			await expect.poll(() => shown.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0)), { timeout: 10_000 }).toBe(true);
			expect(await page.locator(`#fig-${id} figcaption`).isVisible()).toBe(true);
			expect(await page.locator(`#fig-${id} details.fig-data table`).count()).toBe(1);
			expect(await page.locator(`#fig-${id} a[download]`).isVisible()).toBe(true);
		}
		expect(await page.locator('.fig-controls').first().isVisible()).toBe(false);
		expect(problems).toEqual([]);
		await ctx.close();
	});
});

describe('languages', () => {
	test('the language picker switches to the same chapter in Chinese and back', async () => {
		const { page, problems } = await open('scaling-laws/?isoflop.C=1e22#chinchilla');
		await page.locator('starlight-lang-select select').first().selectOption({ label: '简体中文' });
		// Same chapter, and the reader's place: the figure state and the section anchor survive.
		await page.waitForURL(/\/zh-cn\/scaling-laws\/\?isoflop\.C=1e22#chinchilla$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		expect(await page.locator('h1').innerText()).toMatch(/[\u3400-\u9fff]/);
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await page.waitForURL(new RegExp(`${BASE}scaling-laws/\\?isoflop\\.C=1e22#chinchilla$`));
		expect(problems).toEqual([]);
		await page.close();
	});

	test('the language picker reaches the Traditional edition and leaves it, keeping the reader’s place', async () => {
		const { page, problems } = await open('scaling-laws/?isoflop.C=1e22#chinchilla');
		const select = page.locator('starlight-lang-select select').first();
		await select.selectOption({ label: '繁體中文' });
		await page.waitForURL(/\/zh-tw\/scaling-laws\/\?isoflop\.C=1e22#chinchilla$/);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
		expect(await page.locator('h1').innerText()).toBe('規模定律');
		await select.selectOption({ label: '简体中文' });
		await page.waitForURL(/\/zh-cn\/scaling-laws\/\?isoflop\.C=1e22#chinchilla$/);
		expect(await page.locator('h1').innerText()).toBe('规模定律');
		await select.selectOption({ label: '繁體中文' });
		await page.waitForURL(/\/zh-tw\/scaling-laws\/\?isoflop\.C=1e22#chinchilla$/);
		await select.selectOption({ label: 'English' });
		await page.waitForURL(new RegExp(`${BASE}scaling-laws/\\?isoflop\\.C=1e22#chinchilla$`));
		expect(problems).toEqual([]);
		await page.close();
	});

	test('on Traditional pages the live figure speaks Traditional Chinese, without a converter in the browser', async () => {
		const { page, problems } = await open('zh-tw/deepseek/');
		const scripts: string[] = [];
		page.on('response', (r) => r.url().endsWith('.js') && scripts.push(r.url()));
		await ready(page, 'kv-cache');
		await page.locator('#fig-kv-cache input[data-param="layers"]').fill('30');
		await page.waitForFunction(() => document.querySelector('#fig-kv-cache .fig-plots svg') !== null);
		const text = await page.locator('#fig-kv-cache').innerText();
		expect(text).toContain('鍵值快取');
		expect(text).not.toMatch(/键值缓存|词元|参数/);
		const description = await page.locator('#fig-kv-cache-desc').textContent();
		expect(description).toMatch(/[\u3400-\u9fff]/);
		expect(description).not.toMatch(/键值缓存|词元|层/);
		for (const url of scripts) expect(await (await page.request.get(url)).text()).not.toContain('STPhrases');
		expect(problems).toEqual([]);
		await page.close();
	});

	test('search on a Traditional page finds Traditional pages (Pagefind indexes the converted text)', async () => {
		const { page, problems } = await open('zh-tw/');
		await page.locator('site-search button[data-open-modal]').first().click();
		const input = page.locator('dialog[open] input').first();
		await input.waitFor({ state: 'visible', timeout: 15_000 });
		await input.fill('湧現');
		const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
		await result.waitFor({ state: 'visible', timeout: 15_000 });
		expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}zh-tw/`));
		expect(await result.innerText()).not.toMatch(/[涌现规词参数]/);
		expect(problems).toEqual([]);
		await page.close();
	});

	test('Chinese figure controls and captions are in Chinese', async () => {
		const { page, problems } = await open('zh-cn/scaling-laws/');
		await ready(page, 'isoflop');
		expect(await page.locator('#fig-isoflop legend').first().innerText()).toMatch(/[\u3400-\u9fff]/);
		expect(await page.locator('#fig-isoflop figcaption').innerText()).toMatch(/[\u3400-\u9fff]/);
		expect(problems).toEqual([]);
		await page.close();
	});
});

describe('every page', () => {
	test.each(['', 'emergence/', 'scaling-laws/', 'mirage/', 'limits/', 'deepseek/', 'reasoning/', 'outlook/', 'claims/', 'glossary/', 'references/', 'zh-cn/', 'zh-cn/scaling-laws/', 'zh-cn/deepseek/', 'zh-cn/reasoning/', 'zh-tw/', 'zh-tw/scaling-laws/', 'zh-tw/deepseek/', 'zh-tw/reasoning/'])(
		'%s loads without console errors, failed requests or horizontal scrolling on a phone',
		async (path) => {
			const ctx = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
			const { page, problems } = await open(path, ctx);
			// Bring every figure into view and move the pointer into it, so its code runs too.
			const figures = await page.locator('course-figure').all();
			for (const fig of figures) {
				const { x, y } = await scrollToElement(fig);
				await page.mouse.move(x, y);
				await page.waitForTimeout(50);
			}
			// Every figure the pointer reached went live.
			await expect.poll(() => page.locator('course-figure[data-state="ready"]').count(), { timeout: 15_000 }).toBe(figures.length);
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			expect(problems).toEqual([]);
			await ctx.close();
		},
	);
});

describe('points', () => {
	test('keyboard focus on a point of the emergence figure names ability, model, parameters and FLOPs', async () => {
		const { page, problems } = await open('emergence/');
		await ready(page, 'emergence-thresholds');
		const points = page.locator('#fig-emergence-thresholds .fig-point');
		expect(await points.count()).toBe(22);
		await points.first().focus();
		const line = page.locator('#fig-emergence-thresholds .fig-focus');
		await expect.poll(() => line.isVisible()).toBe(true);
		const text = await line.innerText();
		expect(text).toMatch(/LaMDA/);
		expect(text).toMatch(/40M/);
		expect(text).toMatch(/8\.9×10¹⁹/);
		// Tab moves to the next point.
		await page.keyboard.press('Tab');
		await expect.poll(() => line.innerText()).not.toBe(text);
		expect(problems).toEqual([]);
		await page.close();
	});
});
