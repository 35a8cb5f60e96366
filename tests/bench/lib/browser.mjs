// Chromium through playwright-core: (1) which scripts a page really requests on load, checked
// against the count from dist/; (2) that figure code loads only when a figure nears the viewport;
// (3) the time from moving a figure control to the redrawn figure.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { assertRunning, onCleanup } from './cleanup.mjs';
import { CHROME_PATH } from './chrome.mjs';
import { sizeOf, zero, add } from './bytes.mjs';

// Lighthouse's mobile screen, so "near the viewport at load" means the same thing in both.
export const MOBILE = { width: 412, height: 823 };
const ROOT_MARGIN = 300; // <course-figure>'s IntersectionObserver rootMargin (src/figures/client/element.ts)

export async function launchBrowser(tmp) {
	assertRunning();
	process.env.TMPDIR = tmp;
	const browser = await chromium.launch({
		executablePath: CHROME_PATH,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
		env: { ...process.env, TMPDIR: tmp },
	});
	const unregister = onCleanup(() => browser.close());
	return {
		browser,
		close: async () => {
			unregister();
			await browser.close();
		},
	};
}

/**
 * Load every page at phone size, without scrolling, and list the JS files it requests (up to
 * network idle + 1 s, which lets Starlight's idle-time search UI load). Then, on pages with
 * figures, scroll the first figure into view and check that its code arrives and it hydrates.
 * @param {{ browser: import('playwright-core').Browser, origin: string, dist: string, rows: any[], log: Function, label: string }} o
 */
export async function checkLoads({ browser, origin, dist, rows, log, label }) {
	const out = [];
	const urlToFile = (u) => {
		const url = new URL(u);
		return url.origin === origin ? path.join(dist, decodeURIComponent(url.pathname)) : null;
	};
	for (const row of rows) {
		const context = await browser.newContext({ viewport: MOBILE, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
		try {
			const page = await context.newPage();
			const requested = new Set();
			page.on('request', (r) => {
				const f = urlToFile(r.url());
				if (f && /\.m?js$/.test(f)) requested.add(f);
			});
			await page.goto(origin + row.page, { waitUntil: 'load' });
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1000);
			const atLoad = new Set(requested);
			const inSet = (set) => [...atLoad].filter((f) => set.has(f));
			const load = new Set(row.jsLoadFiles);
			const idle = new Set(row.jsIdleFiles);
			const later = new Set(row.jsLaterFiles);
			const missing = row.jsLoadFiles.filter((f) => !atLoad.has(f)); // counted at load, never requested
			const unknown = [...atLoad].filter((f) => !load.has(f) && !idle.has(f) && !later.has(f));
			const geometry = await page.evaluate(() => ({
				innerHeight,
				tops: [...document.querySelectorAll('course-figure')].map((el) => Math.round(el.getBoundingClientRect().top + scrollY)),
			}));
			const nearAtLoad = geometry.tops.some((top) => top < geometry.innerHeight + 300);
			const figureCodeAtLoad = inSet(later);
			const result = {
				page: row.page,
				requestedAtLoad: [...atLoad].map((f) => path.basename(f)).sort(),
				externalAtLoad: sum(inSet(load)),
				idleAtLoad: sum(inSet(idle)),
				laterAtLoad: sum(figureCodeAtLoad),
				missing: missing.map((f) => path.basename(f)),
				unknown: unknown.map((f) => path.basename(f)),
				firstFigureTop: geometry.tops.length ? Math.min(...geometry.tops) : null,
				innerHeight: geometry.innerHeight,
				nearAtLoad,
				figures: geometry.tops.length,
			};
			// No figure code at load, nor when a figure is merely scrolled into view: it loads when the
			// reader reaches for a figure (pointer, touch, focus) or the URL carries a figure's state.
			result.lazyOk = geometry.tops.length === 0 ? null : figureCodeAtLoad.length === 0;
			if (geometry.tops.length) {
				await page.locator('course-figure').first().scrollIntoViewIfNeeded();
				await page.waitForTimeout(500);
				result.figureCodeOnScrollOnly = sum([...requested].filter((f) => later.has(f)));
				const t0 = Date.now();
				await page.locator('course-figure').first().hover({ position: { x: 5, y: 5 } });
				try {
					await page.waitForFunction(() => [...document.querySelectorAll('course-figure')].some((f) => f.dataset.state === 'ready'), null, { timeout: 20000 });
					result.readyAfterScrollMs = Date.now() - t0;
				} catch {
					result.readyAfterScrollMs = null;
				}
				await page.waitForLoadState('networkidle');
				result.figureCodeAfterScroll = sum([...requested].filter((f) => later.has(f)));
				result.lazyOk = result.lazyOk && result.figureCodeOnScrollOnly.gzip === 0 && result.readyAfterScrollMs !== null && result.figureCodeAfterScroll.gzip > 0;
			}
			result.countOk = missing.length === 0 && unknown.length === 0;
			log(`[${label} chromium] ${row.page}: ${result.requestedAtLoad.length} JS files at load${missing.length ? `, MISSING ${missing.length}` : ''}${unknown.length ? `, UNCOUNTED ${unknown.join(' ')}` : ''}${row.figures.length ? `; figure code at load ${result.laterAtLoad.gzip} B gzip (near: ${nearAtLoad}), ready after scroll ${result.readyAfterScrollMs} ms` : ''}`);
			out.push(result);
		} finally {
			await context.close();
		}
	}
	return out;
}

const sum = (files) => files.reduce((acc, f) => add(acc, sizeOf(f)), zero());

const quantile = (sorted, q) => {
	if (!sorted.length) return null;
	const pos = (sorted.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
};
export const stats = (values) => {
	const s = [...values].sort((a, b) => a - b);
	return { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), max: s.at(-1) ?? null };
};

/**
 * Move one control of a figure `presses` times with the keyboard (ArrowRight on a range input,
 * turning back at its ends; ArrowRight through a radio group) and time each input event to the
 * next completed render: `<course-figure>` bumps `data-rendered` at the end of every render, in the
 * animation frame after the input. Also timed: the render work itself (the start of that animation
 * frame's callbacks to the bump), by wrapping requestAnimationFrame in the page.
 * @param {{ browser: import('playwright-core').Browser, origin: string, cases: {figure: string, page: string, control: 'range'|'radio'}[], presses: number, log: Function }} o
 */
export async function figureTiming({ browser, origin, cases, presses, log }) {
	const out = [];
	for (const c of cases) {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		try {
			const page = await context.newPage();
			await page.addInitScript(() => {
				const raf = window.requestAnimationFrame.bind(window);
				window.__benchFrameStart = 0;
				window.requestAnimationFrame = (cb) =>
					raf((t) => {
						window.__benchFrameStart = performance.now();
						cb(t);
					});
			});
			await page.goto(origin + c.page, { waitUntil: 'load' });
			const selector = `course-figure[data-figure="${c.figure}"]`;
			const t0 = Date.now();
			await page.locator(selector).scrollIntoViewIfNeeded();
			await page.locator(selector).hover({ position: { x: 5, y: 5 } });
			await page.waitForFunction((s) => document.querySelector(s)?.dataset.state === 'ready', selector, { timeout: 30000 });
			const readyMs = Date.now() - t0;
			await page.evaluate((s) => {
				const fig = document.querySelector(s);
				const bench = (window.__bench = { samples: [], pending: null });
				fig.addEventListener('input', (e) => (bench.pending = { t: e.timeStamp }), true);
				new MutationObserver(() => {
					if (!bench.pending) return;
					const now = performance.now();
					bench.samples.push({ total: now - bench.pending.t, work: now - window.__benchFrameStart });
					bench.pending = null;
				}).observe(fig, { attributes: true, attributeFilter: ['data-rendered'] });
			}, selector);
			const control = c.control === 'radio' ? page.locator(`${selector} input[type=radio]:checked`).first() : page.locator(`${selector} input[type=range]`).first();
			const param = await control.getAttribute('data-param');
			await control.focus();
			let direction = 'ArrowRight';
			for (let i = 0; i < presses; i++) {
				if (c.control === 'range') {
					const at = await page.evaluate(() => {
						const el = document.activeElement;
						return { v: Number(el.value), min: Number(el.min || 0), max: Number(el.max || 100) };
					});
					if (at.v >= at.max) direction = 'ArrowLeft';
					else if (at.v <= at.min) direction = 'ArrowRight';
				}
				await page.keyboard.press(direction);
				await page.waitForFunction((n) => window.__bench.samples.length > n, i, { polling: 'raf', timeout: 10000 });
			}
			const samples = await page.evaluate(() => window.__bench.samples);
			const total = stats(samples.map((s) => s.total));
			const work = stats(samples.map((s) => s.work));
			log(`[figures] ${c.figure} (${c.control} ${param}, ${samples.length} moves): median ${total.median.toFixed(1)} ms, p95 ${total.p95.toFixed(1)} ms; render work median ${work.median.toFixed(1)} ms`);
			out.push({ ...c, param, readyMs, total, work });
		} finally {
			await context.close();
		}
	}
	return out;
}
