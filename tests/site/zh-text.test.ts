/**
 * Every built Chinese page, as a reader sees it: the glossary's one Chinese name per term, one
 * verdict vocabulary, and Chinese typography (tests/support/zh-text.ts) over everything in the
 * page's main area — chapter prose, component labels, citations, figure captions and data tables,
 * the claim ledger, the glossary and the bibliography notes. Code, maths, titles of works and
 * verbatim quotations are left out; figure SVG text is checked in every state by
 * tests/content/figure-strings.test.ts. The Traditional edition's pages get the same checks with
 * the glossary's names converted (tests/site/zh-tw.test.ts checks what is particular to it).
 */
import fs from 'node:fs';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { ENGLISH_LOCATOR, readerText, type Script, zhTextProblems } from '../support/zh-text';
import { BASE, builtPages, fileForPath } from '../support/site';

const isChinese = (p: string) => p.startsWith(`${BASE}zh-cn/`) || p.startsWith(`${BASE}zh-tw/`);
const zhPages = builtPages().filter(isChinese);
const scriptOf = (p: string): Script => (p.startsWith(`${BASE}zh-tw/`) ? 'traditional' : 'simplified');

/** The reader-visible text blocks of a page's main area (tests/support/zh-text.ts `readerText`). */
function textBlocks(p: string): string[] {
	const { document } = parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8'));
	const main = document.querySelector('main');
	return main ? readerText(main as unknown as Element) : [];
}

test('there are Chinese pages to check, in both scripts', () => {
	expect(zhPages.filter((p) => scriptOf(p) === 'simplified').length).toBeGreaterThan(10);
	expect(zhPages.filter((p) => scriptOf(p) === 'traditional').length).toBeGreaterThan(10);
});

test.each(zhPages)('%s: one Chinese name per term, one verdict vocabulary, Chinese typography', (p) => {
	const problems = [...new Set(textBlocks(p).flatMap((t) => zhTextProblems(t, scriptOf(p))))];
	expect(problems).toEqual([]);
});

test.each(zhPages)('%s: citations print Chinese locators', (p) => {
	const { document } = parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8'));
	const cites = [...document.querySelectorAll('main a.cite')].map((a) => a.textContent ?? '');
	expect(cites.filter((c) => ENGLISH_LOCATOR.test(c) || /[A-Za-z]+ et al\./.test(c))).toEqual([]);
});

test.each(builtPages().filter((p) => !isChinese(p)))('%s: percentages are written without a space before the percent sign', (p) => {
	const { document } = parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8'));
	const main = document.querySelector('main');
	const spaced = (main ? readerText(main as unknown as Element) : []).filter((t) => /\d[ \u00a0]%/.test(t));
	expect(spaced).toEqual([]);
});

/**
 * Running text (chapters, the ledger, the glossary, the outlook) typesets powers of ten one way,
 * as maths (`$3.14\times10^{23}$`); figures keep their own labels (superscript digits in SVG and
 * tables) and tooltips cannot typeset maths, so figures and attributes are left out here.
 */
test.each(builtPages())('%s: powers of ten in running text are typeset, not written 10^23 or 10²³', (p) => {
	const { document } = parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8'));
	const content = document.querySelector('main .sl-markdown-content');
	for (const figure of [...(content?.querySelectorAll('figure.course-figure') ?? [])]) figure.remove();
	const plain = (content ? readerText(content as unknown as Element, { attributes: false }) : []).filter((t) => /\d\s*[×x]\s*10\^|\b10\^\d|×10[⁰-⁹⁻]|\b10[⁰-⁹⁻]{1,3}(?![\d⁰-⁹])/u.test(t));
	expect(plain).toEqual([]);
});

test.each(builtPages())('%s: no Markdown markup shows as literal text (** or __)', (p) => {
	const { document } = parseHTML(fs.readFileSync(fileForPath(p) ?? '', 'utf8'));
	const main = document.querySelector('main');
	const literal = (main ? readerText(main as unknown as Element, { attributes: false }) : []).filter((t) => /\*\*|__/.test(t));
	expect(literal).toEqual([]);
});
