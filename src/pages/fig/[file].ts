/**
 * `/fig/<figure>-<plot>.<lang>.<layout>.<theme>.svg`: each figure's default view as standalone SVG
 * files (src/figures/static.ts), which pages show as images until the live chart takes over.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGS } from '../../data/schema';
import { FIGURE_IDS } from '../../figures/ids';
import { FIGURE_LOADERS } from '../../figures/registry';
import { staticFigure, THEMES } from '../../figures/static';

export const getStaticPaths = (async () => {
	const paths = [];
	for (const id of FIGURE_IDS.filter((id) => FIGURE_LOADERS[id]))
		for (const lang of LANGS)
			for (const plot of await staticFigure(id, lang)) for (const theme of THEMES) paths.push({ params: { file: plot.files[theme] }, props: { svg: plot.svg[theme] } });
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
