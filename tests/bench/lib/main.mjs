import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { countSite } from './bytes.mjs';
import { dirSize, timedAstroBuild } from './build.mjs';
import { checkLoads, figureTiming, launchBrowser } from './browser.mjs';
import { CHROME_PATH } from './chrome.mjs';
import { cleanupAll, installSignalHandlers, onCleanup } from './cleanup.mjs';
import { lighthousePages } from './lighthouse.mjs';
import { report } from './report.mjs';
import { startStaticServer } from './server.mjs';
import { writeStarter } from './starter.mjs';

function parseArgs(argv) {
	const o = { quick: false, runs: null, pages: null, starterPages: null, presses: null, build: true, zhTwCost: true, lighthouse: true, browser: true, starter: true, out: null };
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
	if (o.quick) {
		o.pages ??= ['/', '/scaling-laws/', '/zh-cn/mirage/'];
		o.starterPages ??= ['/guides/example/'];
	}
	return o;
}

const FIGURE_CASES = [
	{ figure: 'isoflop', control: 'range' },
	{ figure: 'loss-calculator', control: 'range' },
	{ figure: 'metric-mirage', control: 'range' },
	{ figure: 'metric-mirage', control: 'radio' },
	{ figure: 'training-cost', control: 'range' },
];

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
			// What the generated Traditional Chinese edition costs: the same build without it, first,
			// so that the full build below leaves the cache and the output the rest measures.
			if (opts.zhTwCost) {
				log('building the course without its Traditional Chinese edition (COURSE_WITHOUT_ZH_TW=1) …');
				const dist = path.join(bench, 'ours-dist-without-zh-tw');
				ours.buildWithoutZhTw = await timedAstroBuild({ root, outDir: dist, logFile: path.join(bench, 'logs/ours-build-without-zh-tw.log'), env: { COURSE_WITHOUT_ZH_TW: '1' }, cwd: root });
				ours.buildWithoutZhTw.size = dirSize(dist);
				log(`  ${ours.buildWithoutZhTw.pages} pages in ${ours.buildWithoutZhTw.seconds.toFixed(1)} s`);
			}
			log('building the course (astro build, BASE_PATH=/) …');
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
			const wanted = site === ours ? opts.pages : opts.starterPages;
			const unknown = (wanted ?? []).filter((p) => !site.rows.some((r) => r.page === p));
			if (unknown.length) throw new Error(`no such ${site.label} page: ${unknown.join(', ')} (pages: ${site.rows.map((r) => r.page).join(' ')})`);
		}

		for (const site of sites) {
			site.server = await startStaticServer(site.dist);
			onCleanup(() => site.server.close());
			log(`serving ${site.label} at ${site.server.origin}`);
		}

		// 3. Chromium: requests on load, lazy figures, control-to-redraw.
		if (opts.browser) {
			const { browser, close } = await launchBrowser(tmp);
			try {
				for (const site of sites) {
					// --pages / --quick narrow these checks too; by default every page.
					const wanted = site === ours ? opts.pages : opts.starterPages;
					const rows = wanted ? site.rows.filter((r) => wanted.includes(r.page)) : site.rows;
					site.loads = await checkLoads({ browser, origin: site.server.origin, dist: site.dist, rows, log, label: site.label });
				}
				const cases = FIGURE_CASES.map((c) => ({ ...c, page: ours.rows.find((r) => !/^\/zh-(?:cn|tw)\//.test(r.page) && r.figures.includes(c.figure))?.page })).filter((c) => c.page);
				ours.figureTiming = await figureTiming({ browser, origin: ours.server.origin, cases, presses: opts.presses, log });
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
