/**
 * The worker that runs figures' computations (fits, bootstraps) off the main thread: it loads the
 * figure's definition, drives the computation's generator, posts progress at most every 50 ms and
 * then the result. One job at a time; the page cancels a job by terminating the worker.
 */
import { loadFigure } from '../registry';
import { isFigureId } from '../ids';
import type { FigureState } from '../types';

export interface ComputeRequest {
	job: number;
	figure: string;
	name: string;
	state: FigureState;
}
export type ComputeMessage = { job: number; progress: number } | { job: number; result: unknown } | { job: number; error: string };

const post = (message: ComputeMessage) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', async (event: MessageEvent<ComputeRequest>) => {
	const { job, figure, name, state } = event.data;
	try {
		if (!isFigureId(figure)) throw new Error(`unknown figure ${figure}`);
		const compute = (await loadFigure(figure)).compute?.find((c) => c.name === name);
		if (!compute) throw new Error(`figure ${figure} has no computation ${name}`);
		const work = compute.run(state);
		let last = performance.now();
		for (;;) {
			const step = work.next();
			if (step.done) {
				post({ job, result: step.value });
				return;
			}
			const now = performance.now();
			if (now - last > 50) {
				post({ job, progress: step.value });
				last = now;
			}
		}
	} catch (error) {
		post({ job, error: String(error) });
	}
});
