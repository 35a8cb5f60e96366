import type { Lang } from '../data/schema';

/** URL of a course page in a language, under the deploy base (`/<base>/zh-cn/<slug>/`). */
export function pageUrl(slug: string, lang: Lang, hash = ''): string {
	const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
	const path = [lang === 'zh-cn' ? 'zh-cn' : '', slug].filter(Boolean).join('/');
	return `${base}${path ? `${path}/` : ''}${hash ? `#${hash}` : ''}`;
}
