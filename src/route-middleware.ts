/**
 * Starlight route middleware: per-page adjustments to Starlight's route data (head tags for link
 * previews). Registered in astro.config.mjs (`routeMiddleware`).
 *
 * Starlight already emits the title, description, canonical URL, hreflang alternates, og:title,
 * og:description, og:url, og:locale and twitter:card. This adds the page's own preview image,
 * rendered at build time by `src/pages/og/[...slug].png.ts` in the page's language, and on pages
 * with math a preload of the math font.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { cardAlt, cardFor, OG_HEIGHT, OG_WIDTH } from './og/card';
import { LOCALE_INFO, textLang } from './i18n/locales';
import { langOfId, ogImageUrl, ogSourceId } from './og/paths';
import { SITE } from './site';
import { MATH_FONT_PATH } from './fonts/math';

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const sourceId = ogSourceId(route.entry.id, route.locale);
	const locale = langOfId(sourceId);
	const image = ogImageUrl(sourceId, import.meta.env.BASE_URL, context.site ?? SITE);
	// The 404 page shows the home card: describe that one, not the 404 page. A zh-tw page's text is
	// written in Simplified and converted with the page (src/middleware.ts), so its alt text too.
	const textLocale = textLang(locale);
	const alt =
		sourceId === route.entry.id
			? cardAlt(cardFor(route.entry.data, textLocale))
			: cardAlt(cardFor({ title: route.siteTitle, description: '' }, textLocale));
	// Open Graph locales are written language_TERRITORY ("zh_CN"); Starlight writes the BCP 47 tag.
	for (const entry of route.head) {
		if (entry.tag === 'meta' && entry.attrs?.['property'] === 'og:locale') {
			entry.attrs['content'] = LOCALE_INFO[locale].ogLocale;
		}
	}
	// The zh-tw chapters are build-time copies: "Edit page" opens the Simplified source they come from.
	if (locale === 'zh-tw' && route.editUrl) route.editUrl = new URL(route.editUrl.href.replace('/content/zh-tw/', '/content/zh-cn/'));
	// Pages with math load the math font early, so formulas are laid out once, in their own font.
	if (/\$/.test(route.entry.body ?? '')) {
		route.head.push({ tag: 'link', attrs: { rel: 'preload', href: `${import.meta.env.BASE_URL}${MATH_FONT_PATH}`, as: 'font', type: 'font/woff2', crossorigin: '' }, content: '' });
	}
	const meta = (key: 'property' | 'name', name: string, content: string) =>
		route.head.push({ tag: 'meta', attrs: { [key]: name, content }, content: '' });
	meta('property', 'og:image', image);
	meta('property', 'og:image:type', 'image/png');
	meta('property', 'og:image:width', String(OG_WIDTH));
	meta('property', 'og:image:height', String(OG_HEIGHT));
	meta('property', 'og:image:alt', alt);
	meta('name', 'twitter:image', image);
	meta('name', 'twitter:image:alt', alt);
});
