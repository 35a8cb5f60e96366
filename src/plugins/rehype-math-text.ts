/**
 * Inline math that needs no layout engine (numbers such as 3.14×10²³, variables, short relations)
 * becomes plain HTML at build time (`src/lib/tex-html.ts`); rehype-katex, which runs next, typesets
 * what is left: display math and inline formulas with fractions, accents or other layout. A page
 * keeps KaTeX's look for real formulas and loses most of its math markup (on the scaling-laws page,
 * KaTeX output was three quarters of all elements).
 */
import type { Element, ElementContent, Root } from 'hast';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { texToHtml } from '../lib/tex-html';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';

function classes(el: Element): string[] {
	const c = el.properties['className'];
	return Array.isArray(c) ? c.map(String) : String(c ?? '').split(' ');
}

export function rehypeMathText() {
	return (tree: Root) => {
		visit(tree, 'element', (el, index, parent) => {
			if (!parent || index === undefined || !classes(el).includes('math-inline')) return;
			const html = texToHtml(toText(el, { whitespace: 'pre' }));
			if (!html) return SKIP;
			const [span] = fromHtmlIsomorphic(html, { fragment: true }).children as ElementContent[];
			if (span) parent.children[index] = span;
			return SKIP;
		});
	};
}

/** How many children MathML's script and fraction elements take (MathML Core §3.4). */
const ARITY: Record<string, number> = { msub: 2, msup: 2, msubsup: 3, mfrac: 2, mroot: 2, munder: 2, mover: 2, munderover: 3 };
const FUNCTION_APPLICATION = '\u2061';

/**
 * Tidies KaTeX's MathML output, which runs after it:
 * - display math gets the class `katex-display` (KaTeX's HTML output set it; CSS and print use it);
 * - the `<semantics>` wrapper and its TeX-source `<annotation>` are dropped, and a lone top <mrow>
 *   (three elements a formula);
 * - KaTeX writes a named operator in a script (`C_{\min}`) as two children, `<mi>min</mi><mo>⁡</mo>`,
 *   which gives `<msub>` three children: browsers then drop the layout and set the script inline.
 *   The invisible function-application operator is removed where it breaks an element's arity.
 */
export function rehypeKatexMathml() {
	return (tree: Root) => tidyKatexMathml(tree);
}

function tidyKatexMathml(tree: Root) {
	visit(tree, 'element', (el) => {
		// <semantics><mrow>…</mrow><annotation encoding="application/x-tex">…</annotation></semantics>:
		// the TeX source annotation is for tools, not readers; keep the formula, drop the wrapper.
		if (el.tagName === 'math') {
			el.children = el.children.flatMap((c) => (c.type === 'element' && c.tagName === 'semantics' ? c.children.filter((k) => !(k.type === 'element' && k.tagName === 'annotation')) : [c]));
			// `<math>` lays out its children as a row already: a lone <mrow> inside it adds nothing.
			const elements = el.children.filter((c): c is Element => c.type === 'element');
			if (elements.length === 1 && elements[0]?.tagName === 'mrow' && Object.keys(elements[0].properties).length === 0) el.children = elements[0].children;
		}
		if (el.tagName === 'span' && classes(el).includes('katex')) {
			const math = el.children.find((c): c is Element => c.type === 'element' && c.tagName === 'math');
			if (math?.properties['display'] === 'block') el.properties['className'] = [...classes(el).filter(Boolean), 'katex-display'];
		}
		const arity = ARITY[el.tagName];
		if (arity !== undefined && el.children.filter((c) => c.type === 'element').length > arity) {
			el.children = el.children.filter((c) => !(c.type === 'element' && c.tagName === 'mo' && toText(c) === FUNCTION_APPLICATION));
		}
	});
}

/** KaTeX's settings for the chapters (astro.config.mjs) and for data-file text alike. */
export const KATEX_OPTIONS = { strict: 'error', throwOnError: true, output: 'mathml' } as const;

/**
 * One inline formula as HTML, exactly as a chapter typesets it: plain HTML where it can be, else
 * KaTeX's MathML, tidied. For text outside the Markdown pipeline (data files: ledger, glossary).
 */
export function mathHtml(tex: string, display = false): string {
	const simple = display ? null : texToHtml(tex);
	if (simple) return simple;
	const tree = fromHtmlIsomorphic(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode: display }), { fragment: true });
	tidyKatexMathml(tree);
	return toHtml(tree);
}
