// Chromium through playwright-core: (1) which scripts a page really requests on load, checked
// against the count from dist/; (2) that figure code is at most fetched early (preloaded) and runs
// only when the reader reaches for a figure; (3) the time from moving a figure control to the
// redrawn figure.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { assertRunning, onCleanup } from './cleanup.mjs';
import { CHROME_PATH } from './chrome.mjs';
import { sizeOf, zero, add } from './bytes.mjs';

// Lighthouse's mobile screen, so "near the viewport at load" means the same thing in both.
export const MOBILE = { width: 412, height: 823 };

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
 * network idle + 1 s, which lets Starlight's idle-time search UI load). On pages with figures, also
 * check that figure code is fetched early only as a preload, never run: `<course-figure>` adds
 * `<link rel="modulepreload">` in idle time for figures within a screen of the viewport (fetched
 * and compiled, not run), and runs the figure code only when the reader reaches for a figure. So at
 * load, and again after scrolling the first figure into view, no figure may have `data-state` or
 * `data-rendered`, and every figure script requested must be one a nearby figure preloads; then the
 * pointer enters the figure, and it must become interactive with its code.
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
			const figures = await figureStatus(page, urlToFile);
			const result = {
				page: row.page,
				requestedAtLoad: [...atLoad].map((f) => path.basename(f)).sort(),
				externalAtLoad: sum(inSet(load)),
				idleAtLoad: sum(inSet(idle)),
				laterAtLoad: sum(inSet(later)),
				missing: missing.map((f) => path.basename(f)),
				unknown: unknown.map((f) => path.basename(f)),
				firstFigureTop: figures.tops.length ? Math.min(...figures.tops) : null,
				innerHeight: figures.innerHeight,
				nearAtLoad: figures.near.length,
				figures: figures.tops.length,
			};
			if (figures.tops.length) {
				// Fetched early: only what a figure within a screen preloads; run: nothing.
				const early = checkEarly(inSet(later), figures);
				result.ranAtLoad = figures.ran;
				result.notPreloadedAtLoad = early.notPreloaded;
				await page.locator('course-figure').first().scrollIntoViewIfNeeded();
				await page.waitForTimeout(1500); // the idle callback that preloads (timeout 3 s; idle here)
				const onScroll = await figureStatus(page, urlToFile);
				const fetchedOnScroll = [...requested].filter((f) => later.has(f) && !atLoad.has(f));
				result.fetchedOnScroll = sum(fetchedOnScroll);
				result.ranOnScroll = onScroll.ran;
				result.notPreloadedOnScroll = checkEarly(fetchedOnScroll, onScroll).notPreloaded;
				const t0 = Date.now();
				await page.locator('course-figure').first().hover({ position: { x: 5, y: 5 } });
				try {
					await page.waitForFunction(() => [...document.querySelectorAll('course-figure')].some((f) => f.dataset.state === 'ready'), null, { timeout: 20000 });
					result.readyAfterReachMs = Date.now() - t0;
				} catch {
					result.readyAfterReachMs = null;
				}
				await page.waitForLoadState('networkidle');
				result.figureCodeAfterReach = sum([...requested].filter((f) => later.has(f)));
				result.lazyOk =
					result.ranAtLoad.length === 0 &&
					result.notPreloadedAtLoad.length === 0 &&
					result.ranOnScroll.length === 0 &&
					result.notPreloadedOnScroll.length === 0 &&
					result.readyAfterReachMs !== null &&
					result.figureCodeAfterReach.gzip > 0;
			} else result.lazyOk = null;
			result.countOk = missing.length === 0 && unknown.length === 0;
			const problems = [
				result.ranAtLoad?.length ? `RAN at load: ${result.ranAtLoad.join(' ')}` : '',
				result.notPreloadedAtLoad?.length ? `fetched at load without a nearby preload: ${result.notPreloadedAtLoad.join(' ')}` : '',
				result.ranOnScroll?.length ? `RAN on scroll: ${result.ranOnScroll.join(' ')}` : '',
				result.notPreloadedOnScroll?.length ? `fetched on scroll without a nearby preload: ${result.notPreloadedOnScroll.join(' ')}` : '',
			].filter(Boolean);
			log(`[${label} chromium] ${row.page}: ${result.requestedAtLoad.length} JS files at load${missing.length ? `, MISSING ${missing.length}` : ''}${unknown.length ? `, UNCOUNTED ${unknown.join(' ')}` : ''}${row.figures.length ? `; figure code fetched at load ${result.laterAtLoad.gzip} B gzip (${result.nearAtLoad} figures within a screen), on scroll ${result.fetchedOnScroll.gzip} B; interactive ${result.readyAfterReachMs} ms after the pointer entered${problems.length ? `; ${problems.join('; ')}` : ''}` : ''}`);
			out.push(result);
		} finally {
			await context.close();
		}
	}
	return out;
}

/** Where the page's figures are, which are within a screen of the viewport, what those preload, and which have run. */
async function figureStatus(page, urlToFile) {
	const s = await page.evaluate(() => ({
		innerHeight,
		figures: [...document.querySelectorAll('course-figure')].map((el) => {
			const box = el.getBoundingClientRect();
			return {
				id: el.dataset.figure,
				top: Math.round(box.top + scrollY),
				// <course-figure>'s IntersectionObserver: rootMargin 100% (one screen above and below).
				near: box.top < 2 * innerHeight && box.bottom > -innerHeight,
				preload: (el.dataset.preload ?? '').split(' ').filter(Boolean).map((u) => new URL(u, location.href).href),
				ran: el.hasAttribute('data-state') || el.hasAttribute('data-rendered'),
			};
		}),
	}));
	return {
		innerHeight: s.innerHeight,
		tops: s.figures.map((f) => f.top),
		near: s.figures.filter((f) => f.near).map((f) => f.id),
		preloadable: new Set(s.figures.filter((f) => f.near).flatMap((f) => f.preload.map(urlToFile))),
		ran: s.figures.filter((f) => f.ran).map((f) => f.id),
	};
}

/** Figure script files fetched that no figure within a screen preloads. */
const checkEarly = (fetched, status) => ({ notPreloaded: fetched.filter((f) => !status.preloadable.has(f)).map((f) => path.basename(f)) });

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
 * Move one control of a figure (its first slider, or its first radio group) `presses` times with the keyboard (ArrowRight on a range input,
 * turning back at its ends; ArrowRight through a radio group) and time each input event to the
 * next completed render: `<course-figure>` bumps `data-rendered` at the end of every render, in the
 * animation frame after the input. Also timed: the render work itself (the start of that animation
 * frame's callbacks to the bump), by wrapping requestAnimationFrame in the page.
 * @param {{ browser: import('playwright-core').Browser, origin: string, cases: {figure: string, page: string, control: 'range'|'radio', param: string}[], presses: number, log: Function }} o
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
			const control = page.locator(`${selector} input[type=${c.control}][data-param="${c.param}"]${c.control === 'radio' ? ':checked' : ''}`).first();
			await control.focus();
			let direction = 'ArrowRight';
			const valueNow = () => page.evaluate(() => /** @type {HTMLInputElement} */ (document.activeElement).value);
			for (let i = 0; i < presses; i++) {
				if (c.control === 'range') {
					const at = await page.evaluate(() => {
						const el = document.activeElement;
						return { v: Number(el.value), min: Number(el.min || 0), max: Number(el.max || 100) };
					});
					if (at.v >= at.max) direction = 'ArrowLeft';
					else if (at.v <= at.min) direction = 'ArrowRight';
				}
				const before = await valueNow();
				await page.keyboard.press(direction);
				// A slider whose last step does not land on its max stops one step short: turn back.
				if (c.control === 'range' && (await valueNow()) === before) {
					direction = direction === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
					await page.keyboard.press(direction);
				}
				try {
					await page.waitForFunction((n) => window.__bench.samples.length > n, i, { polling: 'raf', timeout: 10000 });
				} catch {
					throw new Error(`move ${i + 1} (${direction}, value now ${await valueNow()}) drew nothing within 10 s`);
				}
			}
			const samples = await page.evaluate(() => window.__bench.samples);
			const total = stats(samples.map((s) => s.total));
			const work = stats(samples.map((s) => s.work));
			log(`[figures] ${c.figure} (${c.control} ${c.param}, ${samples.length} moves): median ${total.median.toFixed(1)} ms, p95 ${total.p95.toFixed(1)} ms; render work median ${work.median.toFixed(1)} ms`);
			out.push({ ...c, readyMs, total, work });
		} catch (e) {
			// One figure that cannot be measured is reported as such; the rest are still measured.
			const error = e instanceof Error ? e.message.split('\n')[0] : String(e);
			log(`[figures] ${c.figure} (${c.control} ${c.param}): not measured: ${error}`);
			out.push({ ...c, error });
		} finally {
			await context.close();
		}
	}
	return out;
}
