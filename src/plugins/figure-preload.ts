/**
 * An Astro integration that tells each figure which script files it will need, so the browser can
 * fetch and compile them while the reader is still reading (`<link rel="modulepreload">`, added by
 * `<course-figure>` in idle time when the figure nears the viewport) without running them: page
 * load stays free of chart code, and the first input pays only for running it.
 *
 * The file names are known only after bundling: the client build writes Vite's manifest, and when
 * the build is done this writes each figure's files (the hydration module, the figure's definition
 * and everything they import statically) into a `data-preload` attribute of its `<course-figure>`,
 * then deletes the manifest. In `astro dev` there is no manifest and no preloading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

interface ManifestChunk {
	file: string;
	src?: string;
	imports?: string[];
	dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const HYDRATE = 'src/figures/client/hydrate.ts';
const DEF = (id: string) => `src/figures/defs/${id}.ts`;

/** A chunk's file and every file it imports statically, transitively (manifest keys in, files out). */
export function closure(manifest: Manifest, key: string): string[] {
	const files = new Set<string>();
	const stack = [key];
	const seen = new Set<string>();
	while (stack.length) {
		const k = stack.pop()!;
		if (seen.has(k)) continue;
		seen.add(k);
		const chunk = manifest[k];
		if (!chunk) continue;
		files.add(chunk.file);
		stack.push(...(chunk.imports ?? []));
	}
	return [...files];
}

/** Add `data-preload` to every `<course-figure data-figure="id">` of a page's HTML. */
export function addPreloads(html: string, manifest: Manifest, base: string): string {
	const hydrate = closure(manifest, HYDRATE);
	if (hydrate.length === 0) return html;
	return html.replace(/<course-figure data-figure="([a-z0-9-]+)"/g, (tag, id: string) => {
		const files = [...new Set([...hydrate, ...closure(manifest, DEF(id))])];
		return `${tag} data-preload="${files.map((f) => `${base}${f}`).join(' ')}"`;
	});
}

export function figurePreload(): AstroIntegration {
	let base = '/';
	return {
		name: 'course-figure-preload',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				updateConfig({ vite: { build: { manifest: true } } });
			},
			'astro:build:done': ({ dir }) => {
				const out = fileURLToPath(dir);
				const manifestFile = path.join(out, '.vite', 'manifest.json');
				if (!fs.existsSync(manifestFile)) throw new Error('[course] figure preload: the client build wrote no .vite/manifest.json');
				const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest;
				if (!manifest[HYDRATE]) throw new Error(`[course] figure preload: ${HYDRATE} is not in the client build's manifest`);
				const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith('.html') ? [path.join(d, e.name)] : []));
				for (const file of walk(out)) {
					const html = fs.readFileSync(file, 'utf8');
					if (html.includes('<course-figure ')) fs.writeFileSync(file, addPreloads(html, manifest, base));
				}
				fs.rmSync(path.join(out, '.vite'), { recursive: true, force: true });
			},
		},
	};
}
