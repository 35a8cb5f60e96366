/**
 * Every control of every figure, in the browser: each radio option, each slider and each typed
 * input changes the drawn figure and writes the state to the URL; typed nonsense (letters, zero,
 * negative, absurdly large) shows a clear message in the figure and never NaN or Infinity.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { BASE } from '../support/site';
import { useSiteSession } from '../support/session';
import { reachFigure } from '../support/browser';

const site = useSiteSession();

const CHAPTERS = ['emergence/', 'scaling-laws/', 'mirage/', 'limits/', 'deepseek/', 'reasoning/', 'zh-cn/mirage/', 'zh-cn/deepseek/', 'zh-cn/reasoning/', 'zh-tw/deepseek/'];

async function openChapter(path: string): Promise<{ page: Page; errors: string[] }> {
	const page = await site.browser.newPage({ viewport: { width: 1100, height: 900 } });
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	await page.goto(`${site.origin}${BASE}${path}`, { waitUntil: 'load' });
	return { page, errors };
}

const rendered = (page: Page, id: string) => page.locator(`#fig-${id} course-figure`).getAttribute('data-rendered').then(Number);
const plots = (page: Page, id: string) => page.locator(`#fig-${id} .fig-plots`).innerHTML();

/** Run `act` and wait until the figure has re-rendered; return whether its drawing changed. */
async function changes(page: Page, id: string, act: () => Promise<void>): Promise<boolean> {
	const before = await plots(page, id);
	const count = await rendered(page, id);
	await act();
	await expect.poll(() => rendered(page, id), { timeout: 5000 }).toBeGreaterThan(count);
	return (await plots(page, id)) !== before;
}

describe.each(CHAPTERS)('%s', (path) => {
	test('every control of every figure redraws it and records the state in the URL', async () => {
		const { page, errors } = await openChapter(path);
		const ids = await page.locator('figure.course-figure').evaluateAll((els) => els.map((e) => e.id.replace(/^fig-/, '')));
		expect(ids.length).toBeGreaterThan(0);
		let exercised = 0;
		for (const id of ids) {
			const fig = page.locator(`#fig-${id}`);
			await reachFigure(page, id);
			const params = await fig.locator('[data-param]:is(input)').evaluateAll((els) =>
				[...new Set(els.map((e) => `${(e as HTMLInputElement).type}:${e.getAttribute('data-param')}`))],
			);
			for (const entry of params) {
				const [type, name] = entry.split(':') as [string, string];
				if (type === 'radio') {
					const options = fig.locator(`input[type="radio"][data-param="${name}"]`);
					const initial = await fig.locator(`input[type="radio"][data-param="${name}"]:checked`).getAttribute('value');
					for (let i = 0; i < (await options.count()); i++) {
						const option = options.nth(i);
						if (await option.isChecked()) continue;
						const value = await option.getAttribute('value');
						expect(await changes(page, id, () => option.check()), `${id}: ${name}=${value}`).toBe(true);
						// A non-default choice is in the URL; the default one leaves the URL clean.
						expect(new URL(page.url()).searchParams.get(`${id}.${name}`), `${id}: ${name}=${value} in URL`).toBe(value === initial ? null : value);
					}
					await options.first().check();
				} else if (type === 'range') {
					const slider = fig.locator(`input[type="range"][data-param="${name}"]`);
					const atMax = await slider.evaluate((el: HTMLInputElement) => el.value === el.max);
					expect(await changes(page, id, async () => {
						await slider.focus();
						await page.keyboard.press(atMax ? 'Home' : 'End');
					}), `${id}: slider ${name}`).toBe(true);
					expect(new URL(page.url()).searchParams.has(`${id}.${name}`)).toBe(true);
				} else {
					const input = fig.locator(`input[data-param="${name}"]`);
					const original = await input.inputValue();
					const next = String(Number(original) > 1 ? Math.round(Number(original) / 2) : 1);
					if (next !== original) {
						expect(await changes(page, id, () => input.fill(next)), `${id}: ${name}=${next}`).toBe(true);
					}
					await input.fill(original);
				}
				exercised++;
			}
			const text = await fig.innerText();
			expect(text, id).not.toMatch(/NaN|Infinity|undefined/);
		}
		expect(exercised).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('calculator input that makes no sense', () => {
	test.each(['abc', '0', '-5', '1e999', '', '1e400', '٣'])('training-cost GPU count "%s" gives a message, not NaN', async (value) => {
		const { page, errors } = await openChapter('limits/');
		const fig = page.locator('#fig-training-cost');
		await reachFigure(page, 'training-cost');
		const input = fig.locator('input[data-param="gpus"]');
		await input.fill(value);
		const problem = fig.locator('.fig-input-problem, .fig-problem').first();
		await expect.poll(() => problem.isVisible()).toBe(true);
		expect((await problem.innerText()).length).toBeGreaterThan(10);
		expect(await fig.innerText()).not.toMatch(/NaN|Infinity|undefined/);
		expect(errors).toEqual([]);
		await page.close();
	});
});
