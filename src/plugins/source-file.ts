/**
 * Facts about the chapter file a Markdown plugin is processing: which language it is in and how
 * to name it in an error message. Chapters live in `content/<lang>/<slug>.mdx`.
 */
import path from 'node:path';
import type { VFile } from 'vfile';
import type { Lang } from '../data/schema';

export interface SourceFile {
	/** Path relative to the project root, for error messages (e.g. `content/en/scaling-laws.mdx`). */
	name: string;
	/** The chapter's language, from its folder. */
	lang: Lang;
	/** The chapter's slug (file name without extension; `index` for the home page). */
	slug: string;
	/** Whether this file is a course chapter under `content/` (plugins ignore anything else). */
	isChapter: boolean;
}

export function sourceFile(file: VFile): SourceFile {
	const full = file.path ?? file.history[0] ?? '';
	const name = path.relative(process.cwd(), full).split(path.sep).join('/');
	const match = /(?:^|\/)content\/(en|zh-cn)\/(.+)\.mdx?$/.exec(name);
	return {
		name,
		lang: match?.[1] === 'zh-cn' ? 'zh-cn' : 'en',
		slug: match?.[2] ?? '',
		isChapter: Boolean(match),
	};
}

/** An error that names the chapter file, so a bad chapter fails the build with a useful message. */
export function chapterError(file: SourceFile, message: string): Error {
	return new Error(`[course] ${file.name}: ${message}`);
}
