/**
 * Runs a figure's computation without blocking the page: in a Web Worker, or, where workers are
 * unavailable, on the main thread in slices of at most `SLICE_MS`, yielding to the page between
 * them. Either way it reports progress and can be cancelled.
 */
import { loadFigure } from '../registry';
import type { FigureId } from '../ids';
import type { FigureState } from '../types';
import type { ComputeMessage, ComputeRequest } from './compute-worker';

/** Longest stretch of main-thread work in the fallback (a long task is 50 ms). */
export const SLICE_MS = 12;

export interface Job {
	result: Promise<unknown>;
	cancel(): void;
}

/**
 * One worker per figure: cancelling a job ends its worker (a running generator cannot be stopped
 * from outside), and that must not take another figure's running job with it.
 */
const workers = new Map<FigureId, Worker>();
let nextJob = 1;
const listeners = new Map<number, { figure: FigureId; listen: (message: ComputeMessage) => void }>();

function getWorker(figure: FigureId): Worker {
	let worker = workers.get(figure);
	if (!worker) {
		worker = new Worker(new URL('./compute-worker.ts', import.meta.url), { type: 'module' });
		worker.addEventListener('message', (event: MessageEvent<ComputeMessage>) => listeners.get(event.data.job)?.listen(event.data));
		workers.set(figure, worker);
	}
	return worker;
}

/** Whether this browser can run computations in a worker (tests may force the fallback). */
export const canUseWorker = () => typeof Worker === 'function' && !(globalThis as { __courseNoWorker?: boolean }).__courseNoWorker;

export function startJob(figure: FigureId, name: string, state: FigureState, onProgress: (fraction: number) => void): Job {
	return canUseWorker() ? inWorker(figure, name, state, onProgress) : inSlices(figure, name, state, onProgress);
}

function inWorker(figure: FigureId, name: string, state: FigureState, onProgress: (fraction: number) => void): Job {
	const job = nextJob++;
	let reject: (reason: unknown) => void = () => {};
	const result = new Promise<unknown>((resolve, rej) => {
		reject = rej;
		listeners.set(job, {
			figure,
			listen: (message) => {
				if ('progress' in message) onProgress(message.progress);
				else {
					listeners.delete(job);
					if ('result' in message) resolve(message.result);
					else rej(new Error(message.error));
				}
			},
		});
	});
	getWorker(figure).postMessage({ job, figure, name, state } satisfies ComputeRequest);
	return {
		result,
		cancel() {
			if (!listeners.has(job)) return;
			listeners.delete(job);
			workers.get(figure)?.terminate();
			workers.delete(figure);
			// Any other job of this figure dies with its worker (the page runs one at a time per figure).
			for (const [other, entry] of listeners) {
				if (entry.figure !== figure) continue;
				listeners.delete(other);
				entry.listen({ job: other, error: 'cancelled' });
			}
			reject(new DOMException('cancelled', 'AbortError'));
		},
	};
}

function inSlices(figure: FigureId, name: string, state: FigureState, onProgress: (fraction: number) => void): Job {
	let cancelled = false;
	let reject: (reason: unknown) => void = () => {};
	const result = new Promise<unknown>((resolve, rej) => {
		reject = rej;
		void loadFigure(figure).then((def) => {
			const compute = def.compute?.find((c) => c.name === name);
			if (!compute) return rej(new Error(`figure ${figure} has no computation ${name}`));
			const work = compute.run(state);
			const slice = () => {
				if (cancelled) return;
				const end = performance.now() + SLICE_MS;
				let fraction = 0;
				while (performance.now() < end) {
					const step = work.next();
					if (step.done) return resolve(step.value);
					fraction = step.value;
				}
				onProgress(fraction);
				setTimeout(slice, 0);
			};
			slice();
		}, rej);
	});
	return {
		result,
		cancel() {
			cancelled = true;
			reject(new DOMException('cancelled', 'AbortError'));
		},
	};
}
