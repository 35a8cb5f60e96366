/**
 * Every internal link, asset and `#anchor` in every built page resolves under the base path, and
 * nothing is requested from another host. Reads the HTML from dist/ (no browser needed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, BASE, builtPages, DIST, fileForPath } from '../support/site';

interface Page {
	path: string;
	document: Document;
	ids: Set<string>;
}
const pages = new Map<string, Page>();

function load(urlPath: string): Page | undefined {
	const cached = pages.get(urlPath);
	if (cached) return cached;
	const file = fileForPath(urlPath);
	if (!file?.endsWith('.html')) return undefined;
	const { document } = parseHTML(fs.readFileSync(file, 'utf8'));
	const page = { path: urlPath, document: document as unknown as Document, ids: new Set([...document.querySelectorAll('[id]')].map((e) => e.id)) };
	pages.set(urlPath, page);
	return page;
}

beforeAll(() => {
	assertBuilt();
	for (const p of builtPages()) load(p);
});

test('the site was built under a non-empty base path', () => {
	expect(BASE).not.toBe('/');
	expect(builtPages().length).toBeGreaterThan(10);
	expect(builtPages()).toContain(BASE);
	expect(builtPages()).toContain(`${BASE}zh-cn/`);
	expect(builtPages()).toContain(`${BASE}zh-tw/`);
});

describe('links', () => {
	test('every internal link, asset and anchor resolves (and there are many)', () => {
		const broken: string[] = [];
		let checked = 0;
		for (const page of pages.values()) {
			if (page.path.endsWith('404.html')) continue;
			const targets = [
				...[...page.document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
				...[...page.document.querySelectorAll('link[href]')].map((l) => l.getAttribute('href') ?? ''),
				...[...page.document.querySelectorAll('script[src], img[src]')].map((s) => s.getAttribute('src') ?? ''),
			];
			for (const href of targets) {
				if (!href || /^(mailto:|data:|javascript:)/.test(href)) continue;
				const url = new URL(href, `http://site${page.path}`);
				if (url.host !== 'site') continue; // external links are not requests; checked elsewhere for assets
				checked++;
				const target = url.pathname;
				const file = fileForPath(target);
				if (!file) {
					broken.push(`${page.path} → ${href} (no file)`);
					continue;
				}
				if (url.hash && file.endsWith('.html')) {
					const id = decodeURIComponent(url.hash.slice(1));
					const targetPage = load(target.endsWith('/') || target.endsWith('.html') ? target : `${target}/`);
					if (id && id !== '_top' && !targetPage?.ids.has(id)) broken.push(`${page.path} → ${href} (no #${id})`);
				}
			}
		}
		expect(broken).toEqual([]);
		expect(checked).toBeGreaterThan(500);
	});

	test('no page loads a script, stylesheet, font or image from another host', () => {
		const external: string[] = [];
		for (const page of pages.values()) {
			for (const el of page.document.querySelectorAll('script[src], link[rel="stylesheet"], link[rel="preload"], img[src], iframe[src]')) {
				const ref = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
				if (/^(https?:)?\/\//.test(ref)) external.push(`${page.path}: ${ref}`);
			}
		}
		const css = fs.readdirSync(path.join(DIST, '_astro')).filter((f) => f.endsWith('.css'));
		for (const f of css) {
			const text = fs.readFileSync(path.join(DIST, '_astro', f), 'utf8');
			for (const m of text.matchAll(/url\((['"]?)(https?:)?\/\/[^)]+\)/g)) external.push(`${f}: ${m[0]}`);
		}
		expect(external).toEqual([]);
	});
});
