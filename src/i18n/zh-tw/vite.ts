/**
 * Figures re-render in the browser, and on a `zh-tw` page they must speak Traditional Chinese
 * without OpenCC in the browser. This Vite plugin serves every course module under a `?zh-tw`
 * variant (`import('./hydrate?zh-tw')`, loaded by `<course-figure>` on `zh-tw` pages) whose Chinese
 * string literals, template strings and regular expressions are converted at build time; every
 * module it imports from `src/` gets the same variant, so the figure definitions, `ui.ts`,
 * `units.ts` and the rest arrive converted, while packages (Plot) are shared. The converted code
 * runs its Chinese code path (`lang` is `zh-cn` in it) and prints Traditional text.
 *
 * So a `zh-tw` page loads the same amount of figure code as a `zh-cn` page (its own copies of the
 * course's modules, with converted strings) and no converter: `tests/site/zh-tw.test.ts` checks
 * that no OpenCC dictionary is in `dist/_astro/`. New figures need nothing: any module they import
 * from `src/` is converted the same way.
 */
import path from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';
import { toTraditional } from './convert';

export const ZH_TW_QUERY = '?zh-tw';

const HAN = /[\p{Script=Han}“”‘’]/u;

interface EsNode {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

/** Convert the Chinese literals of a JavaScript module (after TypeScript is stripped). */
export function convertLiterals(code: string, program: EsNode): { code: string; map: ReturnType<MagicString['generateMap']> } | null {
	const s = new MagicString(code);
	let changed = false;
	const replace = (node: EsNode, text: string) => {
		s.overwrite(node.start, node.end, text);
		changed = true;
	};
	const visit = (node: unknown, parent?: EsNode): void => {
		if (!node || typeof node !== 'object') return;
		if (Array.isArray(node)) {
			for (const child of node) visit(child, parent);
			return;
		}
		const n = node as EsNode;
		if (typeof n.type !== 'string') return;
		if (n.type === 'Literal') {
			const regex = n['regex'] as { pattern: string; flags: string } | undefined;
			if (regex && HAN.test(regex.pattern)) replace(n, `/${toTraditional(regex.pattern)}/${regex.flags}`);
			else if (typeof n['value'] === 'string' && HAN.test(n['value'])) replace(n, JSON.stringify(toTraditional(n['value'])));
			return;
		}
		if (n.type === 'TemplateElement') {
			const cooked = (n['value'] as { cooked: string | null }).cooked;
			if (cooked !== null && HAN.test(cooked)) replace(n, toTraditional(cooked).replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${'));
			return;
		}
		// `{ 万: 1e4 }`: a Chinese property name is a string too.
		if (n.type === 'Identifier' && parent?.type === 'Property' && parent['key'] === n && !parent['computed'] && HAN.test(String(n['name']))) {
			replace(n, JSON.stringify(toTraditional(String(n['name']))));
			if (parent['shorthand']) throw new Error(`[course] zh-tw: shorthand property "${String(n['name'])}" cannot be converted`);
			return;
		}
		for (const [key, value] of Object.entries(n)) if (key !== 'type' && value && typeof value === 'object') visit(value, n);
	};
	visit(program);
	return changed ? { code: s.toString(), map: s.generateMap({ hires: true }) } : null;
}

/** Two plugins: the variant's imports are resolved first (before Vite's resolver), its literals converted last (after TypeScript is stripped). */
export function zhTwModules(srcDir: string): Plugin[] {
	const inSrc = (id: string) => id.startsWith(srcDir + path.sep) && !id.includes('?') && /\.(?:[cm]?[jt]s|json)$/.test(id);
	return [
		{
			name: 'course-zh-tw-modules:resolve',
			enforce: 'pre',
			async resolveId(source, importer, options) {
				if (!importer?.endsWith(ZH_TW_QUERY) || source.includes('?') || source.startsWith('\0')) return null;
				const resolved = await this.resolve(source, importer.slice(0, -ZH_TW_QUERY.length), { ...options, skipSelf: true });
				if (!resolved || resolved.external || !inSrc(resolved.id)) return resolved;
				return { ...resolved, id: `${resolved.id}${ZH_TW_QUERY}` };
			},
		},
		{
			name: 'course-zh-tw-modules:convert',
			enforce: 'post',
			// A variant's chunk is named `<name>.zh-tw.<hash>.js`, so that it can be told apart (the benchmark counts a page's figure code by file).
			outputOptions(output) {
				const names = output.chunkFileNames;
				if (!names) return null;
				const variant = (name: string) => name.replace(/(\.\[hash\])?\.js$/, '.zh-tw$&');
				return {
					...output,
					chunkFileNames: (chunk) => {
						const name = typeof names === 'function' ? names(chunk) : names;
						return chunk.facadeModuleId?.endsWith(ZH_TW_QUERY) ? variant(name) : name;
					},
				};
			},
			transform(code, id) {
				if (!id.endsWith(ZH_TW_QUERY) || !HAN.test(code)) return null;
				return convertLiterals(code, this.parse(code) as unknown as EsNode);
			},
		},
	];
}
