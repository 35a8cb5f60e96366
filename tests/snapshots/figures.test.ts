/**
 * SVG snapshots of every figure's default view in both languages and both layouts (wide, and
 * narrow for phones), rendered exactly as the build renders them, with the results of the figure's
 * computations (fits, bootstraps) for that view. A changed figure fails here; if the change is intended, update the snapshot with
 * `npx vitest run tests/snapshots -u` and review the diff of the .svg files.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIGURE_IDS } from '../../src/figures/ids';
import { loadFigure } from '../../src/figures/registry';
import { type Layout, renderFigure } from '../../src/figures/render';
import { defaultState } from '../../src/figures/state';
import { computeAll } from '../../src/figures/compute';

/**
 * Make markup comparable: limit float noise, one element per line, and number Plot's clip paths
 * from 1 within each figure (Plot counts them across the whole run, so adding a figure would
 * otherwise change the snapshots of every figure after it).
 */
function normalise(markup: string): string {
	const ids = new Map<string, string>();
	return markup
		.replace(/plot-clip-\d+/g, (id) => {
			if (!ids.has(id)) ids.set(id, `plot-clip-${ids.size + 1}`);
			return ids.get(id)!;
		})
		.replace(/\d+\.\d{4,}/g, (d) => String(Number(Number(d).toFixed(3))))
		.replace(/></g, '>\n<');
}

const cases = (['en', 'zh-cn'] as const).flatMap((lang) => (['wide', 'narrow'] as const satisfies readonly Layout[]).map((layout) => ({ lang, layout })));

describe.each(FIGURE_IDS)('figure %s', (id) => {
	test.each(cases)('default view ($lang, $layout) matches its snapshot and has marks', async ({ lang, layout }) => {
		const def = await loadFigure(id);
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const state = defaultState(def);
		const rendered = renderFigure(def, state, lang, document as unknown as Document, layout, computeAll(def, state));
		expect(rendered.problem).toBeNull();
		expect(rendered.nodes.length).toBeGreaterThan(0);
		const markup = rendered.nodes.map((n) => n.outerHTML).join('\n');
		// Real marks, not an empty frame: paths, circles or rects beyond the axes.
		expect((markup.match(/<(path|circle|rect|line)\b/g) ?? []).length).toBeGreaterThan(3);
		expect(markup).not.toMatch(/NaN|Infinity|undefined/);
		expect(markup).toContain(`aria-labelledby="fig-${id}-title"`);
		expect(rendered.description.length).toBeGreaterThan(20);
		await expect(normalise(markup)).toMatchFileSnapshot(`./__snapshots__/${id}.${lang}${layout === 'wide' ? '' : `.${layout}`}.svg`);
	});
});
