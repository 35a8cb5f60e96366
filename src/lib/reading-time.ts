/**
 * Reading time of a chapter from its MDX source, per language: English by words (230 words a
 * minute), Chinese by characters (400 characters a minute, a common figure for adult readers of
 * Chinese). Markup, imports, math and code are not counted.
 */
export const WORDS_PER_MINUTE = 230;
export const CHARS_PER_MINUTE = 400;

/** Strip what a reader doesn't read as prose. */
export function proseOf(mdx: string): string {
	return mdx
		.replace(/^---[\s\S]*?\n---\n/, '')
		.replace(/^import .*$/gm, '')
		.replace(/```[\s\S]*?```/g, '')
		.replace(/\$\$[\s\S]*?\$\$/g, '')
		.replace(/\$[^$\n]*\$/g, ' x ')
		.replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');
}

export function countWords(text: string): number {
	return (text.match(/[A-Za-z0-9][A-Za-z0-9'’.-]*/g) ?? []).length;
}

export function countCjk(text: string): number {
	return (text.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
}

export function readingMinutes(mdx: string, lang: 'en' | 'zh-cn'): { minutes: number; amount: number } {
	const prose = proseOf(mdx);
	const amount = lang === 'zh-cn' ? countCjk(prose) : countWords(prose);
	const perMinute = lang === 'zh-cn' ? CHARS_PER_MINUTE : WORDS_PER_MINUTE;
	return { minutes: Math.max(1, Math.round(amount / perMinute)), amount };
}
