/**
 * Facts about the chapter file a Markdown plugin is processing: which language it is in and how
 * to name it in an error message. Chapters live in `content/<lang>/<slug>.mdx`.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Lang } from '../data/schema';
import { isLocale, type Locale, textLang } from '../i18n/locales';

export interface SourceFile {
	/** Path relative to the project root, for error messages (e.g. `content/en/scaling-laws.mdx`). */
	name: string;
	/** The language the chapter is written in (`zh-tw` files are copies of `zh-cn` ones: Simplified). */
	lang: Lang;
	/** The edition it belongs to, from its folder. */
	locale: Locale;
	/** The chapter's slug (file name without extension; `index` for the home page). */
	slug: string;
	/** Whether this file is a course chapter under `content/` (plugins ignore anything else). */
	isChapter: boolean;
}

export function sourceFile(file: VFile): SourceFile {
	const full = file.path ?? file.history[0] ?? '';
	const name = path.relative(process.cwd(), full).split(path.sep).join('/');
	const match = /(?:^|\/)content\/(en|zh-cn|zh-tw)\/(.+)\.mdx?$/.exec(name);
	const locale = isLocale(match?.[1]) ? match[1] : 'en';
	return {
		name,
		lang: textLang(locale),
		locale,
		slug: match?.[2] ?? '',
		isChapter: Boolean(match),
	};
}

/**
 * An error that names the chapter file, so a bad chapter fails the build with a useful message. A
 * `content/zh-tw/` file is a generated copy: the error names the Simplified file to edit.
 */
export function chapterError(file: SourceFile, message: string): Error {
	const name = file.locale === 'zh-tw' ? `${file.name.replace('content/zh-tw/', 'content/zh-cn/')} (in its generated zh-tw copy)` : file.name;
	return new Error(`[course] ${name}: ${message}`);
}
