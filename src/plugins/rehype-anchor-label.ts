/**
 * Starlight names each heading's anchor link for screen readers ("Section titled “…”"), but it
 * reads the language from `src/content/docs/<lang>/`, so chapters in `content/zh-cn/` got the
 * English label. This gives Chinese chapters a Chinese one ("本节链接：…").
 */
import type { Element, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sourceFile } from './source-file';

const ENGLISH_LABEL = /^Section titled “(.*)”$/s;

export function rehypeAnchorLabel() {
	return (tree: Root, file: VFile) => {
		if (sourceFile(file).lang !== 'zh-cn') return;
		visit(tree, 'text', (node: Text) => {
			const m = ENGLISH_LABEL.exec(node.value);
			if (m) node.value = `本节链接：${m[1]}`;
		});
		visit(tree, 'element', (el: Element) => {
			const label = el.properties['ariaLabel'];
			const m = typeof label === 'string' ? ENGLISH_LABEL.exec(label) : null;
			if (m) el.properties['ariaLabel'] = `本节链接：${m[1]}`;
		});
	};
}
