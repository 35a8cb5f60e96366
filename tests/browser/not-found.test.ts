/**
 * The not-found page. GitHub Pages answers any missing path of a project site with
 * `<base>/404.html` and status 404, whatever the language, so that page speaks both: a message
 * and the chapter list in English and in Chinese, a link home in each, Starlight's search.
 * The test server (tests/support/site.ts) answers the same way. Also run here: axe on the page,
 * which the site-wide axe test leaves out (it visits 404.html only by its own URL).
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { CHAPTER_SLUGS } from '../../src/sidebar';
import { BASE } from '../support/site';
import { useSiteSession } from '../support/session';

const site = useSiteSession();
let context: BrowserContext;

beforeAll(async () => {
	context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
});

const url = (p: string) => `${site.origin}${BASE}${p}`;

/**
 * Open a page and collect console errors, page errors and failed requests; the only 404
 * allowed is the page's own (the missing URL itself, which Chromium also logs as an error).
 */
async function open(path: string): Promise<{ page: Page; status: number; problems: string[] }> {
	const page = await context.newPage();
	const problems: string[] = [];
	const target = url(path);
	page.on('console', (m) => m.type() === 'error' && m.location().url !== target && problems.push(`console: ${m.text()} (${m.location().url})`));
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`));
	page.on('response', (r) => r.status() >= 400 && r.url() !== target && problems.push(`${r.status()}: ${r.url()}`));
	const response = await page.goto(target, { waitUntil: 'load' });
	return { page, status: response?.status() ?? 0, problems };
}

describe('a missing page under the base path', () => {
	test.each(['no-such-page/', 'zh-cn/no-such-chapter/', 'zh-tw/no-such-chapter/', 'deeply/nested/missing/page', 'scaling-laws/typo.html'])('%s: status 404 and the trilingual not-found page', async (path) => {
		const { page, status, problems } = await open(path);
		expect(status).toBe(404);
		// Every language's message, each marked with its language (the Traditional one converted at build time).
		expect(await page.locator('section[lang="en"] h2').innerText()).toMatch(/does not exist/);
		expect(await page.locator('section[lang="zh-CN"] h2').innerText()).toMatch(/找不到这个页面/);
		expect(await page.locator('section[lang="zh-TW"] h2').innerText()).toMatch(/找不到這個頁面/);
		expect(await page.locator('h1').innerText()).toMatch(/Page not found.*页面未找到/);
		// Each language's chapter list and home link point into that language, under the base.
		const en = await page.locator('section[lang="en"] .chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const zh = await page.locator('section[lang="zh-CN"] .chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		const tw = await page.locator('section[lang="zh-TW"] .chapter-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
		expect(en).toEqual(CHAPTER_SLUGS.map((s) => `${BASE}${s}/`));
		expect(zh).toEqual(CHAPTER_SLUGS.map((s) => `${BASE}zh-cn/${s}/`));
		expect(tw).toEqual(CHAPTER_SLUGS.map((s) => `${BASE}zh-tw/${s}/`));
		expect(await page.locator('section[lang="en"] p a').first().getAttribute('href')).toBe(BASE);
		expect(await page.locator('section[lang="zh-CN"] p a').first().getAttribute('href')).toBe(`${BASE}zh-cn/`);
		expect(await page.locator('section[lang="zh-TW"] p a').first().getAttribute('href')).toBe(`${BASE}zh-tw/`);
		// Styles and scripts load from the base however deep the missing path is.
		expect(await page.locator('site-search button[data-open-modal]').isVisible()).toBe(true);
		expect(await page.evaluate(() => getComputedStyle(document.querySelector('.chapter-list li') as Element).borderTopStyle)).toBe('solid');
		expect(problems).toEqual([]);
		await page.close();
	});

	test('its chapter links work: follow one in each language', async () => {
		const { page } = await open('missing/');
		await Promise.all([page.waitForURL(url('scaling-laws/')), page.locator('section[lang="en"] .chapter-list a', { hasText: 'Scaling laws' }).click()]);
		expect(await page.locator('h1').innerText()).toBe('Scaling laws');
		await page.goBack();
		await Promise.all([page.waitForURL(url('zh-cn/deepseek/')), page.locator('section[lang="zh-CN"] .chapter-list a').nth(CHAPTER_SLUGS.indexOf('deepseek')).click()]);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
		await page.goBack();
		await Promise.all([page.waitForURL(url('zh-tw/deepseek/')), page.locator('section[lang="zh-TW"] .chapter-list a').nth(CHAPTER_SLUGS.indexOf('deepseek')).click()]);
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
		await page.close();
	});

	test('its search button opens Starlight’s search, which finds chapters', async () => {
		const { page, problems } = await open('missing/');
		await page.locator('site-search button[data-open-modal]').click();
		const input = page.locator('dialog[open] input[type="search"], dialog[open] input').first();
		await input.waitFor({ state: 'visible', timeout: 15_000 });
		await input.fill('Chinchilla');
		const result = page.locator('dialog[open] .pagefind-ui__result-link').first();
		await result.waitFor({ state: 'visible', timeout: 15_000 });
		expect(await result.getAttribute('href')).toMatch(new RegExp(`^${BASE}`));
		expect(problems).toEqual([]);
		await page.close();
	});

	test.each([
		{ name: 'phone', width: 360, height: 740, theme: 'dark' },
		{ name: 'desktop', width: 1280, height: 900, theme: 'light' },
	] as const)('has no serious or critical axe violation ($name, $theme theme)', async ({ width, height, theme }) => {
		const ctx = await site.browser.newContext({ viewport: { width, height }, colorScheme: theme });
		const page = await ctx.newPage();
		await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		await page.goto(url('missing/'), { waitUntil: 'load' });
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		const failures = results.violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			// Starlight's search button, as in tests/browser/a11y.test.ts (a known upstream issue).
			.flatMap((v) => v.nodes.filter((n) => !(v.id === 'label-content-name-mismatch' && n.target.join(' ').includes('site-search > button'))).map((n) => `[${v.id}] ${n.target.join(' ')}`));
		expect(failures).toEqual([]);
		await ctx.close();
	});
});

test.each([
	['zh-cn/404/', 'zh-CN', ['zh-CN', 'en', 'zh-TW']],
	['zh-tw/404/', 'zh-TW', ['zh-TW', 'en', 'zh-CN']],
] as const)('the Chinese not-found page %s (the language picker’s target from 404.html) puts its language first', async (path, lang, order) => {
	const { page, status, problems } = await open(path);
	expect(status).toBe(200);
	expect(await page.locator('html').getAttribute('lang')).toBe(lang);
	expect(await page.locator('.not-found-section').evaluateAll((els) => els.map((e) => e.getAttribute('lang')))).toEqual(order);
	expect(problems).toEqual([]);
	await page.close();
});
