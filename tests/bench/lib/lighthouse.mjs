// Lighthouse (the npm package, driven through Node) with its default mobile settings: Moto G
// Power-sized screen, simulated slow 4G and 4× CPU slowdown. Each page is run `runs` times in a
// fresh Chromium, and every score and metric is reported as the median of those runs.
import lighthouse from 'lighthouse';
import { isStopping } from './cleanup.mjs';
import { launchChrome } from './chrome.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

export const median = (values) => {
	const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
	if (!v.length) return null;
	const mid = Math.floor(v.length / 2);
	return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** What one run gives: scores (0-100), metrics (ms / unitless), and why points were lost. */
function summarise(lhr) {
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]));
	const num = (id) => lhr.audits[id]?.numericValue ?? null;
	const lost = [];
	for (const c of CATEGORIES) {
		for (const ref of lhr.categories[c]?.auditRefs ?? []) {
			const a = lhr.audits[ref.id];
			if (ref.weight > 0 && a && a.score !== null && a.score < 1) lost.push({ category: c, id: a.id, score: a.score, display: a.displayValue ?? '' });
		}
	}
	const items = (id) => lhr.audits[id]?.details?.items ?? [];
	const short = (u) => String(u ?? '').replace(/^https?:\/\/[^/]+/, '') || String(u);
	return {
		scores,
		metrics: {
			fcp: num('first-contentful-paint'),
			lcp: num('largest-contentful-paint'),
			cls: num('cumulative-layout-shift'),
			tbt: num('total-blocking-time'),
			si: num('speed-index'),
			dom: num('dom-size-insight'),
		},
		lost,
		bootup: items('bootup-time').slice(0, 4).map((i) => ({ url: short(i.url), total: Math.round(i.total), scripting: Math.round(i.scripting) })),
		longTasks: items('long-tasks').filter((i) => !/_lighthouse-eval/.test(String(i.url))).slice(0, 4).map((i) => ({ url: short(i.url), duration: Math.round(i.duration), start: Math.round(i.startTime) })),
		mainThread: items('mainthread-work-breakdown').slice(0, 4).map((i) => ({ group: i.groupLabel ?? i.group, ms: Math.round(i.duration) })),
		lcpElement: lcpElement(lhr),
		shifts: items('layout-shifts').slice(0, 2).map((i) => ({
			element: `${i.node?.selector ?? '?'} “${String(i.node?.nodeLabel ?? '').slice(0, 40)}”`,
			score: i.score,
			causes: [...new Set((i.subItems?.items ?? []).map((x) => `${x.cause}${x.extra?.value ? ` (${short(x.extra.value).replace(/^.*\//, '')})` : ''}`))].slice(0, 4),
		})),
		warnings: lhr.runWarnings ?? [],
	};
}

function lcpElement(lhr) {
	const node = (lhr.audits['lcp-breakdown-insight']?.details?.items ?? []).find((i) => i.type === 'node');
	return node ? `${node.selector ?? node.snippet} “${String(node.nodeLabel ?? '').slice(0, 60)}”` : null;
}

/**
 * @param {{ origin: string, paths: string[], runs: number, tmp: string, log: (m: string) => void, label: string }} o
 */
export async function lighthousePages({ origin, paths, runs, tmp, log, label }) {
	const results = [];
	let n = 0;
	for (const p of paths) {
		n++;
		const chrome = await launchChrome(tmp);
		const perRun = [];
		const errors = [];
		try {
			for (let i = 0; i < runs; i++) {
				const t = Date.now();
				let attempt = 0;
				for (;;) {
					attempt++;
					try {
						const result = await lighthouse(
							origin + p,
							{ port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableFullPageScreenshot: true },
						);
						const lhr = result?.lhr;
						if (!lhr) throw new Error('no result');
						if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
						perRun.push(summarise(lhr));
						break;
					} catch (error) {
						if (isStopping()) throw error;
						if (attempt >= 2) {
							errors.push(String(error?.message ?? error));
							break;
						}
						log(`  retrying ${p}: ${error?.message ?? error}`);
					}
				}
				const last = perRun.at(-1);
				log(`[${label} lighthouse ${n}/${paths.length}] ${p} run ${i + 1}/${runs}: ${last ? CATEGORIES.map((c) => last.scores[c]).join('/') + ` LCP ${Math.round(last.metrics.lcp)} ms TBT ${Math.round(last.metrics.tbt)} ms` : 'failed'} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
			}
		} finally {
			await chrome.close();
		}
		results.push(aggregate(p, perRun, errors));
	}
	return results;
}

function aggregate(path, perRun, errors) {
	const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(perRun.map((r) => r.scores[c]))]));
	const metrics = Object.fromEntries(['fcp', 'lcp', 'cls', 'tbt', 'si', 'dom'].map((m) => [m, median(perRun.map((r) => r.metrics[m]))]));
	// The run whose performance score is the median stands for the page's diagnostics.
	const byPerf = [...perRun].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
	const typical = byPerf[Math.floor((byPerf.length - 1) / 2)] ?? null;
	// Audits that lost points in any run, with how many runs.
	const lostCounts = new Map();
	for (const r of perRun) for (const l of r.lost) {
		const key = `${l.category}:${l.id}`;
		const prev = lostCounts.get(key) ?? { ...l, runs: 0 };
		prev.runs++;
		lostCounts.set(key, prev);
	}
	return {
		path,
		runs: perRun.length,
		errors,
		scores,
		metrics,
		all: perRun.map((r) => ({ scores: r.scores, metrics: r.metrics })),
		lost: [...lostCounts.values()],
		typical: typical && { bootup: typical.bootup, longTasks: typical.longTasks, mainThread: typical.mainThread, lcpElement: typical.lcpElement, shifts: typical.shifts, metrics: typical.metrics, lost: typical.lost },
		warnings: [...new Set(perRun.flatMap((r) => r.warnings))],
	};
}
