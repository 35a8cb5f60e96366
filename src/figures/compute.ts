/**
 * Running a figure's computations (`FigureDefinition.compute`) where no worker is needed: at build
 * time, to completion, for the default view. The browser runs the same generators in a worker
 * (`client/compute-host.ts`).
 */
import type { ComputeResults, FigureCompute, FigureDefinition, FigureState } from './types';

/** Drive a computation's generator to its end and return its result. */
export function runToEnd<T>(work: Generator<number, T, void>): T {
	for (;;) {
		const step = work.next();
		if (step.done) return step.value;
	}
}

/** The cache key of one computation in one state: the figure, the computation and its own key. */
export const computeKey = (def: Pick<FigureDefinition, 'id'>, compute: FigureCompute, state: FigureState) => `${def.id}/${compute.name}/${compute.key(state)}`;

const built = new Map<string, unknown>();

/** Every computation of a figure for a state, run to completion (memoised: a build asks several times). */
export function computeAll(def: FigureDefinition, state: FigureState): ComputeResults {
	const results: Record<string, unknown> = {};
	for (const compute of def.compute ?? []) {
		const key = computeKey(def, compute, state);
		if (!built.has(key)) built.set(key, runToEnd(compute.run(state)));
		results[compute.name] = built.get(key);
	}
	return results;
}
