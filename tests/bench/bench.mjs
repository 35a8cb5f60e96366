// The size and speed benchmark: `npm run bench` (or `node tests/bench/bench.mjs [flags]`).
// Not a test: it prints numbers and writes a Markdown table; it never fails on a target.
//
// It builds the course (BASE_PATH=/, into .bench/ours-dist, so dist/ is left alone) and a minimal
// Starlight starter written by the bench itself (.bench/starter, from the same installed astro and
// @astrojs/starlight), then measures both the same way:
//   1. bytes per page from the build output: HTML, CSS, JS at load / idle (search UI) / later
//      (figure code), raw and gzip; checked against the JS files Chromium requests on load;
//   2. Lighthouse mobile (performance, accessibility, best practices, SEO, LCP, CLS, TBT), medians
//      of several runs per page, against the build served on a free loopback port;
//   3. that figure code loads only when a figure nears the viewport, and the time from moving a
//      figure control to the redrawn figure (isoflop, loss-calculator, metric-mirage, training-cost);
//   4. full build time and peak memory;
// and writes tests/bench/RESULTS.md (full runs only) with the project's targets, met or not.
//
// Flags:
//   --quick              fast subset: 1 Lighthouse run and the Chromium load checks on 3 of our pages
//                        (/, /scaling-laws/, /zh-cn/mirage/) and 1 starter page; 20 control moves
//   --runs N             Lighthouse runs per page (default 5; --quick: 1)
//   --pages P,Q          our pages for Lighthouse and the Chromium load checks, as URL paths
//                        (/, /mirage/, /zh-cn/limits/); default: every page
//   --starter-pages P,Q  the same for the starter; default: every page
//   --presses N          control moves per figure (default 100; --quick: 20)
//   --no-build           reuse the last builds in .bench/ (build time and memory not measured)
//   --no-zh-tw-cost      skip the second build without the Traditional Chinese edition (its cost not measured)
//   --no-lighthouse      skip Lighthouse
//   --no-browser         skip the Chromium checks (requests on load, lazy figures, control-to-redraw)
//   --no-starter         skip the starter
//   --out FILE           where to write the Markdown (default: tests/bench/RESULTS.md for a full run,
//                        .bench/RESULTS-partial.md when any flag above narrows the run)
// Progress goes to stderr, the Markdown to stdout. Servers and browsers are stopped on any exit.
// Needs Node ≥ 22 (Lighthouse 13): under an older `node` it re-runs itself with the project's Node.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
if (Number(process.versions.node.split('.')[0]) < 22) {
	const projectNode = path.join(root, 'node_modules/node/bin/node');
	if (!fs.existsSync(projectNode)) {
		console.error(`The bench needs Node ≥ 22 (this is ${process.version}); run \`npm ci\` to get the project's Node, then \`npm run bench\`.`);
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

