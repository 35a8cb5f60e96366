/** Read the chapter sources for content tests: `content/<lang>/<slug>.mdx`. */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../src/data/schema';

export const CONTENT_DIR = path.resolve('content');

/** Chapter files present in one language folder but not the other, as `content/<lang>/<file>`. */
export function missingTranslations(contentDir = CONTENT_DIR): string[] {
	const list = (lang: string) => new Set(fs.readdirSync(path.join(contentDir, lang)).filter((f) => /\.mdx?$/.test(f)));
	const en = list('en');
	const zh = list('zh-cn');
	return [...[...en].filter((f) => !zh.has(f)).map((f) => `content/zh-cn/${f}`), ...[...zh].filter((f) => !en.has(f)).map((f) => `content/en/${f}`)].sort();
}

export interface ChapterSource {
	lang: Lang;
	slug: string;
	file: string;
	source: string;
	frontmatter: string;
	body: string;
}

export function readChapters(lang: Lang, contentDir = CONTENT_DIR): ChapterSource[] {
	const dir = path.join(contentDir, lang);
	return fs
		.readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f))
		.sort()
		.map((f) => {
			const source = fs.readFileSync(path.join(dir, f), 'utf8');
			const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
			return { lang, slug: f.replace(/\.mdx?$/, ''), file: `content/${lang}/${f}`, source, frontmatter: match?.[1] ?? '', body: match?.[2] ?? source };
		});
}

/** `## Title {/* #id *\/}` → ids in order (h2 and h3). */
export function headingIds(body: string): string[] {
	return [...body.matchAll(/^#{2,3} .*\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/gm)].map((m) => m[1] ?? '');
}

/** Values of one attribute of one component, e.g. all `<Figure id="…">`. */
export function componentAttributes(body: string, component: string, attribute: string): string[] {
	const pattern = new RegExp(`<${component}\\b[^>]*\\b${attribute}=["']([^"']+)["']`, 'g');
	return [...body.matchAll(pattern)].map((m) => m[1] ?? '');
}

/** Prose with code, math and JSX attributes removed (for wording checks). */
export function proseOnly(body: string): string {
	return body
		.replace(/```[\s\S]*?```/g, '')
		.replace(/\$\$[\s\S]*?\$\$/g, '')
		.replace(/`[^`]*`/g, '')
		.replace(/<[^>]*>/g, '');
}
