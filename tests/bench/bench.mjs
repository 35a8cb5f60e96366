// The size and speed benchmark: `npm run bench` (or `node tests/bench/bench.mjs [flags]`).
// Not a test: it prints numbers and writes a Markdown table; it never fails on a target.
//
// It builds the course (BASE_PATH=/, into .bench/ours-dist, so dist/ is left alone) and a minimal
// Starlight starter written by the bench itself (.bench/starter, from the same installed astro and
// @astrojs/starlight), then measures both the same way:
//   1. from the build output: bytes per page (HTML, CSS, JS at load / idle (search UI) / later
//      (figure code), raw and gzip), HTML elements per page, and per locale (any /xx-yy/ prefix)
//      pages, HTML and figure-image bytes; checked against the JS files Chromium requests on load;
//   2. Lighthouse mobile (performance, accessibility, best practices, SEO, LCP, CLS, TBT), medians
//      of several runs per page, against the build served on a free loopback port; TBT of the
//      heaviest chapter (most HTML elements) against the lightest's;
//   3. in Chromium: that figure code is at most fetched early (preloaded for figures within a screen)
//      and runs only when the reader reaches for a figure; the time from moving a control to the
//      redrawn figure, for every figure with a slider or radio buttons; pages at 360 px (smallest
//      text in figure images and live charts, sideways scrolling, smallest touch target, measured
//      by tests/support/phone.ts as the phone test does); the first input on each figure's slider
//      at 4× CPU slowdown, with and without preloading;
//   4. full build time and peak memory;
//   5. a 1,000-resample bootstrap (chinchilla-refit): in Node, and in Chromium in the site's compute
//      worker, with the main thread's long tasks meanwhile;
// and writes tests/bench/RESULTS.md (full runs only) with the project's targets, met or not.
//
// Flags:
//   --quick              fast subset: 1 run each (Lighthouse, first input); our pages / and the heaviest
//                        and lightest chapters (so every target is measured), and their figures; 1
//                        starter page; 20 control moves
//   --runs N             Lighthouse runs per page and first-input runs per figure and mode (default 5;
//                        --quick: 1)
//   --pages P,Q          our pages for Lighthouse, the Chromium load checks and the 360 px checks, as
//                        URL paths (/, /mirage/, /zh-cn/limits/), and the figures on them for the figure
//                        measures; default: every page
//   --starter-pages P,Q  the same for the starter; default: every page
//   --figures F,G        figures for the control-to-redraw and first-input measures, by id (isoflop,
//                        training-cost); default: those on --pages, or every figure
//   --presses N          control moves per figure (default 100; --quick: 20)
//   --no-build           reuse the last builds in .bench/ (build time and memory not measured)
//   --no-zh-tw-cost      skip the second build without the Traditional Chinese edition (its cost not measured)
//   --no-lighthouse      skip Lighthouse
//   --no-browser         skip everything in Chromium (3 and the worker half of 5)
//   --no-starter         skip the starter
//   --out FILE           where to write the Markdown (default: tests/bench/RESULTS.md for a full run,
//                        .bench/RESULTS-partial.md when any flag above narrows the run)
// Progress goes to stderr, the Markdown to stdout. Servers and browsers are stopped on any exit.
// Needs Node ≥ 23.6 (Lighthouse 13 needs 22; the bench imports TypeScript files it shares with the
// tests and the site, which Node runs from 23.6 by stripping types): under an older `node` it
// re-runs itself with the project's Node.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 23 || (major === 23 && minor < 6)) {
	const projectNode = path.join(root, 'node_modules/node/bin/node');
	if (!fs.existsSync(projectNode)) {
		console.error(`The bench needs Node ≥ 23.6 (this is ${process.version}); run \`npm ci\` to get the project's Node, then \`npm run bench\`.`);
		process.exit(1);
	}
	const child = spawn(projectNode, [import.meta.filename, ...process.argv.slice(2)], { stdio: 'inherit' });
	// Pass signals on, so that the child cleans up its servers and browsers.
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
	child.on('exit', (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
} else {
	const { main } = await import('./lib/main.mjs');
	await main(root, process.argv.slice(2));
}

