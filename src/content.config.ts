import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { WITH_ZH_TW } from './i18n/locales';

/**
 * Chapters live in `content/<lang>/<slug>.mdx` (not Starlight's `src/content/docs/`), so the id
 * is mapped by hand: `content/en/x.mdx` → `x` (root locale), `content/zh-cn/x.mdx` → `zh-cn/x`.
 * `content/zh-tw/` holds copies of the `zh-cn` files, made by the build (src/i18n/zh-tw/content.ts)
 * and converted to Traditional Chinese after rendering.
 */
function chapterId(entry: string): string {
	const [lang, ...rest] = entry.replace(/\.mdx?$/, '').split('/');
	const slug = rest.join('/').replace(/(^|\/)index$/, '');
	if (lang === 'en') return slug || 'index';
	return slug ? `${lang}/${slug}` : `${lang}`;
}

export const collections = {
	docs: defineCollection({
		loader: glob({ base: './content', pattern: WITH_ZH_TW ? '{en,zh-cn,zh-tw}/**/[^_]*.{md,mdx}' : '{en,zh-cn}/**/[^_]*.{md,mdx}', generateId: ({ entry }) => chapterId(entry) }),
		schema: docsSchema({
			extend: z.object({
				// Every page needs its own description: it is the search snippet and the link preview.
				description: z.string().min(20).max(200),
				/** Position in the course (1 = first chapter); pages outside the reading path omit it. */
				chapter: z.number().int().min(1).max(20).optional(),
			}),
		}),
	}),
};
