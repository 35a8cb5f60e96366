/**
 * Debian's Chromium driven by playwright-core (browser downloads are impossible here). The flags
 * keep a sandbox-less root Chromium quiet on a machine with no outside network.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export function chromiumPath(): string {
	const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	const found = candidates.find((p): p is string => Boolean(p && fs.existsSync(p)));
	if (!found) throw new Error('No Chromium found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH');
	return found;
}

export async function launchBrowser(): Promise<Browser> {
	const tmp = path.resolve('tests/.tmp');
	fs.mkdirSync(tmp, { recursive: true });
	process.env['TMPDIR'] = tmp;
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
		env: { ...process.env, TMPDIR: tmp, HOME: os.homedir() },
	});
}
