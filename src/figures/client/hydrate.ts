/**
 * Makes one pre-rendered figure interactive: reads its state from the URL, wires its controls,
 * and re-renders it with the same definition and render code the build used.
 */
import type { Lang } from '../../data/schema';
import { UI } from '../../i18n/ui';
import { isFigureId } from '../ids';
import { loadFigure } from '../registry';
import { type Layout, NARROW_BELOW, readoutHtml, renderFigure, tableHtml, toCsv } from '../render';
import { computeKey } from '../compute';
import { defaultState, formatTyped, parseNumber, parseTypedNumber, sliderPosition, stateFromSearch, valueFromSlider, writeStateToSearch } from '../state';
import type { ComputeResults, FigureDefinition, FigureState, ParamSpec } from '../types';
import { type Job, startJob } from './compute-host';

/** Radius of a point's touch target, in chart units (≥ 12 CSS px at the narrowest figure width). */
const HIT_RADIUS = 14;

export async function hydrate(root: HTMLElement, pendingAction: HTMLButtonElement | null = null): Promise<void> {
	const id = root.dataset['figure'];
	if (!isFigureId(id)) throw new Error(`unknown figure ${String(id)}`);
	const lang: Lang = root.dataset['lang'] === 'zh-cn' ? 'zh-cn' : 'en';
	const def = await loadFigure(id);
	const defaults = defaultState(def);
	let state: FigureState = stateFromSearch(def, new URLSearchParams(location.search));
	let lastData = def.data(state, {});

	const q = <T extends Element>(selector: string) => root.querySelector<T>(selector);
	const plots = q<HTMLElement>('.fig-plots');
	const table = q<HTMLTableElement>('.fig-data table');
	const details = q<HTMLDetailsElement>('.fig-data');
	const tableNote = q<HTMLElement>('.fig-table-note');
	const readout = q<HTMLElement>('.fig-readout');
	const description = q<HTMLElement>(`#fig-${id}-desc`);
	const inputProblem = q<HTMLElement>('.fig-input-problem');

	function showValue(param: ParamSpec) {
		const output = q<HTMLOutputElement>(`output[data-param="${param.name}"]`);
		const value = state[param.name];
		if (output && typeof value === 'number' && param.kind !== 'choice') output.textContent = param.format(value, lang);
	}

	function syncControls() {
		for (const param of def.params) {
			const value = state[param.name];
			if (param.kind === 'choice') {
				for (const radio of root.querySelectorAll<HTMLInputElement>(`input[data-param="${param.name}"]`)) radio.checked = radio.value === value;
			} else {
				const input = q<HTMLInputElement>(`input[data-param="${param.name}"]`);
				if (input && typeof value === 'number') {
					input.value = param.kind === 'range' ? String(sliderPosition(param, value)) : formatTyped(value);
					if (param.kind === 'range') input.setAttribute('aria-valuetext', param.format(value, lang));
				}
			}
			showValue(param);
		}
	}

	/**
	 * Points that carry a tooltip (`<title>`) become keyboard stops: Tab reaches each one and the
	 * line under the chart names it, as hovering does. The chart turns from one image into a group
	 * of labelled points; the data table still lists every point.
	 */
	const focusLine = q<HTMLElement>('.fig-focus');
	function enablePointFocus() {
		const points = [...root.querySelectorAll<SVGElement>('.fig-plots svg title')].flatMap((t) => (t.parentElement ? [t.parentElement as unknown as SVGElement] : []));
		if (points.length === 0 || !focusLine) return;
		// Every box is read before anything is written: reading a box after a write forces a
		// fresh layout, once per point (≈0.7 s per redraw on the compute trend).
		const boxes = points.map((point) => (point as unknown as SVGGraphicsElement).getBBox?.());
		for (const chart of root.querySelectorAll('.fig-plots svg[role="img"]')) chart.setAttribute('role', 'group');
		points.forEach((point, i) => {
			point.setAttribute('tabindex', '0');
			point.setAttribute('role', 'img');
			point.setAttribute('aria-label', point.querySelector('title')?.textContent ?? '');
			point.classList.add('fig-point');
			addHitArea(point, boxes[i]);
		});
	}

	/**
	 * A point is a few pixels across; a finger needs ≥ 24 px (WCAG 2.5.8). A transparent circle of
	 * radius HIT_RADIUS units around it takes the tap and gives focus to the point, which names it.
	 */
	function addHitArea(point: SVGElement, box: DOMRect | undefined) {
		if (!box || !point.parentNode) return;
		const hit = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
		hit.setAttribute('class', 'fig-hit');
		hit.setAttribute('cx', String(box.x + box.width / 2));
		hit.setAttribute('cy', String(box.y + box.height / 2));
		hit.setAttribute('r', String(Math.max(HIT_RADIUS, box.width / 2, box.height / 2)));
		const transform = point.getAttribute('transform');
		if (transform) hit.setAttribute('transform', transform);
		hit.addEventListener('pointerdown', (event) => {
			event.preventDefault();
			point.focus();
		});
		point.parentNode.insertBefore(hit, point);
	}
	root.addEventListener('focusin', (event) => {
		const point = (event.target as Element | null)?.closest?.('.fig-point');
		if (!point || !focusLine) return;
		focusLine.textContent = (point.getAttribute('aria-label') ?? '').replace(/\s*\n\s*/g, ' · ');
		focusLine.hidden = false;
	});

	/** The layout that fits the figure's width now (the static images chose the same way, in CSS). */
	const layoutNow = (): Layout => ((plots?.clientWidth ?? NARROW_BELOW) < NARROW_BELOW ? 'narrow' : 'wide');
	let layout = layoutNow();

	// ----- Computations (fits, bootstraps): cached by key, seeded with the build's results for the
	// default view, run one at a time off the main thread, with progress and a cancel button.
	const results = new Map<string, unknown>();
	const embedded = q<HTMLScriptElement>('script.fig-results');
	if (embedded?.textContent) for (const [key, value] of Object.entries(JSON.parse(embedded.textContent) as Record<string, unknown>)) results.set(key, value);
	const cancelled = new Set<string>();
	let running: { key: string; job: Job } | null = null;
	const progress = def.compute?.length ? createProgress() : null;

	function currentResults(): ComputeResults {
		const out: Record<string, unknown> = {};
		for (const compute of def.compute ?? []) {
			const key = computeKey(def, compute, state);
			if (results.has(key)) out[compute.name] = results.get(key);
		}
		return out;
	}

	/** Start the first computation the current state still needs (unless the reader cancelled it). */
	function schedule() {
		const next = def.compute?.find((c) => !results.has(computeKey(def, c, state)));
		const key = next ? computeKey(def, next, state) : null;
		if (running && running.key !== key) {
			running.job.cancel();
			running = null;
		}
		if (!next || !key || running || cancelled.has(key)) {
			if (!running && progress) progress.box.hidden = true;
			return;
		}
		if (progress) {
			progress.label.textContent = next.label(state, lang);
			progress.bar.value = 0;
			progress.bar.hidden = false;
			progress.box.hidden = false;
			progress.cancel.hidden = false;
		}
		const job = startJob(def.id, next.name, state, (fraction) => {
			if (progress) progress.bar.value = fraction;
		});
		running = { key, job };
		job.result.then(
			(result) => {
				results.set(key, result);
				if (running?.key === key) running = null;
				draw();
				schedule();
			},
			(error: unknown) => {
				if (running?.key === key) running = null;
				if (error instanceof DOMException && error.name === 'AbortError') return;
				console.error(error);
				if (progress) {
					progress.label.textContent = String(error);
					progress.cancel.hidden = true;
				}
			},
		);
	}

	function createProgress() {
		const box = document.createElement('div');
		box.className = 'fig-progress';
		box.hidden = true;
		const bar = document.createElement('progress');
		bar.max = 1;
		const label = document.createElement('span');
		label.setAttribute('role', 'status');
		bar.setAttribute('aria-label', def.title[lang]);
		const cancel = document.createElement('button');
		cancel.type = 'button';
		cancel.dataset['action'] = 'cancel';
		cancel.textContent = UI[lang].figureCancel;
		box.append(bar, label, cancel);
		plots?.before(box);
		return { box, bar, label, cancel };
	}

	let tableDirty = true;
	function fillTable() {
		if (!table || !tableDirty) return;
		table.innerHTML = tableHtml(lastData, lang);
		if (tableNote) tableNote.hidden = true;
		tableDirty = false;
	}
	details?.addEventListener('toggle', () => {
		if (details.open) fillTable();
	});

	let frame = 0;
	function draw() {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			const rendered = renderFigure(def, state, lang, document, layout, currentResults());
			lastData = rendered.data;
			if (plots) {
				if (rendered.problem) {
					const message = document.createElement('p');
					message.className = 'fig-problem';
					message.setAttribute('role', 'alert');
					message.textContent = rendered.problem;
					plots.replaceChildren(message);
				} else plots.replaceChildren(...rendered.nodes);
			}
			enablePointFocus();
			// The table is built only while it is open: a long one would cost every redraw.
			tableDirty = true;
			if (details?.open) fillTable();
			if (readout) readout.innerHTML = readoutHtml(def, state, rendered.data, lang);
			if (description) description.textContent = rendered.description;
			root.dataset['rendered'] = String(Number(root.dataset['rendered'] ?? 0) + 1);
		});
	}

	function commit(next: FigureState) {
		state = next;
		const search = writeStateToSearch(def, state, new URLSearchParams(location.search));
		const query = search.toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
		draw();
		schedule();
	}

	root.addEventListener('input', (event) => {
		const input = event.target;
		if (!(input instanceof HTMLInputElement) || !input.dataset['param']) return;
		const param = def.params.find((p) => p.name === input.dataset['param']);
		if (!param) return;
		const next = { ...state };
		if (param.kind === 'range') {
			next[param.name] = valueFromSlider(param, Number(input.value));
			input.setAttribute('aria-valuetext', param.format(next[param.name] as number, lang));
		} else if (param.kind === 'choice') {
			if (!input.checked) return;
			next[param.name] = input.value;
		} else {
			const value = parseTypedNumber(input.value);
			const ok = value !== null && value >= param.min && value <= param.max;
			input.setAttribute('aria-invalid', String(!ok));
			if (inputProblem) {
				inputProblem.textContent = ok ? '' : numberProblem(param, lang);
				inputProblem.hidden = ok;
			}
			if (!ok) return;
			next[param.name] = value;
		}
		state = next;
		showValue(param);
		commit(next);
	});

	root.addEventListener('click', (event) => {
		const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
		if (!button) return;
		const action = button.dataset['action'];
		if (action === 'preset') {
			const preset = def.presets?.find((p) => p.id === button.dataset['preset']);
			if (preset) {
				commit({ ...state, ...preset.state });
				syncControls();
			}
		} else if (action === 'reset') {
			commit({ ...defaults });
			syncControls();
		} else if (action === 'csv') {
			downloadCsv(def, lastData);
		} else if (action === 'copy') {
			void copyLink(def, state, button, lang);
		} else if (action === 'cancel' && running && progress) {
			cancelled.add(running.key);
			running.job.cancel();
			running = null;
			progress.label.textContent = UI[lang].figureCancelled;
			progress.bar.hidden = true;
			progress.cancel.hidden = true;
		}
	});

	// A control the reader moved while the figure code was loading wins over the URL.
	const moved = controlsState();
	if (moved) state = moved;
	// The live chart replaces the default view's images: points get their tooltips and keyboard
	// stops, and the chart follows the theme and the figure's width from now on.
	if (moved) commit(state);
	else {
		draw();
		schedule();
	}
	if (def.params.some((p) => state[p.name] !== defaults[p.name])) syncControls();
	if (plots && typeof ResizeObserver === 'function') {
		new ResizeObserver(() => {
			const next = layoutNow();
			if (next !== layout) {
				layout = next;
				draw();
			}
		}).observe(plots);
	}
	root.dataset['state'] = 'ready';
	pendingAction?.click();
	return;

	/**
	 * The state with the values of controls the reader changed before the code arrived, or null.
	 * A control counts as changed when it differs from its own markup default (`defaultValue`,
	 * `defaultChecked`): the browser snaps a slider's value to its step, so comparing values with
	 * the figure's defaults would see changes nobody made.
	 */
	function controlsState(): FigureState | null {
		const read: FigureState = { ...state };
		let changed = false;
		for (const param of def.params) {
			if (param.kind === 'choice') {
				const checked = root.querySelector<HTMLInputElement>(`input[data-param="${param.name}"]:checked`);
				if (checked && !checked.defaultChecked && param.options.some((o) => o.value === checked.value)) {
					read[param.name] = checked.value;
					changed = true;
				}
			} else {
				const input = root.querySelector<HTMLInputElement>(`input[data-param="${param.name}"]`);
				if (!input) continue;
				const moved = param.kind === 'range' ? Math.abs(Number(input.value) - Number(input.defaultValue)) > param.step / 2 : input.value.trim() !== input.defaultValue;
				const value = moved ? (param.kind === 'range' ? parseNumber(input.value) : parseTypedNumber(input.value)) : null;
				if (value === null) continue;
				read[param.name] = param.kind === 'range' ? valueFromSlider(param, value) : Math.min(param.max, Math.max(param.min, value));
				changed = true;
			}
		}
		return changed ? read : null;
	}
}

function numberProblem(param: ParamSpec & { kind: 'number' }, lang: Lang): string {
	const range = `${param.format(param.min, lang)} – ${param.format(param.max, lang)}`;
	return lang === 'zh-cn'
		? `“${param.label['zh-cn']}”需要一个 ${range} 之间的数字。`
		: `${param.label.en} needs a number between ${range}.`;
}

function downloadCsv(def: FigureDefinition, data: ReturnType<FigureDefinition['data']>) {
	const url = URL.createObjectURL(new Blob([toCsv(data)], { type: 'text/csv;charset=utf-8' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = `${def.id}-view.csv`;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function copyLink(def: FigureDefinition, state: FigureState, button: HTMLButtonElement, lang: Lang) {
	const url = new URL(location.href);
	url.search = writeStateToSearch(def, state, url.searchParams).toString();
	url.hash = `fig-${def.id}`;
	const text = url.toString();
	button.dataset['link'] = text;
	try {
		await navigator.clipboard.writeText(text);
	} catch {
		// Clipboard access can be refused (insecure origin, permissions): show the link instead.
		window.prompt(UI[lang].figureCopyLink, text);
	}
	const status = button.parentElement?.querySelector<HTMLElement>('.fig-copy-status');
	if (status) {
		status.textContent = UI[lang].figureCopied;
		setTimeout(() => (status.textContent = ''), 2500);
	}
}
