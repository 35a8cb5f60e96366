/**
 * Rewrites internal links written as course paths (`/claims/#claim-gpt3-params`) into real URLs:
 * the deploy base path is prepended (GitHub Pages serves the site under `/<repo>/`) and, on a
 * Chinese page, the `/zh-cn/` prefix is added, so authors write the same link in both languages.
 * A link to a chapter that does not exist in that language fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Lang } from '../data/schema';
import { chapterError, sourceFile } from './source-file';

/** `/scaling-laws/#x` → `${base}zh-cn/scaling-laws/#x`; leaves other URLs untouched. */
export function localizeCoursePath(url: string, lang: Lang, base: string): string {
	if (!url.startsWith('/') || url.startsWith('//')) return url;
	if (url.startsWith(base) && base !== '/') return url;
	const rest = url.slice(1).replace(/^zh-cn\//, '');
	return `${base}${lang === 'zh-cn' ? 'zh-cn/' : ''}${rest}`;
}

/** The chapter slug a course path points to (`''` for the home page). */
export function slugOfCoursePath(url: string): string {
	return url.replace(/[?#].*$/, '').replace(/^\/(zh-cn\/)?/, '').replace(/\/$/, '');
}

export function remarkCourseLinks(options: { base: string; contentDir?: string }) {
	const contentDir = options.contentDir ?? path.resolve('content');
	return (tree: Root, vfile: VFile) => {
		const file = sourceFile(vfile);
		if (!file.isChapter) return;
		visit(tree, 'link', (link: Link) => {
			if (!link.url.startsWith('/') || link.url.startsWith('//')) return;
			const slug = slugOfCoursePath(link.url);
			const target = path.join(contentDir, file.lang, `${slug || 'index'}.mdx`);
			if (!fs.existsSync(target)) {
				throw chapterError(file, `link to "${link.url}": no chapter "${slug}" in ${file.lang}`);
			}
			if (slug && !link.url.replace(/[?#].*$/, '').endsWith('/')) {
				throw chapterError(file, `link to "${link.url}": write chapter links with a trailing slash ("/${slug}/")`);
			}
			link.url = localizeCoursePath(link.url, file.lang, options.base);
		});
	};
}
