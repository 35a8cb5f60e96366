/**
 * Build-time checks of what a chapter references, so a typo fails the build with the chapter
 * file named instead of rendering a broken figure or a dead citation:
 * `<Figure id>` must be a known figure, `<Cite k>` a bibliography key, `<Correction claim>` a
 * claim of the ledger, and each of those attributes a plain string.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { claims } from '../data/claims';
import { references } from '../data/references';
import { FIGURE_IDS } from '../figures/ids';
import { chapterError, sourceFile } from './source-file';

/** Component name → the attribute that must name a known item, and the known items. */
const CHECKED: Record<string, { attribute: string; known: readonly string[]; what: string }> = {
	Figure: { attribute: 'id', known: FIGURE_IDS, what: 'figure id' },
	Cite: { attribute: 'k', known: references.map((r) => r.key), what: 'reference key' },
	Correction: { attribute: 'claim', known: claims.map((c) => c.slug), what: 'claim slug' },
};

export function remarkCourseChecks() {
	return (tree: Root, vfile: VFile) => {
		const file = sourceFile(vfile);
		if (!file.isChapter) return;
		visit(tree, (node) => {
			if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
			const element = node as MdxJsxFlowElement | MdxJsxTextElement;
			const rule = element.name ? CHECKED[element.name] : undefined;
			if (!rule) return;
			const attribute = element.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === rule.attribute);
			const value = attribute?.value;
			if (typeof value !== 'string') {
				throw chapterError(file, `<${element.name}> needs ${rule.attribute}="…" (a plain string ${rule.what})`);
			}
			if (!rule.known.includes(value)) {
				throw chapterError(
					file,
					`<${element.name} ${rule.attribute}="${value}">: unknown ${rule.what}. Known: ${rule.known.join(', ')}`,
				);
			}
		});
	};
}
