// Browser tests need Chromium, and the Chinese pages need a CJK font: print-to-PDF tests read the
// Chinese text back, and the phone-width text measurements need real glyphs. Browser downloads are
// impossible on these machines, so use the system's packages: find them, or on Debian as root
// install them with apt; otherwise say how to get them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const found = () => candidates.find((p) => p && fs.existsSync(p));

/** Is a font covering Simplified Chinese installed? (fontconfig knows; without fc-list, assume not.) */
function hasCjkFont() {
	try {
		return execFileSync('fc-list', [':lang=zh-cn', 'family'], { encoding: 'utf8' }).trim().length > 0;
	} catch {
		return false;
	}
}

const missing = [...(found() ? [] : ['chromium']), ...(hasCjkFont() ? [] : ['fonts-noto-cjk'])];
if (missing.length) {
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	const hasApt = fs.existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log(`Installing Debian packages the browser tests need: ${missing.join(', ')} (apt-get)…`);
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	}
}
const path = found();
if (!path) {
	console.error('The browser tests need Chromium. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.');
	process.exit(1);
}
if (!hasCjkFont()) {
	console.error('The browser tests need a Chinese font. Install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk).');
	process.exit(1);
}
console.log(`Chromium: ${path}; CJK font: installed`);
