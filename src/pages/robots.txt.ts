/**
 * `robots.txt`: everything may be crawled, and the sitemap (written by Starlight's sitemap
 * integration) is at `<SITE><BASE>sitemap-index.xml`. On a GitHub Pages project site this file
 * sits under the base path, where crawlers do not look for it; it matters once the course is
 * served from the root of a domain, and costs nothing before.
 */
import type { APIRoute } from 'astro';
import { BASE, SITE } from '../site';

export const prerender = true;

export const GET: APIRoute = () =>
	new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${SITE}${BASE}sitemap-index.xml`, ''].join('\n'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
