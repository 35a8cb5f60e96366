/**
 * Every page's HTML passes through here (at build time for the static site, per request in dev):
 * what is in Traditional Chinese (`lang="zh-TW"`: the `zh-tw` pages, the Traditional section of the
 * not-found page) is converted from the Simplified text it was rendered with (src/i18n/zh-tw/html.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { convertHtml, hasZhTw } from './i18n/zh-tw/html';

export const onRequest = defineMiddleware(async (_context, next) => {
	const response = await next();
	if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
	const html = await response.text();
	const body = hasZhTw(html) ? convertHtml(html, import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`) : html;
	const headers = new Headers(response.headers);
	headers.delete('content-length');
	return new Response(body, { status: response.status, statusText: response.statusText, headers });
});
