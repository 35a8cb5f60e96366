// The first input on a figure's slider, made as a reader on a phone makes it: Lighthouse's phone
// screen, the page loaded, the figure scrolled into view and its script files preloaded in idle
// time (`<link rel="modulepreload">`: fetched and compiled, not run), then the CPU slowed 4× (as in
// Lighthouse's mobile runs, CDP `Emulation.setCPUThrottlingRate`) and one tap on the slider's track.
// Timed from that input event: the value label's change (`<course-figure>` answers it from labels
// the page carries, before any figure code runs), the next animation frame after it, and the
// figure's first redraw (its `data-rendered` bump, once the figure code has run). When figure code
// started to run (and so whether it had when the label changed) is read from a marker the bench adds
// to the top of each of the figure's script files as they are served. The same again without preloading ("cold": the
// page's `data-preload` attributes removed, so the code is fetched only after the tap).
import { MOBILE, stats } from './browser.mjs';

export const CPU_SLOWDOWN = 4;
/** Quiet time after preloading (or, cold, after scrolling), for compiling and idle callbacks. */
const SETTLE_MS = 1000;
/** What the bench prepends to each figure script file: the time the first one starts to run. */
const MARKER = 'globalThis.__benchFigureCode??=performance.now();\n';

/**
 * @param {{ browser: import('playwright-core').Browser, origin: string, cases: { figure: string, page: string, param: string, preloadUrls: string[], codeUrls: string[] }[], runs: number, log: Function }} o
 *   `preloadUrls`: the figure's `data-preload` list; `codeUrls`: its script files that the page does
 *   not load up front (the figure code proper), as URL paths; `param`: the slider (the figure's first).
 */
export async function firstInput({ browser, origin, cases, runs, log }) {
	const out = [];
	for (const c of cases) {
		const result = { ...c, runs: {} };
		for (const mode of ['preloaded', 'cold']) {
			const samples = [];
			for (let i = 0; i < runs; i++) samples.push(await oneRun({ browser, origin, c, mode }));
			const ok = samples.filter((s) => !s.error);
			result.runs[mode] = {
				samples,
				errors: samples.filter((s) => s.error).map((s) => s.error),
				inputDelay: stats(ok.map((s) => s.inputDelayMs)),
				label: stats(ok.map((s) => s.labelMs)),
				labelFrame: stats(ok.map((s) => s.labelFrameMs)),
				codeStart: stats(ok.filter((s) => s.codeStartMs !== null).map((s) => s.codeStartMs)),
				redraw: stats(ok.map((s) => s.redrawMs)),
				codeRunBeforeLabel: ok.filter((s) => s.codeRunBeforeLabel).length,
				n: ok.length,
			};
			const r = result.runs[mode];
			log(`[first input] ${c.figure} (${c.param}) ${mode}: label ${fmt(r.label.median)} ms (next frame ${fmt(r.labelFrame.median)} ms), figure code run before the label in ${r.codeRunBeforeLabel}/${r.n}, code starts ${fmt(r.codeStart.median)} ms, first redraw ${fmt(r.redraw.median)} ms${r.errors.length ? `; ${r.errors.length} failed: ${r.errors[0]}` : ''}`);
		}
		out.push(result);
	}
	return out;
}

const fmt = (v) => (v == null ? '–' : v.toFixed(1));

async function oneRun({ browser, origin, c, mode }) {
	const context = await browser.newContext({ viewport: MOBILE, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
	try {
		const page = await context.newPage();
		const pageUrl = origin + c.page;
		const code = new Set(c.codeUrls.map((u) => new URL(u, origin).href));
		await page.route(
			(url) => url.href === pageUrl || code.has(url.href),
			async (route) => {
				const response = await route.fetch();
				let body = await response.text();
				if (route.request().url() === pageUrl) {
					if (mode === 'cold') body = body.replace(/ data-preload="[^"]*"/g, '');
				} else body = MARKER + body;
				// The body is sent decoded: drop the encoding and length of the original.
				const headers = Object.fromEntries(Object.entries(response.headers()).filter(([k]) => !/^(content-encoding|content-length)$/i.test(k)));
				await route.fulfill({ status: response.status(), headers, body });
			},
		);
		await page.goto(pageUrl, { waitUntil: 'load' });
		const slider = page.locator(`course-figure[data-figure="${c.figure}"] input[type="range"][data-param="${c.param}"]`);
		await slider.scrollIntoViewIfNeeded();
		if (mode === 'preloaded') {
			await page.waitForFunction(
				(urls) =>
					urls.every((u) => document.querySelector(`link[rel="modulepreload"][href="${u}"]`)) &&
					urls.every((u) => performance.getEntriesByName(new URL(u, location.href).href).some((e) => e.responseEnd > 0)),
				c.preloadUrls,
				{ timeout: 20000 },
			);
		}
		await page.waitForTimeout(SETTLE_MS);
		const before = await page.evaluate(() => ({ ran: globalThis.__benchFigureCode ?? null, state: document.querySelector('course-figure[data-state]')?.getAttribute('data-figure') ?? null }));
		if (before.ran !== null || before.state !== null) return { error: `figure code ran before the tap (${before.state ?? 'a script file'})` };
		await page.evaluate((figure) => {
			const fig = document.querySelector(`course-figure[data-figure="${figure}"]`);
			const input = fig.querySelector('input[type="range"]');
			const output = fig.querySelector(`output[data-param="${input.dataset.param}"]`);
			const r = (window.__benchFirstInput = { before: output.textContent, touchstart: null, input: null, label: null, labelFrame: null, codeAtLabel: null, redraw: null });
			r.done = new Promise((resolve) => {
				fig.addEventListener('touchstart', (e) => (r.touchstart ??= e.timeStamp), true);
				fig.addEventListener('input', (e) => (r.input ??= e.timeStamp), true);
				new MutationObserver(() => {
					if (r.label !== null || output.textContent === r.before) return;
					r.label = performance.now();
					r.codeAtLabel = globalThis.__benchFigureCode ?? null;
					requestAnimationFrame(() => (r.labelFrame = performance.now()));
				}).observe(output, { childList: true, characterData: true, subtree: true });
				new MutationObserver(() => {
					if (r.redraw === null && fig.dataset.rendered) {
						r.redraw = performance.now();
						resolve();
					}
				}).observe(fig, { attributes: true, attributeFilter: ['data-rendered'] });
			});
		}, c.figure);
		// Tap the track well away from the thumb, so that the value changes.
		const at = await slider.evaluate((el) => (Number(el.value) - Number(el.min)) / (Number(el.max) - Number(el.min)));
		const box = await slider.boundingBox();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await page.touchscreen.tap(box.x + box.width * (at > 0.5 ? 0.15 : 0.85), box.y + box.height / 2);
		const r = await Promise.race([
			page.evaluate(async () => {
				const r = window.__benchFirstInput;
				await r.done;
				await new Promise((resolve) => requestAnimationFrame(resolve));
				return { touchstart: r.touchstart, input: r.input, label: r.label, labelFrame: r.labelFrame, codeAtLabel: r.codeAtLabel, code: globalThis.__benchFigureCode ?? null, redraw: r.redraw };
			}),
			new Promise((resolve) => setTimeout(() => resolve(null), 30000)),
		]);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		if (!r) return { error: 'no redraw within 30 s' };
		if (r.touchstart === null || r.input === null || r.label === null) return { error: `the tap changed no value (input ${r.input}, label ${r.label})` };
		return {
			inputDelayMs: r.input - r.touchstart,
			labelMs: r.label - r.input,
			labelFrameMs: r.labelFrame - r.input,
			codeRunBeforeLabel: r.codeAtLabel !== null,
			codeStartMs: r.code === null ? null : r.code - r.input,
			redrawMs: r.redraw - r.input,
		};
	} catch (error) {
		return { error: String(error?.message ?? error).split('\n')[0] };
	} finally {
		await context.close();
	}
}
