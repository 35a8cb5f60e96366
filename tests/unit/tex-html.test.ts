import { describe, expect, test } from 'vitest';
import { texToHtml } from '../../src/lib/tex-html';

describe('texToHtml', () => {
	test('typesets a number in scientific notation as text with a superscript, in the text font', () => {
		expect(texToHtml('3.14\\times10^{23}')).toBe('<span class="math-text math-num">3.14\u202f×\u202f10<sup>23</sup></span>');
	});

	test('sets variables in italic, Greek from commands, named functions upright', () => {
		expect(texToHtml('\\alpha_N \\approx 0.076')).toBe('<span class="math-text"><i>α</i><sub class="math-i">N</sub>\u00a0≈\u00a0\u200b0.076</span>');
		expect(texToHtml('C_{\\min}')).toBe('<span class="math-text"><i>C</i><sub>min</sub></span>');
		// A lone variable is a single element.
		expect(texToHtml('N')).toBe('<i class="math-text">N</i>');
		expect(texToHtml('\\ln 2.5')).toBe('<span class="math-text">ln\u20092.5</span>');
		expect(texToHtml('\\ln(C/6)')).toBe('<span class="math-text">ln(<i>C</i>/6)</span>');
	});

	test('joins adjacent letters into one italic run and stacks a subscript under a superscript', () => {
		expect(texToHtml('6ND')).toBe('<span class="math-text">6<i>ND</i></span>');
		expect(texToHtml('C_c^{\\min}')).toBe('<span class="math-text"><i>C</i><span class="math-ss"><sup>min</sup><sub class="math-i">c</sub></span></span>');
	});

	test('writes minus signs, unary signs without space, and TeX thousands separators', () => {
		expect(texToHtml('b - a = -0.025')).toBe('<span class="math-text"><i>b</i>\u202f−\u202f<i>a</i>\u00a0=\u00a0\u200b−0.025</span>');
		expect(texToHtml('9{,}100')).toBe('<span class="math-text math-num">9,100</span>');
		expect(texToHtml('L(N, D)')).toBe('<span class="math-text"><i>L</i>(<i>N</i>,\u2009<i>D</i>)</span>');
	});

	test('escapes text and comparison signs', () => {
		expect(texToHtml('b > a')).toBe('<span class="math-text"><i>b</i>\u00a0&gt;\u00a0\u200b<i>a</i></span>');
		expect(texToHtml('2 \\times 37\\text{B}')).toBe('<span class="math-text math-num">2\u202f×\u202f37B</span>');
	});

	test('leaves what needs a layout engine to KaTeX', () => {
		for (const tex of ['\\frac{a}{b}', '\\hat L', 'p = \\exp(-\\mathcal{L}_{\\text{CE}})', '\\sqrt[3]{x}', 'x^{2', 'a_b_c', '\\begin{matrix}a\\end{matrix}', '', '\\text{a{b}}'])
			expect(texToHtml(tex), tex).toBeNull();
	});
});
