/**
 * Debian's Chromium driven by playwright-core (browser downloads are impossible here). The flags
 * keep a sandbox-less root Chromium quiet on a machine with no outside network.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Locator, type Page, chromium } from 'playwright-core';

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

/**
 * Scroll an element to the middle of the viewport at once. Playwright's own scrolling first waits
 * for the element to hold still over two animation frames; on a busy CI machine that wait once ran
 * out (30 s) on a long chapter. A reader's scroll does not wait for anything, and neither does this.
 */
export async function scrollToElement(target: Locator): Promise<{ x: number; y: number }> {
	return target.first().evaluate((el) => {
		el.scrollIntoView({ block: 'center' });
		const r = el.getBoundingClientRect();
		return { x: r.left + Math.min(r.width / 2, 24), y: r.top + r.height / 2 };
	});
}

/**
 * Reach for a figure as a reader with a mouse does: scroll its title into view, move the pointer
 * onto it, and wait until the figure is live. `id` is the figure id (the anchor is `fig-<id>`).
 */
export async function reachFigure(page: Page, id: string, timeout = 20_000): Promise<void> {
	const { x, y } = await scrollToElement(page.locator(`#fig-${id} .fig-title`));
	// Two moves, so that the pointer enters the title even if it already rested on that spot.
	await page.mouse.move(x - 2, y);
	await page.mouse.move(x, y);
	await page.waitForSelector(`#fig-${id} course-figure[data-state="ready"]`, { timeout });
}
