/**
 * The course's editions. It is written in two languages (`Lang`: English and Simplified Chinese,
 * the keys of every `Localized` string); the Traditional Chinese edition (`zh-tw`) is generated
 * from the Simplified one at build time (src/i18n/zh-tw/), so it has no strings of its own and
 * `Localized` has no `zh-tw` key: nobody can write a third copy by hand.
 *
 * A page's *locale* decides its URL (`/`, `/zh-cn/`, `/zh-tw/`) and its `lang`; its *text language*
 * decides which strings components render. A `zh-tw` page renders the `zh-cn` strings, which the
 * build then converts (src/i18n/zh-tw/html.ts).
 */
import type { Lang } from '../data/schema';

export const ALL_LOCALES = ['en', 'zh-cn', 'zh-tw'] as const;
export type Locale = (typeof ALL_LOCALES)[number];

/**
 * The editions this build makes: all three, or, with `COURSE_WITHOUT_ZH_TW=1`, only the two written
 * ones (the benchmark builds both ways to measure what the generated edition costs).
 */
export const WITH_ZH_TW = !process.env['COURSE_WITHOUT_ZH_TW'];
export const LOCALES: readonly Locale[] = WITH_ZH_TW ? ALL_LOCALES : ['en', 'zh-cn'];

export interface LocaleInfo {
	/** Name in the language picker, in the locale's own script. */
	label: string;
	/** BCP 47 tag for `lang` attributes. */
	htmlLang: string;
	/** Open Graph form (`og:locale`). */
	ogLocale: string;
	/** The language its text is written in (`zh-tw` is converted from `zh-cn`). */
	text: Lang;
}

export const LOCALE_INFO: Readonly<Record<Locale, LocaleInfo>> = {
	en: { label: 'English', htmlLang: 'en', ogLocale: 'en_US', text: 'en' },
	'zh-cn': { label: '简体中文', htmlLang: 'zh-CN', ogLocale: 'zh_CN', text: 'zh-cn' },
	'zh-tw': { label: '繁體中文', htmlLang: 'zh-TW', ogLocale: 'zh_TW', text: 'zh-cn' },
};

export const isLocale = (value: unknown): value is Locale => (ALL_LOCALES as readonly unknown[]).includes(value);

/** The language a locale's text is written in. */
export const textLang = (locale: Locale): Lang => LOCALE_INFO[locale].text;

/** The locale of a content id (`x` → en, `zh-cn/x` → zh-cn, `zh-tw/x` → zh-tw; the home pages are `index`, `zh-cn`, `zh-tw`). */
export function localeOfId(id: string): Locale {
	const first = id.split('/')[0];
	return first !== 'en' && isLocale(first) ? first : 'en';
}
