/**
 * Figure id → lazily imported definition, discovered from `src/figures/defs/<id>.ts` (adding a
 * figure is adding a file). Each definition is its own chunk, so the browser loads only the
 * figures a page uses, and only when one comes near the viewport.
 */
import { FIGURE_IDS, type FigureId } from './ids';
import type { FigureDefinition } from './types';

type Loader = () => Promise<{ default: FigureDefinition }>;

const modules = import.meta.glob<{ default: FigureDefinition }>('./defs/*.ts');

export const FIGURE_LOADERS: Partial<Record<FigureId, Loader>> = Object.fromEntries(
	Object.entries(modules)
		.map(([path, loader]) => [path.replace(/^\.\/defs\/|\.ts$/g, ''), loader] as const)
		.filter(([id]) => (FIGURE_IDS as readonly string[]).includes(id)),
);

export async function loadFigure(id: FigureId): Promise<FigureDefinition> {
	const loader = FIGURE_LOADERS[id];
	if (!loader) throw new Error(`[course] figure "${id}" has no definition: add src/figures/defs/${id}.ts`);
	const def = (await loader()).default;
	if (def.id !== id) throw new Error(`[course] src/figures/defs/${id}.ts defines the figure "${def.id}", expected "${id}"`);
	return def;
}
