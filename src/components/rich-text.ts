/**
 * Text from the data files (claim ledger corrections, glossary definitions) written the way chapters
 * are: `**bold**` and inline maths `$…$`, typeset by the same KaTeX settings as the chapters
 * (astro.config.mjs), so a number such as `$3.14\times10^{23}$` looks the same on every page and any
 * change to how chapters render maths applies here too. Everything else is escaped.
 */
import katex from 'katex';

/** KaTeX options shared with the chapters' rehype-katex (astro.config.mjs). */
export const KATEX_OPTIONS = { strict: 'error', throwOnError: true, output: 'htmlAndMathml' } as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** HTML for a data-file string; `where` names the entry in the error a bad formula raises. */
export function richText(text: string, where: string): string {
	return text
		.split(/(\$[^$]+\$)/g)
		.map((part) => {
			if (/^\$[^$]+\$$/.test(part)) {
				try {
					return katex.renderToString(part.slice(1, -1), KATEX_OPTIONS);
				} catch (error) {
					throw new Error(`[course] ${where}: ${(error as Error).message}`);
				}
			}
			return escape(part).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
		})
		.join('');
}

/** The same text as a reader reads it, without markup (for tooltips and reading-time counts). */
export function plainText(text: string): string {
	return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\$([^$]+)\$/g, (_, tex: string) => tex.replace(/\\times/g, '×').replace(/[{}\\]/g, ''));
}
