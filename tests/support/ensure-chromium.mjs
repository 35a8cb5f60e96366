// Browser tests need Chromium. Browser downloads are impossible on these machines, so use the
// system's: find it, or on Debian as root install it with apt; otherwise say how to get it.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = () => candidates.find((p) => p && fs.existsSync(p));

if (!found()) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = fs.existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log('Chromium not found: installing Debian’s chromium package (apt-get)…');
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	}
}
const path = found();
if (!path) {
	console.error('The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.');
	process.exit(1);
}
console.log(`Chromium: ${path}`);
