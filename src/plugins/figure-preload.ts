/**
 * An Astro integration that tells each figure which script files it will need, so the browser can
 * fetch and compile them while the reader is still reading (`<link rel="modulepreload">`, added by
 * `<course-figure>` in idle time when the figure nears the viewport) without running them: page
 * load stays free of chart code, and the first input pays only for running it.
 *
 * The file names are known only after bundling: a Vite plugin records the client build's chunks, and
 * when the build is done this writes each figure's files (the hydration module, the figure's
 * definition and everything they import statically) into a `data-preload` attribute of its
 * `<course-figure>`. In `astro dev` nothing is bundled and nothing is preloaded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { ZH_TW_QUERY } from '../i18n/zh-tw/vite';

/** What the client build wrote, by source module: its file and the files it imports statically. */
interface ChunkInfo {
	file: string;
	imports: string[];
}
type ChunkMap = Record<string, ChunkInfo>;

const HYDRATE = 'src/figures/client/hydrate.ts';
const DEF = (id: string) => `src/figures/defs/${id}.ts`;

/** A module's file and every file it imports statically, transitively. */
export function closure(chunks: ChunkMap, source: string): string[] {
	const byFile = new Map(Object.values(chunks).map((c) => [c.file, c]));
	const files = new Set<string>();
	const stack = chunks[source] ? [chunks[source].file] : [];
	while (stack.length) {
		const file = stack.pop()!;
		if (files.has(file)) continue;
		files.add(file);
		stack.push(...(byFile.get(file)?.imports ?? []));
	}
	return [...files];
}

/**
 * Add `data-preload` to every `<course-figure data-figure="id">` of a page's HTML. Traditional
 * Chinese pages load the converted variant of the figure code (`?zh-tw`, src/i18n/zh-tw/vite.ts).
 */
export function addPreloads(html: string, chunks: ChunkMap, base: string): string {
	const variant = /<html[^>]*\slang="zh-TW"/.test(html) ? ZH_TW_QUERY : '';
	const hydrate = closure(chunks, HYDRATE + variant);
	if (hydrate.length === 0) return html;
	return html.replace(/<course-figure data-figure="([a-z0-9-]+)"/g, (tag, id: string) => {
		const files = [...new Set([...hydrate, ...closure(chunks, DEF(id) + variant)])];
		return `${tag} data-preload="${files.map((f) => `${base}${f}`).join(' ')}"`;
	});
}

export function figurePreload(): AstroIntegration {
	let base = '/';
	let root = '';
	// Each Rollup build of the run (server, client, worker) reports its chunks; the client build is
	// the one whose chunks include the hydration module.
	let client: ChunkMap | null = null;
	const plugin: Plugin = {
		name: 'course-figure-chunks',
		generateBundle(_options, bundle) {
			const chunks: ChunkMap = {};
			for (const item of Object.values(bundle)) {
				if (item.type !== 'chunk' || !item.facadeModuleId) continue;
				// A module's `?zh-tw` variant is a module of its own: keep that query, drop others.
				const [file = '', query = ''] = item.facadeModuleId.split('?');
				const source = path.relative(root, file).split(path.sep).join('/') + (`?${query}` === ZH_TW_QUERY ? ZH_TW_QUERY : '');
				chunks[source] = { file: item.fileName, imports: item.imports };
			}
			// Imports of chunks without a facade (shared code) are followed by file name.
			for (const item of Object.values(bundle)) {
				if (item.type === 'chunk' && !item.facadeModuleId) chunks[`chunk:${item.fileName}`] = { file: item.fileName, imports: item.imports };
			}
			if (chunks[HYDRATE] && !chunks[HYDRATE].file.startsWith('chunks/')) client = chunks;
		},
	};
	return {
		name: 'course-figure-preload',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				root = fileURLToPath(config.root);
				updateConfig({ vite: { plugins: [plugin] } });
			},
			'astro:build:done': ({ dir }) => {
				if (!client) throw new Error(`[course] figure preload: no client chunk for ${HYDRATE} was written`);
				const chunks: ChunkMap = client;
				const out = fileURLToPath(dir);
				const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.html') ? [path.join(d, e.name)] : []));
				for (const file of walk(out)) {
					const html = fs.readFileSync(file, 'utf8');
					if (html.includes('<course-figure ')) fs.writeFileSync(file, addPreloads(html, chunks, base));
				}
			},
		},
	};
}
