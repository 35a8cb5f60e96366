/**
 * `/fig/<figure>-<plot>.<locale>.<layout>.<theme>.svg`: each figure's default view as standalone SVG
 * files (src/figures/static.ts), which pages show as images until the live chart takes over. The
 * `zh-tw` files are the `zh-cn` ones, converted (src/i18n/zh-tw/html.ts).
 *
 * The extension is in the route's file name (`[file].svg.ts`), as in `data/[figure].csv.ts`: a route
 * without one is a page, and with `trailingSlash: 'always'` the dev server answers `/fig/x.svg`
 * with 404 (only `/fig/x.svg/` worked), so `npm run dev` showed no figure images.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FIGURE_IDS } from '../../figures/ids';
import { FIGURE_LOADERS } from '../../figures/registry';
import { staticFigure, THEMES } from '../../figures/static';
import { LOCALES, textLang } from '../../i18n/locales';
import { convertHtml, traditionalFigureFile } from '../../i18n/zh-tw/html';

export const getStaticPaths = (async () => {
	const paths = [];
	for (const id of FIGURE_IDS.filter((id) => FIGURE_LOADERS[id]))
		for (const locale of LOCALES)
			for (const plot of await staticFigure(id, textLang(locale)))
				for (const theme of THEMES) {
					// The route's name carries `.svg`, so the parameter is the name without it.
					const [file, svg] = [plot.files[theme].replace(/\.svg$/, ''), plot.svg[theme]];
					paths.push(locale === 'zh-tw' ? { params: { file: traditionalFigureFile(file) }, props: { svg: convertHtml(svg, '/', { everything: true }) } } : { params: { file }, props: { svg } });
				}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) => new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
