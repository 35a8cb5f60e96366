import type { Lang } from '../data/schema';

/** The page's language, from Starlight's route data (the root locale is English). */
export function pageLang(locals: App.Locals): Lang {
	return locals.starlightRoute.locale === 'zh-cn' ? 'zh-cn' : 'en';
}

/** The chapter file being rendered, for build error messages. */
export function pageFile(locals: App.Locals): string {
	return locals.starlightRoute.entry.filePath ?? locals.starlightRoute.id;
}
