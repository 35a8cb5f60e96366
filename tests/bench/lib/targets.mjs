// The project's size and speed targets (issue 14's list and the earlier ones), each checked against
// what the run measured: met, not met (with the measured figure), or not measured (and why).
import path from 'node:path';
import { ELEMENT_BUDGET } from '../../support/elements.ts';
import { BOOTSTRAP_FIGURE, RESAMPLES } from './bootstrap.mjs';
import { CPU_SLOWDOWN } from './first-input.mjs';
import { code, count, KB, kb, ms, plural, px, seconds } from './format.mjs';
import { localeOf } from './pages.mjs';
import { MIN_TARGET_PX, MIN_TEXT_PX } from './phone.mjs';

export const TARGETS = {
	performance: 98,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	extraJsGzip: 2 * KB,
	redrawMedianMs: 16,
	/** TBT of the heaviest chapter ≤ ratio × the lightest's + floor (TBT has a resolution floor: a light page often measures 0). */
	tbtRatio: 1.5,
	tbtFloorMs: 10,
	elements: ELEMENT_BUDGET,
	textPx: MIN_TEXT_PX,
	targetPx: MIN_TARGET_PX,
	/** One frame at 60 Hz. */
	frameMs: 1000 / 60,
	firstRedrawMs: 300,
	longTaskMs: 50,
};

/** The starter page to compare one of our pages with: same kind (splash, docs, docs with code, 404), same locale if it has it, else any other than the root. */
export function baselineFor(row, starterRows) {
	if (!starterRows) return null;
	const same = starterRows.filter((s) => s.kind === row.kind);
	const locale = localeOf(row.page);
	return same.find((s) => localeOf(s.page) === locale) ?? same.find((s) => (localeOf(s.page) === '') === (locale === '')) ?? same[0] ?? null;
}

/** @returns {[string, boolean|null, string][]} target, met (null: not measured), numbers */
export function targetRows({ env, ours, starter }) {
	const rows = [];
	const add = (label, ok, detail) => rows.push([label, ok, detail]);
	const lh = ours.lighthouse ?? [];
	const measured = lh.length ? ` (${plural(lh.length, 'page')} measured, median of ${plural(env.opts.runs, 'run')})` : '';
	const lighthouseRow = (cat, label) => {
		if (!lh.length) return add(label, null, 'not measured');
		const min = Math.min(...lh.map((r) => r.scores[cat] ?? 0));
		const below = lh.filter((r) => (r.scores[cat] ?? 0) < TARGETS[cat]);
		const why = (r) => (cat === 'performance' ? '' : ` (${r.lost.filter((l) => l.category === cat).map((l) => `${l.id}`).join(', ')})`);
		add(
			label + measured,
			below.length === 0,
			below.length ? `${lh.length - below.length} of ${lh.length} pages; below: ${below.map((r) => `${code(r.path)} ${r.scores[cat]}${why(r)}`).join(', ')}` : `all ${lh.length} pages; lowest ${min}`,
		);
	};

	// 1. Lighthouse, and TBT of the heaviest chapter against the lightest's.
	lighthouseRow('performance', 'Lighthouse mobile performance ≥ 98 on every page');
	const ch = ours.chapters;
	const tbtLabel = `Total blocking time of the heaviest chapter within ${TARGETS.tbtRatio}× the lightest’s (+ ${TARGETS.tbtFloorMs} ms), same run`;
	const heavyLh = ch && lh.find((r) => r.path === ch.heaviest.page);
	const lightLh = ch && lh.find((r) => r.path === ch.lightest.page);
	if (!ch) add(tbtLabel, null, 'no chapter pages found');
	else if (!heavyLh || !lightLh || heavyLh.metrics.tbt == null || lightLh.metrics.tbt == null) add(tbtLabel, null, `not measured: needs Lighthouse on ${code(ch.heaviest.page)} and ${code(ch.lightest.page)}`);
	else {
		const bound = TARGETS.tbtRatio * lightLh.metrics.tbt + TARGETS.tbtFloorMs;
		add(
			tbtLabel,
			heavyLh.metrics.tbt <= bound,
			`heaviest ${code(ch.heaviest.page)} (${count(ch.heaviest.elements)} elements) ${ms(heavyLh.metrics.tbt)}, lightest ${code(ch.lightest.page)} (${count(ch.lightest.elements)}) ${ms(lightLh.metrics.tbt)}: at most ${TARGETS.tbtRatio} × ${ms(lightLh.metrics.tbt)} + ${TARGETS.tbtFloorMs} ms = ${ms(bound)} (medians; the ${TARGETS.tbtFloorMs} ms allow for TBT’s resolution: a light page often measures 0 ms)`,
		);
	}
	lighthouseRow('accessibility', 'Accessibility 100 on every page');
	lighthouseRow('best-practices', 'Best practices 100 on every page');
	lighthouseRow('seo', 'SEO 100 on every page');

	const sRows = starter?.rows ?? null;
	if (sRows) {
		const extras = ours.rows.map((r) => {
			const b = baselineFor(r, sRows);
			return { r, b, extra: b ? r.jsLoad.gzip - b.jsLoad.gzip : null };
		});
		const worst = extras.reduce((a, b) => (b.extra > a.extra ? b : a));
		const over = extras.filter((e) => e.extra > TARGETS.extraJsGzip);
		add(
			'JS at load at most 2 KB (gzip) more than Starlight’s own, on every page',
			over.length === 0,
			`largest extra ${kb(worst.extra)} KB on ${code(worst.r.page)} (${kb(worst.r.jsLoad.gzip)} KB vs the starter’s ${code(worst.b.page)} ${kb(worst.b.jsLoad.gzip)} KB)${over.length ? `; over on ${over.length} pages` : ''}`,
		);
	} else add('JS at load at most 2 KB (gzip) more than Starlight’s own', null, 'starter not measured');

	// 2. HTML elements, from the build.
	const elementsLabel = `HTML elements on the heaviest chapter ≤ ${count(TARGETS.elements)}`;
	if (!ch) add(elementsLabel, null, 'no chapter pages found');
	else {
		const most = ours.rows.reduce((a, b) => (b.elements > a.elements ? b : a));
		add(
			elementsLabel,
			ch.heaviest.elements <= TARGETS.elements,
			`${code(ch.heaviest.page)} ${count(ch.heaviest.elements)} (lightest chapter ${code(ch.lightest.page)} ${count(ch.lightest.elements)}; ${ch.chapters} chapter pages)${most !== ch.heaviest ? `; most on any page: ${code(most.page)} ${count(most.elements)}` : ''}`,
		);
	}

	// 3. Pages at 360 px.
	const phone = ours.phone ?? [];
	const withFigures = phone.filter((p) => p.figures > 0);
	const errors = phone.flatMap((p) => p.errors.map((e) => `${code(p.page)} ${e}`));
	const failed = errors.length ? `; failed: ${errors.join(', ')}` : '';
	if (!withFigures.length) add(`At 360 px, figure text renders at ≥ ${TARGETS.textPx} CSS px`, null, 'not measured');
	else {
		const img = smallestOf(withFigures.map((p) => p.imageText && { ...p.imageText, page: p.page }));
		const live = smallestOf(withFigures.map((p) => p.liveText && { ...p.liveText, page: p.page }));
		const notNarrow = withFigures.flatMap((p) => p.notNarrow);
		add(
			`At 360 px, figure text renders at ≥ ${TARGETS.textPx} CSS px (default-view images and live charts)`,
			img !== null && live !== null && img.px >= TARGETS.textPx && live.px >= TARGETS.textPx && notNarrow.length === 0 && errors.length === 0,
			`smallest in an image ${px(img?.px)} (${img ? code(path.basename(img.src)) : '–'}), in a live chart ${px(live?.px)} (${live ? `${code(`${live.page}#${live.anchor}`)} “${live.text}”` : '–'}); ${plural(withFigures.length, 'page')} with figures${notNarrow.length ? `; ${notNarrow.length} images not in the phone layout` : ''}${failed}`,
		);
	}
	if (!phone.length) add('At 360 px, nothing scrolls sideways', null, 'not measured');
	else {
		const widest = phone.reduce((a, b) => (b.width.scroll - b.width.view > a.width.scroll - a.width.view ? b : a));
		const over = phone.filter((p) => p.width.scroll > p.width.view);
		add(
			'At 360 px, nothing scrolls sideways',
			over.length === 0,
			`widest: ${code(widest.page)} ${widest.width.scroll} px in a ${widest.width.view} px viewport (${plural(phone.length, 'page')})${over.length ? `; wider than the viewport: ${over.map((p) => code(p.page)).join(', ')}` : ''}`,
		);
	}
	if (!withFigures.length) add(`At 360 px, controls and points are touch targets ≥ ${TARGETS.targetPx} px`, null, 'not measured');
	else {
		const target = smallestOf(withFigures.map((p) => p.target && { ...p.target, page: p.page }));
		const small = withFigures.flatMap((p) => p.smallTargets);
		const points = withFigures.reduce((n, p) => n + p.points, 0);
		const bare = withFigures.reduce((n, p) => n + p.pointsWithoutTarget, 0);
		add(
			`At 360 px, controls and points are touch targets ≥ ${TARGETS.targetPx} px`,
			target !== null && small.length === 0 && bare === 0 && errors.length === 0,
			`smallest ${px(target?.px)} (${target ? `${code(target.page)} #${target.anchor}: ${target.what}` : '–'}); ${points ? `${count(points)} focusable chart points, ${bare ? `${bare} without a touch target` : 'each with a touch target'}` : 'no focusable chart points'}${small.length ? `; too small: ${small.slice(0, 5).join('; ')}` : ''}${failed}`,
		);
	}

	// 4. The first input on a slider.
	const fi = ours.firstInput ?? [];
	const warm = fi.map((f) => ({ f, r: f.runs.preloaded }));
	const labelLabel = 'First input on a slider: the value label answers within one frame, before any figure code has run';
	const redrawLabel = `First input on a slider: first redraw ≤ ${TARGETS.firstRedrawMs} ms at ${CPU_SLOWDOWN}× CPU slowdown (code preloaded)`;
	if (!fi.length) {
		add(labelLabel, null, 'not measured');
		add(redrawLabel, null, 'not measured');
	} else {
		const runs = `median of ${plural(env.opts.runs, 'run')}`;
		const labelBad = warm.filter(({ f, r }) => !f.labelled || !r.n || r.codeRunBeforeLabel > 0 || !(r.label.median <= TARGETS.frameMs));
		const slowest = warm.filter(({ r }) => r.n).reduce((a, b) => (a === null || b.r.label.median > a.r.label.median ? b : a), null);
		add(
			labelLabel,
			labelBad.length === 0,
			`${fi.length - labelBad.length} of ${plural(fi.length, 'figure')} (${runs}, ${CPU_SLOWDOWN}× CPU); slowest ${slowest ? `${slowest.f.figure} ${ms(slowest.r.label.median, 1)}` : '–'} after the input event${labelBad.length ? `; not met: ${labelBad.map(({ f, r }) => `${f.figure} (${!f.labelled ? `slider \`${f.param}\` has no labels in the page` : !r.n ? 'failed' : r.codeRunBeforeLabel ? `figure code ran first in ${r.codeRunBeforeLabel}/${r.n}` : ms(r.label.median, 1)})`).join(', ')}` : ''}`,
		);
		const redrawBad = warm.filter(({ r }) => !r.n || !(r.redraw.median <= TARGETS.firstRedrawMs));
		add(
			redrawLabel,
			redrawBad.length === 0,
			`${warm.map(({ f, r }) => `${f.figure} ${r.n ? ms(r.redraw.median) : 'failed'}`).join(', ')} (${runs}; without preloading: ${fi.map((f) => `${f.figure} ${f.runs.cold.n ? ms(f.runs.cold.redraw.median) : 'failed'}`).join(', ')})`,
		);
	}

	// 5. Control to redraw, every figure with a slider or radio buttons.
	const all = ours.figureTiming ?? [];
	const timing = all.filter((f) => !f.error);
	const unmeasured = all.filter((f) => f.error);
	if (timing.length) {
		const bad = timing.filter((f) => !(f.total.median <= TARGETS.redrawMedianMs));
		const slowest = timing.reduce((a, b) => (b.total.median > a.total.median ? b : a));
		add(
			`Control to redrawn figure: median ≤ ${TARGETS.redrawMedianMs} ms, every figure with a slider or radio buttons`,
			bad.length === 0 && unmeasured.length === 0,
			`${timing.length - bad.length} of ${all.length} controls; slowest ${slowest.figure} (${slowest.control} \`${slowest.param}\`) ${ms(slowest.total.median, 1)}${bad.length ? `; over: ${bad.map((f) => `${f.figure} (${f.control}) ${ms(f.total.median, 1)}`).join(', ')}` : ''}${unmeasured.length ? `; not measured: ${unmeasured.map((f) => `${f.figure} (${f.control}): ${f.error}`).join(', ')}` : ''}`,
		);
	} else add(`Control to redrawn figure: median ≤ ${TARGETS.redrawMedianMs} ms`, null, 'not measured');

	// 6. The bootstrap off the main thread.
	const wb = ours.workerBootstrap;
	const nb = ours.nodeBootstrap;
	const nodeText = nb ? `Node ${seconds(nb.bootstrapMs)} (CPU ${seconds(nb.cpuMs)} with two fits)` : 'Node not measured';
	const bootLabel = `${count(RESAMPLES)}-resample bootstrap (${BOOTSTRAP_FIGURE}) in the compute worker: no long task over ${TARGETS.longTaskMs} ms on the main thread`;
	if (!wb?.measured) add(bootLabel, null, `not measured${wb ? `: ${wb.reason}` : ' (no Chromium)'}; ${nodeText}`);
	else {
		const long = wb.longTasks.filter((d) => d > TARGETS.longTaskMs);
		add(
			bootLabel,
			long.length === 0 && wb.first.ok && wb.second.ok,
			`worker ${seconds(wb.first.ms)} (with its start-up), ${seconds(wb.second.ms)} again; ${nodeText}; long tasks meanwhile: ${wb.longTasks.length ? wb.longTasks.map((d) => ms(d)).join(', ') : 'none'}${wb.first.ok && wb.second.ok ? '' : `; no result: ${wb.first.error ?? wb.second.error}`}`,
		);
	}

	// 7. Figure code: fetched early at most, run only when the reader reaches for a figure.
	const figLoads = (ours.loads ?? []).filter((l) => l.figures > 0);
	const lazyLabel = 'Figure code runs only when the reader reaches for a figure (fetched early only as a preload, for figures within a screen)';
	if (figLoads.length) {
		const bad = figLoads.filter((l) => !l.lazyOk);
		const early = figLoads.reduce((a, b) => (b.laterAtLoad.gzip > a.laterAtLoad.gzip ? b : a));
		add(
			lazyLabel,
			bad.length === 0,
			`${figLoads.length - bad.length} of ${figLoads.length} pages with figures: no figure ran at load or when scrolled into view; most fetched early at load ${kb(early.laterAtLoad.gzip)} KB gzip (${code(early.page)})${bad.length ? `; failed: ${bad.map((l) => code(l.page)).join(', ')}` : ''}`,
		);
	} else add(lazyLabel, null, 'not measured');
	return rows;
}

const smallestOf = (items) => items.filter(Boolean).reduce((a, b) => (a === null || b.px < a.px ? b : a), null);
