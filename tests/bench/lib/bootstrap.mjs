// The 1,000-resample bootstrap of the Chinchilla refit (issue 10), timed twice: in Node, by the fit
// engine's own timer (`benchChinchillaFit` in src/lib/fit/bench.ts: a warm-up fit, one fit, then
// the bootstrap, on the 245 runs less the 5 highest losses), and in Chromium, as the site runs it:
// a job posted to the built compute worker (`_astro/compute-worker-*.js`) for the figure
// `chinchilla-refit`, with the computation and a 1,000-resample state taken from the figure's own
// definition (its built chunk, imported in the page), while long tasks on the page's main thread
// are recorded. The job runs twice in the same worker: first with the worker starting and loading
// the figure's code, then again.
import fs from 'node:fs';
import path from 'node:path';
import { benchChinchillaFit, chinchillaRunsFromCsv } from '../../../src/lib/fit/bench.ts';
import { isRootLocale } from './pages.mjs';

export const BOOTSTRAP_FIGURE = 'chinchilla-refit';
export const RESAMPLES = 1000;

export function nodeBootstrap(root) {
	const runs = chinchillaRunsFromCsv(fs.readFileSync(path.join(root, 'src/data/measured/chinchilla-fig4.csv'), 'utf8'));
	const cpu = process.cpuUsage();
	const timings = benchChinchillaFit(runs, { resamples: RESAMPLES });
	const used = process.cpuUsage(cpu);
	return { ...timings, cpuMs: (used.user + used.system) / 1000 };
}

/** @param {{ browser: import('playwright-core').Browser, origin: string, dist: string, rows: any[], log: Function }} o */
export async function workerBootstrap({ browser, origin, dist, rows, log }) {
	const row = rows.find((r) => isRootLocale(r.page) && r.figures.includes(BOOTSTRAP_FIGURE)) ?? rows.find((r) => r.figures.includes(BOOTSTRAP_FIGURE));
	if (!row) return { measured: false, reason: `figure ${BOOTSTRAP_FIGURE} not in this build` };
	const url = (file) => '/' + path.relative(dist, file).split(path.sep).join('/');
	const definition = row.figureDetails.find((f) => f.id === BOOTSTRAP_FIGURE).preload.find((f) => path.basename(f).startsWith(`${BOOTSTRAP_FIGURE}.`));
	const workers = fs.readdirSync(path.join(dist, '_astro')).filter((f) => /^compute-worker-[\w-]+\.js$/.test(f));
	if (!definition) return { measured: false, reason: `no script file for ${BOOTSTRAP_FIGURE} in its data-preload` };
	if (workers.length !== 1) return { measured: false, reason: `expected one _astro/compute-worker-*.js, found ${workers.length}` };
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	try {
		const page = await context.newPage();
		await page.goto(origin + row.page, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		const result = await page.evaluate(
			async ({ figure, definitionUrl, workerUrl, resamples }) => {
				const def = (await import(definitionUrl)).default;
				// The control that sets the number of resamples: a choice with a `resamples` option, or a
				// number or slider labelled as resamples whose range holds it; the computation whose cache
				// key changes with it is the bootstrap.
				const defaults = Object.fromEntries(def.params.map((p) => [p.name, p.default]));
				let picked = null;
				for (const param of def.params) {
					const option = param.kind === 'choice' ? param.options.find((o) => Number(o.value) === resamples) : null;
					if (param.kind === 'choice' ? !option : !(/resampl|bootstrap/i.test(param.label.en) && param.min <= resamples && resamples <= param.max)) continue;
					const value = option ? option.value : resamples;
					const other = option ? param.options.find((o) => o.value !== value)?.value : value === param.min ? param.max : param.min;
					const state = { ...defaults, [param.name]: value };
					const compute = (def.compute ?? []).find((c) => c.key(state) !== c.key({ ...state, [param.name]: other }));
					if (compute) {
						picked = { param, value, state, compute };
						break;
					}
				}
				if (!picked) return { error: `no control of ${figure} sets ${resamples} resamples for a computation` };
				const { param, value, state, compute } = picked;
				await new Promise((resolve) => setTimeout(resolve, 500)); // let the import's own work settle
				const longTasks = [];
				const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))));
				observer.observe({ type: 'longtask' });
				const worker = new Worker(workerUrl, { type: 'module' });
				const job = (id) =>
					new Promise((resolve) => {
						const start = performance.now();
						let progress = 0;
						worker.onmessage = (event) => {
							if (event.data.job !== id) return;
							if ('progress' in event.data) progress++;
							else resolve({ ms: performance.now() - start, progress, ok: 'result' in event.data && event.data.result != null, error: event.data.error ?? null });
						};
						worker.postMessage({ job: id, figure, name: compute.name, state });
					});
				const first = await job(1);
				const second = await job(2);
				await new Promise((resolve) => setTimeout(resolve, 100));
				observer.disconnect();
				worker.terminate();
				return { param: param.name, value: String(value), computation: compute.name, label: compute.label(state, 'en'), first, second, longTasks };
			},
			{ figure: BOOTSTRAP_FIGURE, definitionUrl: url(definition), workerUrl: `/_astro/${workers[0]}`, resamples: RESAMPLES },
		);
		if (result.error) return { measured: false, reason: result.error, page: row.page };
		log(`[bootstrap] worker on ${row.page} (${result.computation}, ${result.param}=${result.value}): ${(result.first.ms / 1000).toFixed(2)} s with start-up, ${(result.second.ms / 1000).toFixed(2)} s again; long tasks on the main thread: ${result.longTasks.length ? result.longTasks.join(', ') + ' ms' : 'none'}`);
		return { measured: true, page: row.page, worker: workers[0], ...result };
	} finally {
		await context.close();
	}
}
