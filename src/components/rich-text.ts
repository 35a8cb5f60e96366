/**
 * Text from the data files (claim ledger corrections, glossary definitions) written the way chapters
 * are: `**bold**` and inline maths `$…$`, typeset exactly as the chapters typeset it (`mathHtml`:
 * plain HTML where possible, else KaTeX's MathML), so a number such as `$3.14\times10^{23}$` looks
 * the same on every page and any change to how chapters render maths applies here too. Everything
 * else is escaped.
 */
import { mathHtml } from '../plugins/rehype-math-text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** HTML for a data-file string; `where` names the entry in the error a bad formula raises. */
export function richText(text: string, where: string): string {
	// Maths first (it may sit inside **bold**), then escaping and bold on the rest. A literal dollar
	// sign is written `\$`, as in the chapters ("US\$5.576M").
	const maths: string[] = [];
	const marked = text.replace(/\\\$/g, '\u0001').replace(/\$([^$]+)\$/g, (_, tex: string) => {
		try {
			maths.push(mathHtml(tex));
		} catch (error) {
			throw new Error(`[course] ${where}: ${(error as Error).message}`);
		}
		return `\u0000${maths.length - 1}\u0000`;
	});
	return escape(marked)
		.replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
		.replace(/\u0000(\d+)\u0000/g, (_, i: string) => maths[Number(i)] ?? '')
		.replace(/\u0001/g, '$');
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/**
 * The same text as a reader reads it, without markup (for tooltips and reading-time counts): maths
 * becomes plain text with superscript exponents (`$3.14\times10^{23}$` → `3.14×10²³`).
 */
export function plainText(text: string): string {
	return text
		.replace(/\\\$/g, '\u0001')
		.replace(/\*\*(.+?)\*\*/g, '$1')
		.replace(/\$([^$]+)\$/g, (_, tex: string) =>
			tex
				.replace(/\^\{(-?\d+)\}|\^(\d)/g, (_m, braced: string | undefined, single: string | undefined) => (braced ?? single ?? '').replace(/[-\d]/g, (c) => SUPERSCRIPT[c] ?? c))
				.replace(/\\times/g, '×')
				.replace(/\\approx/g, '≈')
				.replace(/[{}\\]/g, ''),
		)
		.replace(/\u0001/g, '$');
}
