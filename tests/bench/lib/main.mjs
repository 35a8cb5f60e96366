import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countSite } from './bytes.mjs';
import { dirSize, timedAstroBuild } from './build.mjs';
import { nodeBootstrap, workerBootstrap } from './bootstrap.mjs';
import { checkLoads, figureTiming, launchBrowser } from './browser.mjs';
import { CHROME_PATH } from './chrome.mjs';
import { cleanupAll, installSignalHandlers, onCleanup } from './cleanup.mjs';
import { firstInput } from './first-input.mjs';
import { lighthousePages } from './lighthouse.mjs';
import { heaviestAndLightest, isRootLocale } from './pages.mjs';
import { phoneChecks } from './phone.mjs';
import { report } from './report.mjs';
import { startStaticServer } from './server.mjs';
import { writeStarter } from './starter.mjs';

function parseArgs(argv) {
	const o = { quick: false, runs: null, pages: null, starterPages: null, figures: null, presses: null, build: true, zhTwCost: true, lighthouse: true, browser: true, starter: true, out: null };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const value = () => {
			const v = argv[++i];
			if (v === undefined) throw new Error(`${a} needs a value`);
			return v;
		};
		const list = (v) => v.split(',').map((s) => s.trim()).filter(Boolean).map((s) => (s.startsWith('/') ? s : `/${s}`));
		if (a === '--quick') o.quick = true;
		else if (a === '--runs') o.runs = Math.max(1, Number(value()));
		else if (a === '--pages') o.pages = list(value());
		else if (a === '--starter-pages') o.starterPages = list(value());
		else if (a === '--figures') o.figures = value().split(',').map((f) => f.trim()).filter(Boolean);
		else if (a === '--presses') o.presses = Math.max(1, Number(value()));
		else if (a === '--no-build') o.build = false;
		else if (a === '--no-zh-tw-cost') o.zhTwCost = false;
		else if (a === '--no-lighthouse') o.lighthouse = false;
		else if (a === '--no-browser') o.browser = false;
		else if (a === '--no-starter') o.starter = false;
		else if (a === '--out') o.out = value();
		else if (a === '--help' || a === '-h') {
			console.error(fs.readFileSync(path.join(import.meta.dirname, '../bench.mjs'), 'utf8').split('\n').filter((l) => l.startsWith('//')).join('\n'));
			process.exit(0);
		} else throw new Error(`unknown flag ${a} (see --help)`);
	}
	o.partial = argv.some((a) => a.startsWith('--') && a !== '--out');
	o.runs ??= o.quick ? 1 : 5;
	o.presses ??= o.quick ? 20 : 100;
	// --quick's pages ('/' and the heaviest and lightest chapters) are known once the build is counted.
	if (o.quick) {
		o.starterPages ??= ['/guides/example/'];
		// The second build that measures the Traditional edition's cost is for full runs.
		o.zhTwCost = false;
	}
	return o;
}

/**
 * What the figure measures run on, from the built HTML: each figure on the first root-locale
 * (English) page that has it, with its first slider and its first radio group. Narrowed by
 * `--figures`, else by `--pages` (the figures on those pages).
 */
function figureCases(rows, opts, dist) {
	const byFigure = new Map();
	for (const row of rows.filter((r) => isRootLocale(r.page))) for (const f of row.figureDetails) if (!byFigure.has(f.id)) byFigure.set(f.id, { row, f });
	const onPages = opts.pages ? new Set(rows.filter((r) => opts.pages.includes(r.page)).flatMap((r) => r.figures)) : null;
	const unknown = (opts.figures ?? []).filter((id) => !byFigure.has(id));
	if (unknown.length) throw new Error(`no such figure on a root-locale page: ${unknown.join(', ')} (figures: ${[...byFigure.keys()].join(' ')})`);
	const wanted = [...byFigure.values()].filter(({ f }) => (opts.figures ? opts.figures.includes(f.id) : !onPages || onPages.has(f.id)));
	const url = (file) => '/' + path.relative(dist, file).split(path.sep).join('/');
	const redraw = wanted.flatMap(({ row, f }) => [
		...(f.ranges.length ? [{ figure: f.id, page: row.page, control: 'range', param: f.ranges[0] }] : []),
		...(f.radios.length ? [{ figure: f.id, page: row.page, control: 'radio', param: f.radios[0] }] : []),
	]);
	const first = wanted
		.filter(({ f }) => f.ranges.length)
		.map(({ row, f }) => {
			const load = new Set(row.jsLoadFiles);
			return { figure: f.id, page: row.page, param: f.ranges[0], labelled: !f.unlabelled.includes(f.ranges[0]), preloadUrls: f.preload.map(url), codeUrls: f.preload.filter((file) => !load.has(file)).map(url) };
		});
	return { redraw, first };
}

export async function main(root, argv) {
	const started = Date.now();
	const opts = parseArgs(argv);
	installSignalHandlers();
	const bench = path.join(root, '.bench');
	const tmp = path.join(bench, 'tmp');
	fs.mkdirSync(tmp, { recursive: true });
	process.env.TMPDIR = tmp;
	// Registered first, so run last: Chromium leaves folders in TMPDIR (.bench/tmp, the bench's own).
	onCleanup(async () => {
		await new Promise((resolve) => setTimeout(resolve, 300));
		for (const name of fs.readdirSync(tmp)) if (/^(org\.chromium\.|chrome-|playwright)/.test(name)) fs.rmSync(path.join(tmp, name), { recursive: true, force: true, maxRetries: 3 });
	});
	const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s`;
	const log = (m) => console.error(`${elapsed()}  ${m}`);

	const ours = { label: 'ours', dist: path.join(bench, 'ours-dist') };
	const starter = { label: 'starter', root: path.join(bench, 'starter'), dist: path.join(bench, 'starter', 'dist') };
	const sites = opts.starter ? [ours, starter] : [ours];
	const env = {
		date: new Date().toISOString().replace('T', ' ').slice(0, 16) + ' UTC',
		cores: os.cpus().length,
		cpu: os.cpus()[0]?.model?.trim() ?? '?',
		memGB: os.totalmem() / 2 ** 30,
		loadStart: os.loadavg(),
		node: process.version,
		chromium: chromiumVersion(),
		versions: Object.fromEntries(['astro', '@astrojs/starlight', 'lighthouse', 'playwright-core'].map((p) => [p, pkgVersion(root, p)])),
		opts,
	};
	log(`bench on ${env.cores} cores, load ${env.loadStart.map((l) => l.toFixed(2)).join(' ')}; ${opts.partial ? 'partial run' : 'full run'}`);

	try {
		// 4. Builds (first, so that everything after measures fresh output).
		if (opts.build) {
			log('building the course (astro build, BASE_PATH=/) …');
			// What the generated Traditional Chinese edition costs: the same build without it, first,
			// so that the full build below leaves the cache and the output the rest measures.
			if (opts.zhTwCost) {
				log('building the course without its Traditional Chinese edition (COURSE_WITHOUT_ZH_TW=1) …');
				const dist = path.join(bench, 'ours-dist-without-zh-tw');
				ours.buildWithoutZhTw = await timedAstroBuild({ root, outDir: dist, logFile: path.join(bench, 'logs/ours-build-without-zh-tw.log'), env: { COURSE_WITHOUT_ZH_TW: '1' }, cwd: root });
				ours.buildWithoutZhTw.size = dirSize(dist);
				log(`  ${ours.buildWithoutZhTw.pages} pages in ${ours.buildWithoutZhTw.seconds.toFixed(1)} s`);
			}
			ours.build = await timedAstroBuild({ root, outDir: ours.dist, logFile: path.join(bench, 'logs/ours-build.log'), cwd: root });
			ours.build.size = dirSize(ours.dist);
			log(`  ${ours.build.pages} pages in ${ours.build.seconds.toFixed(1)} s, peak ${(ours.build.peakTreeRss / 2 ** 20).toFixed(0)} MB`);
			if (opts.starter) {
				writeStarter(starter.root, root);
				log('building the Starlight starter …');
				starter.build = await timedAstroBuild({ root: starter.root, outDir: starter.dist, logFile: path.join(bench, 'logs/starter-build.log'), cwd: root });
				log(`  ${starter.build.pages} pages in ${starter.build.seconds.toFixed(1)} s, peak ${(starter.build.peakTreeRss / 2 ** 20).toFixed(0)} MB`);
			}
		}
		for (const site of sites) {
			if (!fs.existsSync(path.join(site.dist, 'index.html'))) throw new Error(`${site.dist} has no build: run without --no-build`);
		}

		// 1. Bytes from the build output.
		for (const site of sites) {
			site.rows = countSite(site.dist);
			log(`counted ${site.rows.length} ${site.label} pages`);
			if (site === ours) {
				ours.chapters = heaviestAndLightest(ours.rows);
				if (ours.chapters) log(`  chapters by HTML elements: heaviest ${ours.chapters.heaviest.page} ${ours.chapters.heaviest.elements}, lightest ${ours.chapters.lightest.page} ${ours.chapters.lightest.elements}`);
				if (opts.quick && !opts.pages) opts.pages = [...new Set(['/', ...(ours.chapters ? [ours.chapters.heaviest.page, ours.chapters.lightest.page] : [])])];
			}
			const wanted = site === ours ? opts.pages : opts.starterPages;
			const unknown = (wanted ?? []).filter((p) => !site.rows.some((r) => r.page === p));
			if (unknown.length) throw new Error(`no such ${site.label} page: ${unknown.join(', ')} (pages: ${site.rows.map((r) => r.page).join(' ')})`);
		}

		ours.cases = figureCases(ours.rows, opts, ours.dist);

		// 5. The bootstrap in Node, before any server or browser runs beside it.
		log(`bootstrap in Node (1,000 resamples) …`);
		ours.nodeBootstrap = nodeBootstrap(root);
		log(`  ${(ours.nodeBootstrap.bootstrapMs / 1000).toFixed(2)} s (CPU ${(ours.nodeBootstrap.cpuMs / 1000).toFixed(2)} s with two fits)`);

		for (const site of sites) {
			site.server = await startStaticServer(site.dist);
			onCleanup(() => site.server.close());
			log(`serving ${site.label} at ${site.server.origin}`);
		}

		// 3. Chromium: requests on load, figure code fetched early but not run, control-to-redraw,
		// pages at 360 px, the first input, the bootstrap in the compute worker.
		if (opts.browser) {
			const { browser, close } = await launchBrowser(tmp);
			try {
				for (const site of sites) {
					// --pages / --quick narrow these checks too; by default every page.
					const wanted = site === ours ? opts.pages : opts.starterPages;
					const rows = wanted ? site.rows.filter((r) => wanted.includes(r.page)) : site.rows;
					site.loads = await checkLoads({ browser, origin: site.server.origin, dist: site.dist, rows, log, label: site.label });
				}
				const cases = ours.cases;
				ours.figureTiming = await figureTiming({ browser, origin: ours.server.origin, cases: cases.redraw, presses: opts.presses, log });
				const phoneRows = opts.pages ? ours.rows.filter((r) => opts.pages.includes(r.page)) : ours.rows;
				ours.phone = await phoneChecks({ browser, origin: ours.server.origin, dist: ours.dist, rows: phoneRows, log });
				ours.firstInput = await firstInput({ browser, origin: ours.server.origin, cases: cases.first, runs: opts.runs, log });
				ours.workerBootstrap = await workerBootstrap({ browser, origin: ours.server.origin, dist: ours.dist, rows: ours.rows, log });
				if (!ours.workerBootstrap.measured) log(`[bootstrap] worker: not measured: ${ours.workerBootstrap.reason}`);
			} finally {
				await close();
			}
		}

		// 2. Lighthouse.
		if (opts.lighthouse) {
			for (const site of sites) {
				const wanted = site === ours ? opts.pages : opts.starterPages;
				const paths = wanted ?? site.rows.map((r) => r.page);
				log(`Lighthouse on ${paths.length} ${site.label} pages × ${opts.runs} runs …`);
				site.lighthouse = await lighthousePages({ origin: site.server.origin, paths, runs: opts.runs, tmp, log, label: site.label });
			}
		}
	} finally {
		await cleanupAll();
	}

	env.seconds = (Date.now() - started) / 1000;
	env.loadEnd = os.loadavg();
	const text = report({ env, ours, starter: opts.starter ? starter : null });
	const out = opts.out ? path.resolve(opts.out) : opts.partial ? path.join(bench, 'RESULTS-partial.md') : path.join(root, 'tests/bench/RESULTS.md');
	fs.mkdirSync(path.dirname(out), { recursive: true });
	fs.writeFileSync(out, text);
	const raw = path.join(bench, `${path.basename(out).replace(/\.md$/i, '')}.json`);
	fs.writeFileSync(raw, JSON.stringify({ env, ours: strip(ours), starter: opts.starter ? strip(starter) : null }, null, 1));
	console.log(text);
	log(`wrote ${path.relative(root, out)} (raw data: ${path.relative(root, raw)}); total ${(env.seconds / 60).toFixed(1)} min`);
}

const strip = (site) => ({ ...site, server: undefined });

function pkgVersion(root, name) {
	try {
		return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
	} catch {
		return '?';
	}
}

function chromiumVersion() {
	try {
		return /(\d+\.\d+\.\d+\.\d+)/.exec(execFileSync(CHROME_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1] ?? '?';
	} catch {
		return '?';
	}
}
