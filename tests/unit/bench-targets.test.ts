/**
 * The bench's bookkeeping (`tests/bench/lib/`): which pages are chapters and in which locale, and
 * how measured numbers become targets met or not. The measures themselves need a build and a
 * browser (`npm run bench`); these are the parts that decide what the report says.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { byLocale, chapterRows, heaviestAndLightest, localeOf } from '../bench/lib/pages.mjs';
import { baselineFor, targetRows } from '../bench/lib/targets.mjs';

const row = (page: string, elements: number, kind = 'docs') => ({ page, elements, kind, jsLoad: { raw: 0, gzip: 0 } });
const rows = [row('/', 200, 'splash'), row('/limits/', 2400), row('/outlook/', 720), row('/claims/', 2900), row('/zh-cn/limits/', 2380), row('/zh-tw/outlook/', 700), row('/zh-tw/', 200, 'splash')];

describe('pages', () => {
	test('a locale is any /xx-yy/ prefix; the root locale is empty', () => {
		expect(['/', '/limits/', '/zh-cn/limits/', '/zh-tw/', '/404.html'].map(localeOf)).toEqual(['', '', 'zh-cn', 'zh-tw', '']);
	});

	test('chapters are the sidebar’s first group in every locale, not the reference pages', () => {
		expect(chapterRows(rows).map((r) => r.page)).toEqual(['/limits/', '/outlook/', '/zh-cn/limits/', '/zh-tw/outlook/']);
		const { heaviest, lightest, chapters } = heaviestAndLightest(rows)!;
		expect([heaviest.page, lightest.page, chapters]).toEqual(['/limits/', '/zh-tw/outlook/', 4]);
	});

	test('locales are grouped with the root first, whatever they are called', () => {
		expect(byLocale(rows).map(([locale, list]) => [locale, list.length])).toEqual([['', 4], ['zh-cn', 1], ['zh-tw', 2]]);
	});

	test('a page is compared with the starter page of its kind and locale, else another non-root one', () => {
		const starter = [row('/guides/example/', 190), row('/zh-cn/guides/example/', 190)];
		expect(baselineFor(row('/zh-cn/limits/', 1), starter)?.page).toBe('/zh-cn/guides/example/');
		expect(baselineFor(row('/zh-tw/limits/', 1), starter)?.page).toBe('/zh-cn/guides/example/');
		expect(baselineFor(row('/limits/', 1), starter)?.page).toBe('/guides/example/');
	});
});

describe('targets', () => {
	const env = { opts: { runs: 5 } };
	const lighthouse = (heavy: number, light: number) => [
		{ path: '/limits/', scores: { performance: 99 }, metrics: { tbt: heavy }, lost: [] },
		{ path: '/zh-tw/outlook/', scores: { performance: 100 }, metrics: { tbt: light }, lost: [] },
	];
	const target = (ours: object, label: RegExp) => targetRows({ env, ours: { rows, chapters: heaviestAndLightest(rows), ...ours }, starter: null }).find(([t]) => label.test(t));

	test('TBT of the heaviest chapter: within 1.5× the lightest’s plus 10 ms', () => {
		expect(target({ lighthouse: lighthouse(40, 20) }, /blocking time/)?.[1]).toBe(true);
		expect(target({ lighthouse: lighthouse(41, 20) }, /blocking time/)?.[1]).toBe(false);
		expect(target({ lighthouse: lighthouse(10, 0) }, /blocking time/)?.[1]).toBe(true);
		expect(target({ lighthouse: lighthouse(11, 0) }, /blocking time/)?.[1]).toBe(false);
		const missing = target({ lighthouse: lighthouse(40, 20).slice(0, 1) }, /blocking time/);
		expect(missing?.[1]).toBeNull();
		expect(missing?.[2]).toMatch(/needs Lighthouse on `\/limits\/` and `\/zh-tw\/outlook\/`/);
	});

	test('element budget on the heaviest chapter (a reference page may have more)', () => {
		const elements = target({}, /HTML elements/);
		expect(elements?.[1]).toBe(true);
		expect(elements?.[2]).toMatch(/`\/limits\/` 2,400 .*most on any page: `\/claims\/` 2,900/);
		const heavy = [...rows, row('/zh-tw/limits/', 3001)];
		expect(targetRows({ env, ours: { rows: heavy, chapters: heaviestAndLightest(heavy) }, starter: null }).find(([t]) => /HTML elements/.test(t))?.[1]).toBe(false);
	});

	test('the bootstrap target is not measured without the figure, and fails on a long task', () => {
		const absent = target({ workerBootstrap: { measured: false, reason: 'figure chinchilla-refit not in this build' } }, /bootstrap/);
		expect([absent?.[1], absent?.[2]]).toEqual([null, expect.stringMatching(/not measured: figure chinchilla-refit not in this build/)]);
		const run = { measured: true, first: { ms: 1500, ok: true }, second: { ms: 1000, ok: true } };
		expect(target({ workerBootstrap: { ...run, longTasks: [] } }, /bootstrap/)?.[1]).toBe(true);
		expect(target({ workerBootstrap: { ...run, longTasks: [63] } }, /bootstrap/)?.[1]).toBe(false);
	});
});

test('every bench module loads in plain Node 24, as `npm run bench` runs it (no Vite: TypeScript imports need their .ts extension)', () => {
	const node = path.resolve('node_modules/.bin/node');
	const modules = fs.readdirSync('tests/bench/lib').filter((f) => f.endsWith('.mjs'));
	expect(modules.length).toBeGreaterThan(10);
	const script = modules.map((f) => `await import(${JSON.stringify(`./tests/bench/lib/${f}`)});`).join('\n') + '\nconsole.log("loaded");';
	expect(execFileSync(node, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 60_000 }).trim()).toBe('loaded');
});
