/**
 * Timings of the fitting engine, for `npm run bench` and for src/lib/fit/README.md: one full fit
 * (grid scoring + BFGS from the best starts) and a seeded bootstrap, with the longest single
 * generator step (what one main-thread slice would cost). Plain TypeScript with `.ts` imports, so
 * Node ≥ 23.6 can import it directly (type stripping), e.g. from tests/bench or
 * `node scripts/fit-timing.mjs`.
 */
import { bootstrapChinchilla } from './bootstrap.ts';
import { dropHighestLoss, fitChinchilla } from './chinchilla.ts';
import type { Run } from './objective.ts';

export interface FitTimings {
	runs: number;
	/** Wall-clock milliseconds of one fitChinchilla (default options), after one warm-up fit. */
	fitMs: number;
	resamples: number;
	/** Wall-clock milliseconds of the whole bootstrap. */
	bootstrapMs: number;
	/** Median and longest time of one generator step (one resample). */
	stepMedianMs: number;
	stepMaxMs: number;
}

/**
 * The runs of `src/data/measured/chinchilla-fig4.csv` (`params_N,flops_C,loss_nats`), with D = C/(6N)
 * as the replication derived it: for scripts run by Node without a bundler, which cannot import the
 * CSV the way the site does (`src/data/measured/chinchilla.ts`).
 */
export function chinchillaRunsFromCsv(text: string): Run[] {
	const [header, ...rows] = text.trim().split('\n');
	if (header?.trim() !== 'params_N,flops_C,loss_nats') throw new Error(`unexpected CSV header: ${header}`);
	return rows.map((line) => {
		const [n, c, loss] = line.split(',').map(Number);
		if (!(n! > 0 && c! > 0 && loss! > 0)) throw new Error(`bad CSV row: ${line}`);
		return { n: n!, d: c! / (6 * n!), loss: loss! };
	});
}

/** Time a fit and a `resamples`-resample bootstrap on runs (the 5 highest losses dropped first, as Besiroglu et al.). */
export function benchChinchillaFit(allRuns: readonly Run[], options: { resamples?: number; seed?: number; drop?: number } = {}): FitTimings {
	const resamples = options.resamples ?? 1000;
	const runs = dropHighestLoss(allRuns, options.drop ?? 5);
	fitChinchilla(runs); // warm-up: let the JIT compile the objective and the minimiser
	let t = performance.now();
	fitChinchilla(runs);
	const fitMs = performance.now() - t;
	const steps: number[] = [];
	const generator = bootstrapChinchilla(runs, { resamples, seed: options.seed ?? 1 });
	const start = performance.now();
	for (;;) {
		t = performance.now();
		const step = generator.next();
		steps.push(performance.now() - t);
		if (step.done) break;
	}
	const bootstrapMs = performance.now() - start;
	steps.sort((a, b) => a - b);
	return {
		runs: runs.length,
		fitMs,
		resamples,
		bootstrapMs,
		stepMedianMs: steps[Math.floor(steps.length / 2)]!,
		stepMaxMs: steps[steps.length - 1]!,
	};
}
