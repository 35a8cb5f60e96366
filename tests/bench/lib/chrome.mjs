// Chromium for Lighthouse: Debian's /usr/bin/chromium started by hand with a DevTools port (no
// chrome-launcher), in its own process group so that stopping it stops its helpers too.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assertRunning, onCleanup, trackGroup } from './cleanup.mjs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROME_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** @returns {Promise<{ port: number, close: () => Promise<void> }>} */
export async function launchChrome(tmpRoot) {
	assertRunning();
	fs.mkdirSync(tmpRoot, { recursive: true });
	const userDataDir = fs.mkdtempSync(path.join(tmpRoot, 'chrome-'));
	const child = spawn(
		CHROME_PATH,
		[...CHROME_FLAGS, '--disable-quic', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'],
		{ detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TMPDIR: tmpRoot } },
	);
	const untrack = trackGroup(child.pid);
	let exited = false;
	const exitPromise = new Promise((resolve) => child.once('exit', () => ((exited = true), resolve())));
	const close = async () => {
		unregister();
		if (!exited) {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {}
			const timer = setTimeout(() => {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {}
			}, 3000);
			await exitPromise;
			clearTimeout(timer);
		}
		untrack();
		fs.rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
	};
	const unregister = onCleanup(close);
	const port = await new Promise((resolve, reject) => {
		let buffer = '';
		let found = false;
		const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port in 30 s: ${buffer.slice(-500)}`)), 30000);
		child.stderr.on('data', (chunk) => {
			if (found) return;
			buffer = (buffer + chunk).slice(-4000);
			const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(buffer);
			if (m) {
				found = true;
				clearTimeout(timer);
				resolve(Number(m[1]));
			}
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			if (!found) reject(new Error(`Chromium exited (${code}) before listening: ${buffer.slice(-500)}`));
		});
	}).catch(async (error) => {
		await close();
		throw error;
	});
	return { port, close };
}
