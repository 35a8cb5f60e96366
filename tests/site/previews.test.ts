/**
 * Link previews: every built page has its own title, description, canonical URL, hreflang
 * alternates and Open Graph / Twitter card tags, and its preview image is a 1200×630 PNG built into
 * dist/ under the site base, in the page's language.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { assertBuilt, BASE, builtPages, DIST, fileForPath } from '../support/site';

interface Head {
	title: string;
	lang: string;
	meta: (key: string) => string | null;
	canonical: string | null;
	alternates: Map<string, string>;
}

const heads = new Map<string, Head>();

/** The head of a built page (parsed once). */
function head(page: string): Head {
	let h = heads.get(page);
	if (!h) {
		h = parseHead(page);
		heads.set(page, h);
	}
	return h;
}

function parseHead(page: string): Head {
	const { document } = parseHTML(fs.readFileSync(fileForPath(page) ?? '', 'utf8'));
	const alternates = new Map<string, string>();
	for (const link of document.querySelectorAll('head link[rel="alternate"][hreflang]')) {
		alternates.set(link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '');
	}
	return {
		title: document.querySelector('head title')?.textContent ?? '',
		lang: document.documentElement.getAttribute('lang') ?? '',
		meta: (key) =>
			document.querySelector(`head meta[property="${key}"]`)?.getAttribute('content') ??
			document.querySelector(`head meta[name="${key}"]`)?.getAttribute('content') ??
			null,
		canonical: document.querySelector('head link[rel="canonical"]')?.getAttribute('href') ?? null,
		alternates,
	};
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
	const bytes = fs.readFileSync(file);
	expect([...bytes.subarray(0, 8)], `${file}: PNG signature`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.toString('latin1', 12, 16), `${file}: IHDR first`).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Absolute http(s) URL, or the test fails naming the page. */
function absolute(url: string | null | undefined, what: string): URL {
	expect(url, what).toBeTruthy();
	const parsed = new URL(url ?? '');
	expect(parsed.protocol, `${what}: ${url}`).toMatch(/^https?:$/);
	return parsed;
}

const pages = () => {
	assertBuilt();
	return builtPages();
};
/** "Page not found" pages: `404.html` (what GitHub Pages serves) and any `…/404/` page. */
const isNotFound = (p: string) => p === `${BASE}404.html` || /(^|\/)404\/$/.test(p);
const zhOf = (p: string, locale = 'zh-cn') => `${BASE}${locale}/${p.slice(BASE.length)}`;
/** Each page language: its `lang`, URL prefix, `og:locale`. */
const EDITIONS = [
	{ lang: 'en', prefix: '', og: 'en_US' },
	{ lang: 'zh-CN', prefix: 'zh-cn/', og: 'zh_CN' },
	{ lang: 'zh-TW', prefix: 'zh-tw/', og: 'zh_TW' },
] as const;
const editionOf = (lang: string) => EDITIONS.find((e) => e.lang === lang) ?? EDITIONS[0];
const isPrefixed = (pathname: string) => EDITIONS.some((e) => e.prefix && pathname.startsWith(`${BASE}${e.prefix}`));

test('the site has pages in every language and a 404 page', () => {
	const all = pages();
	expect(all).toContain(`${BASE}`);
	expect(all).toContain(`${BASE}zh-cn/`);
	expect(all).toContain(`${BASE}zh-tw/`);
	expect(all).toContain(`${BASE}404.html`);
	expect(all.filter((p) => p.startsWith(`${BASE}zh-cn/`)).length).toBeGreaterThan(5);
	expect(all.filter((p) => p.startsWith(`${BASE}zh-tw/`)).length).toBeGreaterThan(5);
});

describe.each(pages())('%s', (page) => {
	const h = head(page);

	test('title, description and canonical URL', () => {
		expect(h.title.trim().length, 'title').toBeGreaterThan(0);
		expect(h.meta('description')?.trim().length ?? 0, 'meta description').toBeGreaterThanOrEqual(20);
		const canonical = absolute(h.canonical, 'canonical');
		expect(canonical.pathname.startsWith(BASE), `canonical ${canonical.href} under ${BASE}`).toBe(true);
		if (!isNotFound(page)) expect(canonical.pathname).toBe(page);
	});

	test('hreflang alternates for en, zh-CN, zh-TW and x-default', () => {
		for (const lang of ['en', 'zh-CN', 'zh-TW', 'x-default']) {
			const alt = absolute(h.alternates.get(lang), `hreflang=${lang}`);
			expect(alt.pathname.startsWith(BASE)).toBe(true);
			const { prefix } = editionOf(lang);
			if (prefix) expect(alt.pathname.startsWith(`${BASE}${prefix}`)).toBe(true);
			else expect(isPrefixed(alt.pathname)).toBe(false);
		}
		if (!isNotFound(page)) expect(h.alternates.get(h.lang)).toBe(h.canonical);
	});

	test('Open Graph and Twitter card tags', () => {
		expect(h.meta('og:title')?.trim().length ?? 0, 'og:title').toBeGreaterThan(0);
		expect(h.meta('og:description'), 'og:description').toBe(h.meta('description'));
		absolute(h.meta('og:url'), 'og:url');
		expect(h.meta('twitter:card')).toBe('summary_large_image');
		expect(h.meta('og:locale')).toBe(editionOf(h.lang).og);
		expect(h.meta('og:image:width')).toBe('1200');
		expect(h.meta('og:image:height')).toBe('630');
		expect(h.meta('og:image:type')).toBe('image/png');
		expect(h.meta('og:image:alt')?.length ?? 0, 'og:image:alt').toBeGreaterThan(10);
		expect(h.meta('twitter:image'), 'twitter:image').toBe(h.meta('og:image'));
	});

	test('og:image is an absolute URL under the site base, to a 1200×630 PNG in dist/', () => {
		const image = absolute(h.meta('og:image'), 'og:image');
		const canonical = absolute(h.canonical, 'canonical');
		expect(image.origin, 'same origin as the page').toBe(canonical.origin);
		expect(image.pathname.startsWith(`${BASE}og/`), `${image.pathname} under ${BASE}og/`).toBe(true);
		expect(image.pathname).toMatch(/\.png$/);
		const file = fileForPath(image.pathname);
		expect(file, `${image.pathname} exists in dist/`).not.toBeNull();
		expect(pngSize(file ?? '')).toEqual({ width: 1200, height: 630 });
		expect(fs.statSync(file ?? '').size, 'PNG size').toBeLessThan(150_000);
		// The image is in the page's language.
		for (const { lang, prefix } of EDITIONS) if (prefix) expect(image.pathname.startsWith(`${BASE}og/${prefix}`)).toBe(h.lang === lang);
	});
});

test('every page has its own image; "page not found" pages have their language’s home image', () => {
	const images = new Map<string, string>();
	for (const p of pages().filter((x) => !isNotFound(x))) {
		const image = head(p).meta('og:image') ?? '';
		expect(images.get(image), `${p} shares its image with ${images.get(image)}`).toBeUndefined();
		images.set(image, p);
	}
	const notFound = pages().filter(isNotFound);
	expect(notFound).toContain(`${BASE}404.html`);
	for (const p of notFound) {
		const home = `${BASE}${editionOf(head(p).lang).prefix}`;
		expect(head(p).meta('og:image'), p).toBe(head(home).meta('og:image'));
	}
});

test('each language’s pages get their own images, in their language (Simplified and Traditional differ too)', () => {
	const english = pages().filter((p) => !isNotFound(p) && !isPrefixed(p));
	expect(english.length).toBeGreaterThan(5);
	for (const en of english) {
		const images = [en, zhOf(en), zhOf(en, 'zh-tw')].map((p) => {
			expect(fileForPath(p), `${p} exists`).not.toBeNull();
			return new URL(head(p).meta('og:image') ?? '').pathname;
		});
		expect(new Set(images).size).toBe(3);
		const bytes = images.map((image) => fs.readFileSync(fileForPath(image) ?? ''));
		for (const [a, b] of [[0, 1], [0, 2], [1, 2]] as const) expect(Buffer.compare(bytes[a]!, bytes[b]!), `${images[a]} and ${images[b]} have the same pixels`).not.toBe(0);
	}
});

test('no multi-megabyte font ships in dist/', () => {
	const fonts: [string, number][] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.(ttf|otf|woff2?)$/i.test(entry.name)) fonts.push([full, fs.statSync(full).size]);
		}
	};
	walk(DIST);
	for (const [file, size] of fonts) expect(size, path.relative(DIST, file)).toBeLessThan(1_000_000);
});
