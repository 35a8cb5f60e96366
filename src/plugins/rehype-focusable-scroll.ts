/**
 * Content that may scroll sideways on a phone — display math, tables, code blocks — must be
 * reachable by keyboard (WCAG 2.1.1; axe `scrollable-region-focusable`), so it gets `tabindex=0`
 * at build time. No JavaScript needed.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

function classes(el: Element): string[] {
	const c = el.properties['className'];
	return Array.isArray(c) ? c.map(String) : String(c ?? '').split(' ');
}

export function rehypeFocusableScroll() {
	return (tree: Root) => {
		visit(tree, 'element', (el: Element) => {
			const scrolls = el.tagName === 'table' || el.tagName === 'pre' || classes(el).includes('katex-display');
			if (scrolls && el.properties['tabIndex'] === undefined) el.properties['tabIndex'] = 0;
		});
	};
}
