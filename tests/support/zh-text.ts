/**
 * What a Chinese reader sees must follow the course's Chinese conventions (CONTRIBUTING.md,
 * "Chinese typography and terms"): one Chinese name per term (the glossary's `zh`; its `zhAvoid`
 * variants never), one verdict vocabulary, Chinese citation locators, full-width punctuation after
 * Chinese text, spaces between Chinese and Latin letters or digits, no space before "%", en-dash
 * ranges, no thousands separator before 万/亿.
 *
 * The checks take plain text. Callers pass only what a reader reads as prose: not code, maths,
 * titles of works (`<cite>`) or verbatim quotations (`[data-verbatim]`), which keep their source's
 * form.
 */
import { avoidPattern, GLOSSARY } from '../../src/data';
import { VERDICT_AVOID } from '../../src/data/verdicts';
import { toTraditional } from '../../src/i18n/zh-tw/convert';

/**
 * Which edition's text is checked: the Simplified one as written, or the Traditional one generated
 * from it (src/i18n/zh-tw/), whose terms are the glossary's names converted and whose quotation
 * marks are corner brackets 「」『』.
 */
export type Script = 'simplified' | 'traditional';

const HAN = '\\p{Script=Han}';

/** A problem with a little context, e.g. `half-width colon after Chinese: "…更正: GPT…"`. */
function hits(text: string, pattern: RegExp, what: string): string[] {
	const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
	return [...text.matchAll(global)].map((m) => `${what}: "…${text.slice(Math.max(0, m.index - 12), m.index + m[0].length + 12)}…"`);
}

/** A rejected variant in the Traditional edition: the Simplified one converted (a `/…/` pattern, its Chinese characters converted). */
const traditionalPattern = (pattern: RegExp) => new RegExp(toTraditional(pattern.source), pattern.flags);

/** Every rejected variant of every glossary term, and of the verdict words, compiled once per script. */
const AVOID: Record<Script, { pattern: RegExp; what: string }[]> = { simplified: [], traditional: [] };
for (const term of GLOSSARY) {
	for (const variant of term.zhAvoid) {
		const pattern = avoidPattern(variant);
		AVOID.simplified.push({ pattern, what: `"${variant}" (use "${term.zh}" for ${term.en})` });
		AVOID.traditional.push({ pattern: traditionalPattern(pattern), what: `"${toTraditional(variant)}" (use "${toTraditional(term.zh)}" for ${term.en})` });
	}
}
for (const { pattern, use } of VERDICT_AVOID) {
	AVOID.simplified.push({ pattern, what: `verdict word (use "${use}")` });
	AVOID.traditional.push({ pattern: traditionalPattern(pattern), what: `verdict word (use "${toTraditional(use)}")` });
}
// Not a term but the same promise: GPUs are counted with 块 ("2,048 块 H800").
AVOID.simplified.push({ pattern: /张\s*(?:GPU|[AHB]\d{2,3}\b)/u, what: 'measure word for GPUs (use 块)' });
AVOID.traditional.push({ pattern: /張\s*(?:GPU|[AHB]\d{2,3}\b)/u, what: 'measure word for GPUs (use 塊)' });

/** Rejected Chinese renderings of glossary terms and verdict words. */
export function termMisuses(text: string, script: Script = 'simplified'): string[] {
	return AVOID[script].flatMap(({ pattern, what }) => hits(text, pattern, what));
}

/** English locator words that a Chinese citation or sentence must not print. */
export const ENGLISH_LOCATOR = /\b(?:Tables?|Abstract|abstract|App\.|Appendix|Figs?\.|Figure|eqs?\.|pp?\.\s?\d|footnote|caption)(?![\w-])/u;

/**
 * Typography of Chinese running text. A short quotation in “…” keeps its source's form, so the
 * text inside Chinese quotation marks is left out of these rules (not of the term rules).
 */
export function typographyProblems(text: string, script: Script = 'simplified'): string[] {
	// The Traditional edition's corner brackets stand where the Simplified one has curly quotes.
	const marks = script === 'traditional' ? text.replace(/「/g, '“').replace(/」/g, '”').replace(/『/g, '‘').replace(/』/g, '’') : text;
	const prose = marks.replace(/“[^“”]*”/g, (q) => (/[\p{Script=Han}]/u.test(q) ? '“引文”' : q));
	const rules: [RegExp, string][] = [
		[new RegExp(`[${HAN}）”][:;,!?]`, 'u'), 'half-width punctuation after Chinese (use ：；，！？)'],
		[new RegExp(`[${HAN}]\\(|\\)[${HAN}]|\\([${HAN}]|[${HAN}]\\)`, 'u'), 'half-width parenthesis touching Chinese (use （）)'],
		[/[ \t\u00a0][，。：；、！？（）“”]|[，。：；、！？（“][ \t\u00a0]/u, 'space next to full-width punctuation'],
		[new RegExp(`[${HAN}][A-Za-z0-9]|[A-Za-z0-9%][${HAN}]`, 'u'), 'no space between Chinese and Latin letters or digits'],
		[new RegExp(`[${HAN}] +[${HAN}]`, 'u'), 'space between two Chinese characters'],
		[/\d\s+%/u, 'space before %'],
		[/\d\s*[—~～至]\s*\d/u, 'range not written with an en dash (2026–2032)'],
		[/\d,\d{3}(?:\.\d+)?\s*[万亿萬億]/u, 'thousands separator before 万/亿'],
		[ENGLISH_LOCATOR, 'English locator word on a Chinese page (表, 摘要, 附录, 图, 式, 第 N 页)'],
	];
	return rules.flatMap(([pattern, what]) => hits(prose, pattern, what));
}

/** All problems of a piece of Chinese reader-facing text. */
export function zhTextProblems(text: string, script: Script = 'simplified'): string[] {
	return [...termMisuses(text, script), ...typographyProblems(text, script)];
}

/**
 * Elements whose text keeps its source's form, or is in another language (the not-found page's
 * other sections, English names in the glossary): not checked. Maths and code read as one Latin token.
 */
const VERBATIM = 'script, style, svg, cite, [data-verbatim], .expressive-code, [lang|="en"]';
const TOKEN = '.katex, .math-text, math, code, kbd';

/** Elements that start a new line of text (a newline between blocks is not a space in the text). */
const BLOCK = new Set(['P', 'LI', 'DT', 'DD', 'TH', 'TD', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'SUMMARY', 'LABEL', 'LEGEND', 'BLOCKQUOTE', 'DIV', 'SECTION', 'OL', 'UL', 'DL', 'TABLE', 'FIGURE', 'DETAILS', 'OUTPUT', 'BUTTON', 'BR', 'ASIDE', 'NAV']);
/** Inline elements laid out as separate lines by the course's CSS. */
const BLOCK_CLASSES = ['chapter-list-kicker', 'chapter-list-title', 'fig-badge', 'fig-source', 'fig-credit', 'claim-location'];

/**
 * The text a reader reads in an element, one string per block, plus (unless `attributes` is false)
 * tooltips and accessible names: verbatim parts left out, maths and code replaced by one Latin token ("x") so spacing
 * around them is still checked.
 */
export function readerText(root: Element, { attributes = true } = {}): string[] {
	const blocks: string[] = [];
	let current = '';
	const flush = () => {
		const t = current.replace(/\s+/g, ' ').trim();
		if (t) blocks.push(t);
		current = '';
	};
	const walk = (node: Node) => {
		if (node.nodeType === 3) {
			current += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== 1) return;
		const el = node as Element;
		if (el.matches(VERBATIM)) return;
		if (el.matches(TOKEN)) {
			current += 'x';
			return;
		}
		for (const attr of attributes ? ['title', 'aria-label'] : []) {
			const value = el.getAttribute(attr);
			if (value) blocks.push(value);
		}
		// Plot's legend items (`…-swatch`) sit side by side with a gap, like separate lines.
		const block = BLOCK.has(el.tagName.toUpperCase()) || BLOCK_CLASSES.some((c) => el.classList.contains(c)) || [...el.classList].some((c) => c.endsWith('-swatch'));
		if (block) flush();
		for (const child of el.childNodes) walk(child);
		if (block) flush();
	};
	walk(root);
	flush();
	return blocks;
}
