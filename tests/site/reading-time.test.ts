/**
 * The reading time on the home page counts what each page renders, components included (the
 * claim check, glossary and references are mostly data). Measured here on the built pages: the
 * words (English) or Chinese characters of the page's main text, leaving out what a reader does
 * not read as prose (charts, maths, code, collapsed data tables, controls, screen-reader text).
 */
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { countCjk, countWords } from '../../src/lib/reading-time';
import { CHAPTER_SLUGS } from '../../src/sidebar';
import { BASE, fileForPath } from '../support/site';

const NOT_PROSE = 'svg, .katex, .math-text, math, pre, code, script, style, details.fig-data, .fig-controls, .fig-actions, .fig-readout, .sr-only, .course-figure [hidden], h1';

function doc(p: string): Document {
	return parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8')).document as unknown as Document;
}

describe.each([
	['en', ''],
	['zh-cn', 'zh-cn/'],
	// The Traditional edition states the Simplified page's count; conversion keeps the length within a few characters.
	['zh-cn', 'zh-tw/'],
] as const)('%s (%s)', (lang, prefix) => {
	const home = doc(`${BASE}${prefix}`);
	const stated = new Map(
		[...home.querySelectorAll('.chapter-list li')].map((li) => {
			const slug = (li.querySelector('a')?.getAttribute('href') ?? '').replace(/\/$/, '').split('/').pop() ?? '';
			const amount = Number((/([\d,]+)\s*(?:words|字)/.exec(li.querySelector('.chapter-list-meta')?.textContent ?? '')?.[1] ?? '0').replace(/,/g, ''));
			return [slug, amount] as const;
		}),
	);

	test.each(CHAPTER_SLUGS)('%s: the stated length is within 15% of what the page renders', (slug) => {
		const page = doc(`${BASE}${prefix}${slug}/`);
		const content = page.querySelector('main .sl-markdown-content');
		expect(content).not.toBeNull();
		for (const el of [...(content?.querySelectorAll(NOT_PROSE) ?? [])]) el.remove();
		// Heading anchors and permalinks add a "#" and screen-reader text, nothing to read.
		const text = content?.textContent ?? '';
		const measured = lang === 'zh-cn' ? countCjk(text) : countWords(text);
		const claimed = stated.get(slug) ?? 0;
		expect(claimed, `${slug}: home page states ${claimed}, page renders ${measured}`).toBeGreaterThan(measured * 0.85);
		expect(claimed, `${slug}: home page states ${claimed}, page renders ${measured}`).toBeLessThan(measured * 1.15);
	});
});
