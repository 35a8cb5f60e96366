/**
 * Every built Chinese page, as a reader sees it: the glossary's one Chinese name per term, one
 * verdict vocabulary, and Chinese typography (tests/support/zh-text.ts) over everything in the
 * page's main area — chapter prose, component labels, citations, figure captions and data tables,
 * the claim ledger, the glossary and the bibliography notes. Code, maths, titles of works and
 * verbatim quotations are left out; figure SVG text is checked in every state by
 * tests/content/figure-strings.test.ts.
 */
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { ENGLISH_LOCATOR, readerText, zhTextProblems } from '../support/zh-text';
import { BASE, builtPages, fileForPath } from '../support/site';

const zhPages = builtPages().filter((p) => p.startsWith(`${BASE}zh-cn/`));

/** The reader-visible text blocks of a page's main area (tests/support/zh-text.ts `readerText`). */
function textBlocks(p: string): string[] {
	const { document } = parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8'));
	const main = document.querySelector('main');
	return main ? readerText(main as unknown as Element) : [];
}

test('there are Chinese pages to check', () => {
	expect(zhPages.length).toBeGreaterThan(10);
});

test.each(zhPages)('%s: one Chinese name per term, one verdict vocabulary, Chinese typography', (p) => {
	const problems = [...new Set(textBlocks(p).flatMap(zhTextProblems))];
	expect(problems).toEqual([]);
});

test.each(zhPages)('%s: citations print Chinese locators', (p) => {
	const { document } = parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8'));
	const cites = [...document.querySelectorAll('main a.cite')].map((a) => a.textContent ?? '');
	expect(cites.filter((c) => ENGLISH_LOCATOR.test(c) || /[A-Za-z]+ et al\./.test(c))).toEqual([]);
});
