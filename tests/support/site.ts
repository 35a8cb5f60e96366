/**
 * The built site under test: `dist/`, built with a non-empty base path (see `npm run build:test`),
 * served by a tiny static server on a free loopback port, the way GitHub Pages serves it.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { normaliseBase } from '../../src/site';

export const DIST = path.resolve('dist');
export const BASE = normaliseBase(process.env['BASE_PATH'] ?? '/scale-and-emergence/');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.pf_meta': 'application/octet-stream',
};

/** The file a URL path maps to inside dist/, or null (outside the base, or missing). */
export function fileForPath(urlPath: string): string | null {
	if (!urlPath.startsWith(BASE)) return null;
	let rel = decodeURIComponent(urlPath.slice(BASE.length));
	if (rel === '' || rel.endsWith('/')) rel += 'index.html';
	const file = path.join(DIST, rel);
	if (!file.startsWith(DIST)) return null;
	return fs.existsSync(file) && fs.statSync(file).isFile() ? file : null;
}

export function assertBuilt(): void {
	if (!fs.existsSync(path.join(DIST, 'index.html'))) {
		throw new Error('dist/ has no build: run `npm run build:test` first (npm test does)');
	}
}

export async function startServer(): Promise<{ origin: string; close: () => Promise<void> }> {
	assertBuilt();
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const file = fileForPath(url.pathname);
		if (!file) {
			const notFound = path.join(DIST, '404.html');
			res.writeHead(404, { 'Content-Type': TYPES['.html'] ?? 'text/html' });
			res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
			return;
		}
		res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
		fs.createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

/** Every HTML page in dist/, as URL paths under the base. */
export function builtPages(): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.html')) out.push(full);
		}
	};
	walk(DIST);
	return out.map((f) => BASE + path.relative(DIST, f).split(path.sep).join('/').replace(/index\.html$/, '')).sort();
}
