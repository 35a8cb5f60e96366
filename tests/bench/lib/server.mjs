// A tiny static server for a built site served at `/` (the bench builds with BASE_PATH=/), on a
// free loopback port, the way a static host serves it: `dir/` → `dir/index.html`, `dir` →
// redirect to `dir/`, anything else missing → 404.html with status 404. Text is sent gzipped when
// the client accepts it, as GitHub Pages does: Lighthouse's simulated mobile network counts the
// bytes transferred.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const gzCache = new Map();
function gzipped(file) {
	const key = `${file}:${fs.statSync(file).mtimeMs}`;
	if (!gzCache.has(key)) gzCache.set(key, gzipSync(fs.readFileSync(file), { level: 6 }));
	return gzCache.get(key);
}

/** @returns {Promise<{ origin: string, close: () => Promise<void> }>} */
export async function startStaticServer(root) {
	const base = path.resolve(root);
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		let rel;
		try {
			rel = decodeURIComponent(url.pathname);
		} catch {
			rel = '/';
		}
		let file = path.join(base, rel);
		if (!file.startsWith(base)) file = base + '/__nope__';
		if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
			if (!rel.endsWith('/')) {
				res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
				res.end();
				return;
			}
			file = path.join(file, 'index.html');
		}
		if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
			const notFound = path.join(base, '404.html');
			res.writeHead(404, { 'Content-Type': TYPES['.html'] });
			res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
			return;
		}
		const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
		const headers = {
			'Content-Type': type,
			// Like a static host with hashed assets.
			'Cache-Control': rel.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'max-age=600',
		};
		const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const body = gzip ? gzipped(file) : fs.readFileSync(file);
		if (gzip) Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
		res.writeHead(200, { ...headers, 'Content-Length': body.length });
		res.end(req.method === 'HEAD' ? undefined : body);
	});
	server.keepAliveTimeout = 1000;
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections?.();
				server.close(() => resolve());
			}),
	};
}
