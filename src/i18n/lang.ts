import type { Lang } from '../data/schema';
import { isLocale, type Locale, textLang } from './locales';

/**
 * The language a page's text is rendered in, from Starlight's route data (the root locale is
 * English). A `zh-tw` page renders Simplified Chinese, converted after rendering (src/i18n/locales.ts).
 */
export function pageLang(locals: App.Locals): Lang {
	return textLang(pageLocale(locals));
}

/** The page's locale: which edition (and URL prefix) it belongs to. */
export function pageLocale(locals: App.Locals): Locale {
	const locale = locals.starlightRoute.locale;
	return isLocale(locale) ? locale : 'en';
}

/** The chapter file being rendered, for build error messages. */
export function pageFile(locals: App.Locals): string {
	return locals.starlightRoute.entry.filePath ?? locals.starlightRoute.id;
}
