/**
 * Gives every `##`/`###` heading an explicit, language-neutral id, so that `#power-laws` points
 * to the same section in English and in Chinese (and the language switch can keep the reader's
 * place). MDX cannot parse `{#id}`, so authors write the id as a comment expression:
 *
 *     ## 幂律与双对数坐标 {/* #power-laws *\/}
 *
 * The comment is removed and the id set on the heading. A chapter heading without one fails the
 * build, because an id derived from the heading text would differ between the two languages.
 */
import type { Heading, Root, Text } from 'mdast';
import type { MdxTextExpression } from 'mdast-util-mdx-expression';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { chapterError, sourceFile } from './source-file';

const ID_COMMENT = /^\s*\/\*\s*#([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\s*$/;

export function remarkHeadingIds() {
	return (tree: Root, vfile: VFile) => {
		const file = sourceFile(vfile);
		if (!file.isChapter) return;
		const seen = new Set<string>();
		visit(tree, 'heading', (heading: Heading) => {
			const last = heading.children.at(-1) as Heading['children'][number] | MdxTextExpression | undefined;
			const match = last?.type === 'mdxTextExpression' ? ID_COMMENT.exec(last.value) : null;
			if (match) {
				heading.children.pop();
				const before = heading.children.at(-1);
				if (before?.type === 'text') (before as Text).value = before.value.trimEnd();
			}
			const id = match?.[1];
			if (!id) {
				if (heading.depth === 2 || heading.depth === 3) {
					throw chapterError(file, `heading "${textOf(heading)}" needs an explicit id: write  {/* #some-id */}  at its end`);
				}
				return;
			}
			if (seen.has(id)) throw chapterError(file, `heading id "#${id}" is used twice`);
			seen.add(id);
			heading.data ??= {};
			heading.data.hProperties = { ...heading.data.hProperties, id };
		});
	};
}

function textOf(node: { children?: unknown[]; value?: unknown }): string {
	if (typeof node.value === 'string') return node.value;
	return (node.children ?? []).map((c) => textOf(c as typeof node)).join('');
}
