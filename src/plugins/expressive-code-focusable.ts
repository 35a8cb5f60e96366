/**
 * An Expressive Code plugin: code blocks scroll sideways on a phone, so their `<pre>` gets
 * `tabindex=0` to be reachable by keyboard — like the math and tables that rehypeFocusableScroll
 * handles (Expressive Code renders code after the Markdown plugins have run).
 */
interface HastLike {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastLike[];
}

function markPre(node: HastLike): void {
	if (node.type === 'element' && node.tagName === 'pre') node.properties = { ...node.properties, tabIndex: 0 };
	for (const child of node.children ?? []) markPre(child);
}

export const focusableCode = {
	name: 'focusable-code',
	hooks: {
		postprocessRenderedBlock: ({ renderData }: { renderData: { blockAst: HastLike } }) => markPre(renderData.blockAst),
	},
};
