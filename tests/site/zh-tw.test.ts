/**
 * The Traditional Chinese edition as built: generated from the Simplified one (src/i18n/zh-tw/),
 * page for page, in Traditional characters everywhere except quotations, with the phrase table's
 * choices, links that stay in the edition, its own figure images, a note saying where it comes
 * from, and no converter in the browser. (The glossary's terms and Chinese typography are checked
 * on every Chinese page by tests/site/zh-text.test.ts; figure text in every state by
 * tests/content/figure-strings.test.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, test } from 'vitest';
import { simplifiedOnlyCharacters, toTraditional } from '../../src/i18n/zh-tw/convert';
import { PHRASES } from '../../src/i18n/zh-tw/phrases';
import { assertBuilt, BASE, builtPages, DIST, fileForPath } from '../support/site';

const SIMPLIFIED = `${BASE}zh-cn/`;
const TRADITIONAL = `${BASE}zh-tw/`;
const simplifiedPages = builtPages().filter((p) => p.startsWith(SIMPLIFIED));
const traditionalPages = builtPages().filter((p) => p.startsWith(TRADITIONAL));
const twin = (p: string) => `${TRADITIONAL}${p.slice(SIMPLIFIED.length)}`;
const doc = (p: string) => parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8')).document;

/** What keeps its source's form on a Traditional page: quotations, titles of works, code, TeX, other languages. */
const KEPT = 'script, style, code, pre, kbd, samp, cite, annotation, [data-verbatim], starlight-lang-select, [lang]:not([lang="zh-TW"])';
/** Attributes that hold identifiers, URLs or code, not text. */
const NOT_TEXT = new Set(['href', 'src', 'id', 'class', 'data-code', 'data-preload', 'lang', 'hreflang', 'value', 'name', 'for', 'rel', 'type']);

/** Everything a reader of a Traditional page reads or hears (text and reader-facing attributes), outside what keeps its form. */
function readable(p: string): string {
	const document = doc(p);
	for (const el of [...document.querySelectorAll(KEPT)]) if (el !== document.documentElement) el.remove();
	const attributes = [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => !NOT_TEXT.has(a.name)).map((a) => a.value));
	return [document.documentElement.textContent ?? '', ...attributes].join('\n');
}

/** Section and figure anchors of a page, in order. */
const anchors = (p: string) => [...doc(p).querySelectorAll('main [id]')].map((el) => el.id).filter((id) => /^(?:fig-|claim-|term-|ref-)|^[a-z0-9-]+$/.test(id));

let SIMPLIFIED_ONLY: Set<string>;
beforeAll(async () => {
	assertBuilt();
	SIMPLIFIED_ONLY = await simplifiedOnlyCharacters();
});

test('every Simplified page has its Traditional page, and no other', () => {
	expect(simplifiedPages.length).toBeGreaterThan(10);
	expect(traditionalPages).toEqual(simplifiedPages.map(twin));
});

describe.each(simplifiedPages.map((p) => [twin(p), p] as const))('%s', (page, original) => {
	test('is Traditional Chinese (zh-TW), with the same anchors and figures as the Simplified page', () => {
		const d = doc(page);
		expect(d.documentElement.getAttribute('lang')).toBe('zh-TW');
		// The not-found page puts its own edition's section first: the same anchors, in another order.
		const inOrder = (ids: string[]) => (page.endsWith('/404/') ? [...ids].sort() : ids);
		expect(inOrder(anchors(page))).toEqual(inOrder(anchors(original)));
		const figures = (q: string) => [...doc(q).querySelectorAll('course-figure')].map((f) => f.getAttribute('data-figure'));
		expect(figures(page)).toEqual(figures(original));
	});

	test('no Simplified-only character outside quotations, titles of works and code', () => {
		const text = readable(page);
		const found = [...new Set([...text].filter((c) => SIMPLIFIED_ONLY.has(c)))];
		const where = found.map((c) => text.slice(Math.max(0, text.indexOf(c) - 15), text.indexOf(c) + 15).replace(/\s+/g, ' '));
		expect(where).toEqual([]);
	});

	test('quotations are kept exactly as on the Simplified page', () => {
		const quotes = (q: string) => [...doc(q).querySelectorAll('[data-verbatim]')].map((el) => el.outerHTML);
		expect(quotes(page)).toEqual(quotes(original));
	});

	test('the phrase table’s choices: each term the Simplified page uses appears in the chosen form as often', () => {
		const before = readable(original);
		const after = readable(page);
		const count = (text: string, word: string) => text.split(word).length - 1;
		const short = PHRASES.filter((p) => [...p.cn].length > 1);
		for (const { cn, tw } of short) expect(count(after, tw), `${cn} → ${tw}`).toBeGreaterThanOrEqual(count(before, cn));
		// OpenCC's own choices for those, which the table overrides, never appear.
		for (const wrong of ['引數', '啟用參數', '擴充套件', '線上性', '擬閤', '例項', '區域性', '型別', '函式']) expect(after, wrong).not.toContain(wrong);
	});

	test('links stay in the Traditional edition, except the one to the Simplified original; figure images are the Traditional files', () => {
		const d = doc(page);
		const simplifiedLinks = [...d.querySelectorAll(`a[href^="${SIMPLIFIED}"]`)].filter((a) => !a.closest('[lang="zh-CN"]'));
		expect(simplifiedLinks.map((a) => a.getAttribute('hreflang'))).toEqual(['zh-CN']);
		expect(simplifiedLinks[0]?.getAttribute('href')).toBe(original);
		for (const img of d.querySelectorAll('img.fig-img')) {
			const src = img.getAttribute('src') ?? '';
			expect(src).toMatch(/\.zh-tw\.(?:wide|narrow)\.(?:light|dark)\.svg$/);
			const svg = fs.readFileSync(fileForPath(src) ?? '', 'utf8');
			expect([...svg].filter((c) => SIMPLIFIED_ONLY.has(c)).join('')).toBe('');
		}
	});

	test('says once, quietly, that it is converted from the Simplified edition', () => {
		const notes = [...doc(page).querySelectorAll('.zh-tw-note')];
		expect(notes.length).toBe(1);
		expect(notes[0]?.textContent).toBe(toTraditional('本页由简体中文版自动转换为繁体中文（台湾用语）。'));
		expect(doc(original).querySelectorAll('.zh-tw-note').length).toBe(0);
	});
});

test('the converter never reaches the browser: no OpenCC code or dictionary in dist/_astro/', () => {
	const dir = path.join(DIST, '_astro');
	// A stretch of OpenCC's Simplified → Traditional table, and the library's own name.
	const markers = ['㐷 傌|㐹 㑶', 'opencc', 'OpenCC', 'STPhrases'];
	const found = fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.js'))
		.flatMap((f) => markers.filter((m) => fs.readFileSync(path.join(dir, f), 'utf8').includes(m)).map((m) => `${f}: ${m}`));
	expect(found).toEqual([]);
});

test('a Traditional page loads as much figure code as its Simplified page, converted: same files, same size within 1%', () => {
	const preload = (p: string) => [...new Set([...doc(p).querySelectorAll('course-figure')].flatMap((f) => (f.getAttribute('data-preload') ?? '').split(' ').filter(Boolean)))];
	const bytes = (files: string[]) => files.reduce((sum, f) => sum + fs.statSync(fileForPath(f) ?? '').size, 0);
	const withFigures = simplifiedPages.filter((p) => preload(p).length > 0);
	expect(withFigures.length).toBeGreaterThan(3);
	for (const p of withFigures) {
		const [a, b] = [preload(p), preload(twin(p))];
		expect(b.length, p).toBe(a.length);
		// Its own copy of the course's modules (`<name>.zh-tw.<hash>.js`), and the Simplified page none of them.
		expect(b.some((f) => /\/hydrate\.zh-tw\.[\w-]+\.js$/.test(f)), p).toBe(true);
		expect(a.some((f) => f.includes('.zh-tw.')), p).toBe(false);
		expect(Math.abs(bytes(b) - bytes(a)) / bytes(a), p).toBeLessThan(0.01);
		// The Traditional files are the converted variant: Traditional text, no Simplified-only characters.
		const code = b.map((f) => fs.readFileSync(fileForPath(f) ?? '', 'utf8')).join('\n');
		expect(code).toMatch(/[訓資數]/);
	}
	// Scripts loaded up front are the same files.
	const scripts = (p: string) => [...doc(p).querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
	for (const p of simplifiedPages) expect(scripts(twin(p)), p).toEqual(scripts(p));
});

test('the not-found page speaks all three: English, Simplified and Traditional, each linking to its own edition', () => {
	const d = doc(`${BASE}404.html`);
	const sections = [...d.querySelectorAll('section.not-found-section')];
	expect(sections.map((s) => s.getAttribute('lang'))).toEqual(['en', 'zh-CN', 'zh-TW']);
	const traditional = sections[2];
	expect(traditional?.querySelector('h2')?.textContent).toBe(toTraditional('找不到这个页面'));
	const links = [...(traditional?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '');
	expect(links.length).toBeGreaterThan(5);
	for (const href of links) expect(href.startsWith(TRADITIONAL), href).toBe(true);
	expect(sections[1]?.querySelector('h2')?.textContent).toBe('找不到这个页面');
	// On the Traditional edition's own not-found page, its section comes first.
	expect([...doc(`${TRADITIONAL}404/`).querySelectorAll('section.not-found-section')].map((s) => s.getAttribute('lang'))).toEqual(['zh-TW', 'en', 'zh-CN']);
});
