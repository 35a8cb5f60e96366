/**
 * Where a page's link-preview image lives. Pure: no Astro, no file system, so the endpoint that
 * builds the images (`src/pages/og/[...slug].png.ts`) and the route middleware that links them
 * (`src/route-middleware.ts`) agree by construction.
 *
 * Content ids (see src/content.config.ts): `x` for English, `zh-cn/x` and `zh-tw/x` for Chinese, and
 * the home pages `index`, `zh-cn` and `zh-tw`. Images: `og/x.png`, `og/zh-cn/x.png`, `og/index.png`,
 * `og/zh-cn/index.png` (and the same under `og/zh-tw/`).
 */
import { isLocale, type Locale, localeOfId } from '../i18n/locales';

/** The locale of a content id. */
export const langOfId = (id: string): Locale => localeOfId(id);

/** The image's path below `og/`, without the `.png` extension (the endpoint's `slug` param). */
export function ogImageSlug(id: string): string {
	if (id === 'index' || id === '') return 'index';
	if (id !== 'en' && isLocale(id)) return `${id}/index`;
	return id;
}

/** A "page not found" page: Starlight's built-in one, or `content/<lang>/404.mdx` (`404`, `zh-cn/404`). */
export function isNotFoundId(id: string): boolean {
	return id === '404' || id.endsWith('/404');
}

/**
 * The content id whose image a page uses: its own, except that "page not found" pages get their
 * language's home image (nobody shares a link to a 404, but crawlers may still ask for one).
 */
export function ogSourceId(entryId: string, locale: string | undefined): string {
	if (isNotFoundId(entryId)) return locale ? locale : 'index';
	return entryId;
}

/** The image's absolute URL: `site` is the origin, `base` the deploy base path (`/` or `/x/`). */
export function ogImageUrl(id: string, base: string, site: string | URL): string {
	const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	return new URL(`${b}og/${ogImageSlug(id)}.png`, site).href;
}
