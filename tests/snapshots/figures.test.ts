/**
 * SVG snapshots of every figure's default view in both languages and both layouts (wide, and
 * narrow for phones), rendered exactly as the build renders them. A changed figure fails here; if the change is intended, update the snapshot with
 * `npx vitest run tests/snapshots -u` and review the diff of the .svg files.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { FIGURE_IDS } from '../../src/figures/ids';
import { loadFigure } from '../../src/figures/registry';
import { type Layout, renderFigure } from '../../src/figures/render';
import { defaultState } from '../../src/figures/state';

/** Make markup comparable: limit float noise, one element per line. */
function normalise(markup: string): string {
	return markup
		.replace(/\d+\.\d{4,}/g, (d) => String(Number(Number(d).toFixed(3))))
		.replace(/></g, '>\n<');
}

const cases = (['en', 'zh-cn'] as const).flatMap((lang) => (['wide', 'narrow'] as const satisfies readonly Layout[]).map((layout) => ({ lang, layout })));

describe.each(FIGURE_IDS)('figure %s', (id) => {
	test.each(cases)('default view ($lang, $layout) matches its snapshot and has marks', async ({ lang, layout }) => {
		const def = await loadFigure(id);
		const { document } = parseHTML('<!doctype html><html><body></body></html>');
		const rendered = renderFigure(def, defaultState(def), lang, document as unknown as Document, layout);
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
