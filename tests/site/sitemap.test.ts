/**
 * robots.txt and the sitemap: robots.txt points crawlers at `<SITE><BASE>sitemap-index.xml`, and
 * the sitemap lists every built page in both languages (each with its other-language
 * alternate), and nothing else: not the not-found pages, not a page that was not built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, BASE, builtPages, DIST, fileForPath } from '../support/site';

/** The site's absolute base URL as the build wrote it (`https://…/<base>/`), from the home page's canonical link. */
let siteBase = '';
/** Every `<url>` of every sitemap file: its `<loc>` and its alternates by hreflang. */
let urls: { loc: string; alternates: Map<string, string> }[] = [];
/** Pages a sitemap must list: every built page except the not-found pages. */
let pages: string[] = [];

const isNotFound = (p: string) => /(^|\/)404(\.html|\/)$/.test(p);

beforeAll(() => {
	assertBuilt();
	const home = parseHTML(fs.readFileSync(path.join(DIST, 'index.html'), 'utf8')).document;
	siteBase = home.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
	const files = fs.readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
	urls = files.flatMap((f) =>
		[...fs.readFileSync(path.join(DIST, f), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
			loc: /<loc>([^<]+)<\/loc>/.exec(body)?.[1] ?? '',
			alternates: new Map([...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1] ?? '', m[2] ?? ''])),
		})),
	);
	pages = builtPages().filter((p) => !isNotFound(p));
});

test('the build knows its absolute URL (the canonical link of the home page ends with the base path)', () => {
	expect(siteBase).toMatch(/^https?:\/\/[^/]+\//);
	expect(new URL(siteBase).pathname).toBe(BASE);
});

describe('robots.txt', () => {
	test('exists, allows everything and points at the sitemap index under the base path', () => {
		const file = fileForPath(`${BASE}robots.txt`);
		expect(file, 'dist/robots.txt').not.toBeNull();
		const lines = fs.readFileSync(file ?? '', 'utf8').split('\n').map((l) => l.trim());
		expect(lines).toContain('User-agent: *');
		expect(lines).toContain('Allow: /');
		const sitemap = lines.find((l) => l.startsWith('Sitemap: '))?.slice('Sitemap: '.length);
		expect(sitemap).toBe(`${siteBase}sitemap-index.xml`);
		// …and that file was built.
		expect(fileForPath(new URL(sitemap ?? '').pathname)).not.toBeNull();
	});
});

describe('sitemap', () => {
	test('the index lists sitemap files that exist, under the base path', () => {
		const index = fs.readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8');
		const locs = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
		expect(locs.length).toBeGreaterThan(0);
		for (const loc of locs) {
			expect(loc.startsWith(siteBase), loc).toBe(true);
			expect(fileForPath(new URL(loc).pathname), loc).not.toBeNull();
		}
	});

	test('lists every built page, in every language, and only those', () => {
		const listed = urls.map((u) => new URL(u.loc).pathname).sort();
		expect(listed).toEqual([...pages].sort());
		const zh = listed.filter((p) => p.startsWith(`${BASE}zh-cn/`));
		const tw = listed.filter((p) => p.startsWith(`${BASE}zh-tw/`));
		const en = listed.filter((p) => !p.startsWith(`${BASE}zh-cn/`) && !p.startsWith(`${BASE}zh-tw/`));
		expect(en.length).toBeGreaterThan(8);
		expect(zh.length).toBe(en.length);
		expect(tw.length).toBe(en.length);
		for (const u of urls) expect(u.loc.startsWith(siteBase), u.loc).toBe(true);
	});

	test('each page names its other-language versions as alternates', () => {
		for (const { loc, alternates } of urls) {
			const rel = loc.slice(siteBase.length).replace(/^zh-(?:cn|tw)\//, '');
			expect(alternates.get('en'), loc).toBe(`${siteBase}${rel}`);
			expect(alternates.get('zh-CN'), loc).toBe(`${siteBase}zh-cn/${rel}`);
			expect(alternates.get('zh-TW'), loc).toBe(`${siteBase}zh-tw/${rel}`);
		}
	});

	test('the not-found pages are left out and ask not to be indexed', () => {
		const notFound = builtPages().filter(isNotFound);
		expect(notFound).toEqual(expect.arrayContaining([`${BASE}404.html`, `${BASE}zh-cn/404/`, `${BASE}zh-tw/404/`]));
		for (const p of notFound) {
			expect(urls.some((u) => new URL(u.loc).pathname === p), p).toBe(false);
			const d = parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8')).document;
			expect(d.querySelector('meta[name="robots"]')?.getAttribute('content'), p).toBe('noindex');
		}
	});
});
