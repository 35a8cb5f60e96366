/**
 * `/og/<page>.png`: each page's link-preview card (1200×630), rendered at build time in the page's
 * language. `src/route-middleware.ts` puts its URL in the page's `og:image` and `twitter:image`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { cardFor, type OgCard } from '../../og/card';
import { isNotFoundId, langOfId, ogImageSlug } from '../../og/paths';
import { fontsFor, renderCardPng } from '../../og/render';

async function allCards(): Promise<{ id: string; card: OgCard }[]> {
	// "Page not found" pages use their language's home image (see route-middleware.ts).
	const entries = await getCollection('docs', (e) => !e.data.draft && !isNotFoundId(e.id));
	return entries.map((e) => ({ id: e.id, card: cardFor(e.data, langOfId(e.id)) }));
}

export const getStaticPaths = (async () =>
	(await allCards()).map(({ id, card }) => ({ params: { slug: ogImageSlug(id) }, props: { card } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	// One font subset for every card of the build: the characters of all titles and descriptions.
	const fonts = await fontsFor((await allCards()).map((c) => c.card));
	const png = await renderCardPng(props['card'] as OgCard, fonts);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
