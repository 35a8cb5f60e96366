/** Data-file text (claim ledger, glossary) is written like a chapter: **bold** and $maths$. */
import { describe, expect, test } from 'vitest';
import { plainText, richText } from '../../src/components/rich-text';
import { tableHtml } from '../../src/figures/render';

describe('richText', () => {
	test('typesets maths as chapters do (plain HTML where it can, else MathML), also inside bold, and escapes the rest', () => {
		const html = richText('**about $1.27\\times10^{26}$ FLOPs** <b> & more', 'test');
		expect(html).toMatch(/^<strong>about <span class="math-text math-num">1\.27/);
		expect(richText('$\\hat L(N, D)$', 'test')).toMatch(/^<span class="katex"><math/);
		expect(richText('$C_c^{\\min}$', 'test')).toContain('<sup>min</sup>');
		expect(html).toContain('FLOPs</strong> &lt;b&gt; &amp; more');
		expect(html).not.toContain('$');
	});
	test('a literal dollar sign is written \\$', () => {
		expect(richText('≈**US\\$5.576M** at US\\$2 per hour', 'test')).toBe('≈<strong>US$5.576M</strong> at US$2 per hour');
	});
	test('a bad formula fails loudly, naming the entry', () => {
		expect(() => richText('$\\frac{1}{$', 'src/data/claims.ts: x')).toThrow(/src\/data\/claims\.ts: x/);
	});
});

test('plainText (tooltips, counts) reads maths as plain text with superscript exponents', () => {
	expect(plainText('about $3.14\\times10^{23}$ FLOPs, **bold**')).toBe('about 3.14×10²³ FLOPs, bold');
	// A nested exponent keeps its caret rather than reading as 2¹⁰¹¹.
	expect(plainText('$2^{10^{11}} \\approx 10^{3}$')).toBe('2^10¹¹ ≈ 10³');
});

test('a table column with a values map shows words in the page language; other cells stay as they are', () => {
	const data = {
		columns: [{ key: 'series', label: { en: 'Series', 'zh-cn': '系列' }, values: { frontier: { en: 'Compute-optimal frontier', 'zh-cn': '计算最优前沿' } } }],
		rows: [{ series: 'frontier' }, { series: 'GPT-3' }],
	};
	expect(tableHtml(data, 'zh-cn')).toContain('<td>计算最优前沿</td>');
	expect(tableHtml(data, 'en')).toContain('<td>Compute-optimal frontier</td>');
	expect(tableHtml(data, 'en')).toContain('<td>GPT-3</td>');
});

test('every data-file text that is rendered as rich text renders (a stray $ would open maths)', async () => {
	const { CLAIMS, GLOSSARY, REASONING_CLAIMS } = await import('../../src/data');
	for (const c of CLAIMS) for (const text of [c.english, c.correction.en, c.correction['zh-cn']]) expect(() => richText(text, c.slug)).not.toThrow();
	for (const c of REASONING_CLAIMS) for (const text of [c.correction.en, c.correction['zh-cn']]) expect(() => richText(text, c.slug)).not.toThrow();
	for (const t of GLOSSARY) for (const text of [t.definition.en, t.definition['zh-cn']]) expect(() => richText(text, t.id)).not.toThrow();
});
