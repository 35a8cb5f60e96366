// Page weight counted from a build's output directory (exact, unlike a browser's page-weight
// figure, which changes with timing). For every HTML page:
//   HTML     the page itself;
//   CSS      every <link rel="stylesheet"> (print-only sheets included: the browser fetches them too);
//   JS load  every <script> the page runs up front: external module scripts with their static
//            imports (transitively), plus inline scripts (JSON data blocks excluded);
//   JS idle  what those scripts import dynamically as soon as the page is idle: Starlight's search
//            UI (Search.astro imports Pagefind's UI core in requestIdleCallback after DOMContentLoaded);
//   JS later what they import on demand: for us, <course-figure>'s hydrate chunk (with Plot) and the
//            definitions of the figures on *this* page, fetched (not run) in idle time when a figure
//            comes within a screen of the viewport, run when the reader reaches for it.
// Imports whose specifier is computed at run time (Pagefind's `${bundlePath}pagefind.js`, loaded
// on the first search) are not counted, nor is the compute worker (`new Worker(new URL(…))`), which
// starts only when a figure runs a computation.
// Also per page: its HTML elements (the same count as the site test's budget), its language, its
// figures with their controls and the script files each preloads, and its figures' images.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { elementCount } from '../../support/elements.ts';

export const zero = () => ({ raw: 0, gzip: 0 });
export const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const sizeCache = new Map();
export function sizeOfBuffer(buf) {
	return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}
export function sizeOf(file) {
	if (!sizeCache.has(file)) sizeCache.set(file, sizeOfBuffer(fs.readFileSync(file)));
	return sizeCache.get(file);
}
export const sumFiles = (files) => [...files].reduce((acc, f) => add(acc, sizeOf(f)), zero());

// `import{a as b}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"` (minified or not).
const STATIC_IMPORT = /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w*{}\s,$]+?\s*from\s*)?["'`]([^"'`$]+)["'`]/g;
// `import("./x.js")` or, as Rolldown writes it, import(`./x.js`); computed specifiers are skipped.
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g;

/** A chunk's name without its hash and variant: `hydrate.zh-tw.AbC123xy.js` → `hydrate`. */
const stemOf = (file) => path.basename(file).replace(/\.zh-tw(?=\.)/, '').replace(/\.[\w-]{8}\.js$/, '');
const isTraditionalVariant = (file) => /\.zh-tw\.[\w-]{8}\.js$/.test(path.basename(file));

/**
 * The dynamic imports a page of one script actually makes: a Traditional Chinese page (lang="zh-TW")
 * loads the converted variant of the figure code (`<name>.zh-tw.<hash>.js`, src/i18n/zh-tw/vite.ts),
 * every other page the original.
 */
export function dynamicsForPage(dynamics, traditional) {
	const variants = new Set(dynamics.filter(isTraditionalVariant).map(stemOf));
	return dynamics.filter((d) => (isTraditionalVariant(d) ? traditional : !(traditional && variants.has(stemOf(d)))));
}

/** The counter for one build directory served at `/`. */
export function createCounter(dist) {
	const resolveSpec = (spec, fromDir) => {
		const clean = spec.split(/[?#]/)[0];
		if (clean.startsWith('/')) return path.join(dist, decodeURIComponent(clean));
		if (clean.startsWith('./') || clean.startsWith('../')) return path.resolve(fromDir, clean);
		return null; // bare specifier or URL: not a file of the build
	};
	const fileOfUrl = (url) => resolveSpec(url, dist);
	const parsed = new Map();
	/** A module's static and dynamic imports, as files. */
	const importsOf = (file) => {
		if (!parsed.has(file)) {
			const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
			const dir = path.dirname(file);
			const statics = [...text.matchAll(STATIC_IMPORT)].map((m) => resolveSpec(m[1], dir)).filter((f) => f && /\.m?js$/.test(f));
			const dynamics = [...text.matchAll(DYNAMIC_IMPORT)].map((m) => resolveSpec(m[1], dir)).filter((f) => f && /\.m?js$/.test(f));
			parsed.set(file, { statics, dynamics });
		}
		return parsed.get(file);
	};
	/** A module and everything it imports statically, transitively. */
	const closure = (entries, into = new Set()) => {
		const stack = [...entries];
		while (stack.length) {
			const file = stack.pop();
			if (into.has(file) || !fs.existsSync(file)) continue;
			into.add(file);
			stack.push(...importsOf(file).statics);
		}
		return into;
	};

	/**
	 * @param {string} file an HTML file in dist
	 * @param {{ figureIds?: Set<string> }} [options] every figure id of the site (to keep only this page's definitions)
	 */
	function countPage(file, options = {}) {
		const html = fs.readFileSync(file, 'utf8');
		const rel = path.relative(dist, file).split(path.sep).join('/');
		const page = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
		const figureBlocks = figuresOf(html, fileOfUrl);
		const pageFigures = figureBlocks.map((f) => f.id);
		const traditional = /<html\b[^>]*\blang="zh-TW"/.test(html);
		const dynamicsOf = (f) => dynamicsForPage(importsOf(f).dynamics, traditional);
		const cssFiles = new Set();
		for (const m of html.matchAll(/<link\b[^>]*>/g)) {
			if (!/\brel="?stylesheet\b/.test(m[0])) continue;
			const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
			const f = href && fileOfUrl(href);
			if (f && fs.existsSync(f)) cssFiles.add(f);
		}
		let inline = zero();
		let inlineCss = zero();
		const entries = [];
		const inlineDynamic = [];
		for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
			const src = /\bsrc="([^"]+)"/.exec(m[1])?.[1];
			if (src) {
				const f = fileOfUrl(src);
				if (f) entries.push(f);
			} else if (!/\btype="?(application\/(ld\+)?json|importmap|speculationrules|text\/template)/.test(m[1]) && m[2].trim()) {
				inline = add(inline, sizeOfBuffer(Buffer.from(m[2])));
				for (const s of m[2].matchAll(STATIC_IMPORT)) {
					const f = resolveSpec(s[1], dist);
					if (f && /\.m?js$/.test(f)) entries.push(f);
				}
				for (const d of m[2].matchAll(DYNAMIC_IMPORT)) {
					const f = resolveSpec(d[1], dist);
					if (f) inlineDynamic.push({ file: f, from: 'inline' });
				}
			}
		}
		for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) inlineCss = add(inlineCss, sizeOfBuffer(Buffer.from(m[1])));
		const load = closure(entries);
		// Dynamic imports reachable from the page's scripts, and which entry they hang off.
		const idle = new Set();
		const later = new Set();
		const seen = new Set();
		const queue = [...inlineDynamic];
		for (const entry of entries) {
			const origin = /Search\.astro/.test(path.basename(entry)) ? 'idle' : 'later';
			for (const f of closure([entry])) for (const d of dynamicsOf(f)) queue.push({ file: d, from: origin });
		}
		while (queue.length) {
			const { file: d, from } = queue.shift();
			const key = `${from}:${d}`;
			if (seen.has(key)) continue;
			seen.add(key);
			// The figure registry imports every definition lazily; a page loads only its own.
			const base = path.basename(d);
			const figureId = options.figureIds && [...options.figureIds].find((id) => base.startsWith(`${id}.`));
			if (figureId && !pageFigures.includes(figureId)) continue;
			const target = from === 'idle' ? idle : later;
			for (const f of closure([d])) {
				if (load.has(f)) continue;
				target.add(f);
				for (const dd of dynamicsOf(f)) queue.push({ file: dd, from });
			}
		}
		for (const f of idle) later.delete(f);
		return {
			page,
			file,
			kind: pageKind(rel, html),
			lang: /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? '?',
			elements: elementCount(html),
			figures: pageFigures,
			figureDetails: figureBlocks,
			images: sumFiles(new Set(figureBlocks.flatMap((f) => f.images.map((i) => i.file)))),
			imageFiles: [...new Set(figureBlocks.flatMap((f) => f.images.map((i) => i.file)))],
			html: sizeOf(file),
			css: sumFiles(cssFiles),
			cssFiles: [...cssFiles],
			inlineCss,
			inlineJs: inline,
			jsLoad: add(sumFiles(load), inline),
			jsLoadFiles: [...load],
			jsIdle: sumFiles(idle),
			jsIdleFiles: [...idle],
			jsLater: sumFiles(later),
			jsLaterFiles: [...later],
		};
	}

	return { countPage, fileOfUrl };
}

/**
 * A page's figures, from its HTML: id, controls (the `data-param` of its sliders, of those without
 * value labels in the page, and of its radio groups, in order), the script files `data-preload` names, and its default view's images (one
 * file per plot, layout and theme).
 */
function figuresOf(html, fileOfUrl) {
	const attr = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
	return [...html.matchAll(/<course-figure\b([^>]*)>([\s\S]*?)<\/course-figure>/g)].map(([, open, body]) => {
		const inputs = [...body.matchAll(/<input\b[^>]*>/g)].map((m) => ({ type: attr(m[0], 'type'), param: attr(m[0], 'data-param'), labels: /\bdata-labels=/.test(m[0]) })).filter((i) => i.param);
		const params = (type, keep = () => true) => [...new Set(inputs.filter((i) => i.type === type && keep(i)).map((i) => i.param))];
		return {
			id: attr(open, 'data-figure'),
			ranges: params('range'),
			// Sliders whose page carries no value labels (too many positions): their label waits for the figure code.
			unlabelled: params('range', (i) => !i.labels),
			radios: params('radio'),
			preload: (attr(open, 'data-preload') ?? '').split(' ').filter(Boolean).map(fileOfUrl),
			images: [...body.matchAll(/<img\b[^>]*\bclass="fig-img"[^>]*>/g)].map((m) => ({ file: fileOfUrl(attr(m[0], 'src') ?? ''), layout: attr(m[0], 'data-layout'), theme: attr(m[0], 'data-theme') })),
		};
	});
}

/** The kind of Starlight page, to compare like with like: 404, splash, or docs (± code blocks). */
function pageKind(rel, html) {
	if (/(^|\/)404(\.html|\/index\.html)$/.test(rel)) return '404';
	const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
	if (/\bdata-has-hero\b/.test(htmlTag)) return 'splash';
	return /class="expressive-code\b/.test(html) ? 'docs+code' : 'docs';
}

/** Every HTML page of a build (Pagefind's and asset folders skipped), sorted. */
export function htmlPages(dist) {
	const out = [];
	const walk = (dir) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, e.name);
			if (e.isDirectory()) {
				if (e.name !== 'pagefind' && e.name !== '_astro') walk(full);
			} else if (e.name.endsWith('.html')) out.push(full);
		}
	};
	walk(dist);
	return out.sort((a, b) => urlOf(dist, a).localeCompare(urlOf(dist, b)));
}

export const urlOf = (dist, file) => '/' + path.relative(dist, file).split(path.sep).join('/').replace(/(^|\/)index\.html$/, '$1');

/** Count every page of a build. */
export function countSite(dist) {
	const files = htmlPages(dist);
	const figureIds = new Set();
	for (const f of files) for (const m of fs.readFileSync(f, 'utf8').matchAll(/<course-figure\b[^>]*\bdata-figure="([^"]+)"/g)) figureIds.add(m[1]);
	const counter = createCounter(dist);
	return files.map((f) => counter.countPage(f, { figureIds }));
}
