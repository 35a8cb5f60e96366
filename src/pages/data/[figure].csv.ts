/** `/data/<figure>.csv`: each figure's default view as a static CSV, so the download works without JavaScript. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { FIGURE_IDS, type FigureId } from '../../figures/ids';
import { FIGURE_LOADERS, loadFigure } from '../../figures/registry';
import { toCsv } from '../../figures/render';
import { computeAll } from '../../figures/compute';
import { defaultState } from '../../figures/state';

export const getStaticPaths = (() =>
	FIGURE_IDS.filter((id) => FIGURE_LOADERS[id]).map((figure) => ({ params: { figure } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const def = await loadFigure(params['figure'] as FigureId);
	const state = defaultState(def);
	return new Response(toCsv(def.data(state, computeAll(def, state))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
