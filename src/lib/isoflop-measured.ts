/**
 * The math of the measured iso-FLOP figure (`isoflop-measured`): Porian et al.'s (2024) runs per
 * configuration, the curve drawn through each budget's runs, each budget's minimum, and the
 * exponent a of N* ∝ C^a with its interval (Porian et al.'s seed-noise bootstrap, ./fit/isoflop-bootstrap.ts).
 * Pure: points in, numbers out.
 */
import { akima } from './fit/akima';
import { groupByBudget, fitParabola, type IsoFlopMethod, isoFlopMinimum, type IsoFlopMinimum, type IsoFlopRun } from './fit/isoflop';
import { isoFlopBootstrap } from './fit/isoflop-bootstrap';

/**
 * The seed-to-seed noise Porian et al. add to every loss in their bootstrap: `noise_low` of their
 * RW_SEED_CONFIG and OWT2_SEED_CONFIG (formll/resolving-scaling-law-discrepancies @ 0dc60d9,
 * configs.py, lines 121–122). Their analysis.py interpolates towards `noise_high` only where
 * ln(loss) exceeds 3, i.e. for losses above e³ ≈ 20, which no run here reaches.
 */
export const SEED_NOISE = { rw: 0.002, owt2: 0.01 } as const;

/** The bootstrap the figure runs: the paper's 1,000 resamples, one fixed seed. */
export const ISOFLOP_RESAMPLES = 1000;
export const ISOFLOP_SEED = 2024;

/** Points of a line through one budget's runs: the Akima interpolant or the least-squares parabola. */
export function budgetCurve(runs: readonly IsoFlopRun[], method: IsoFlopMethod, points = 30): { n: number; loss: number }[] {
	const sorted = groupByBudget(runs).get(runs[0]!.budget) ?? [];
	if (sorted.length < 3) return [];
	const x = sorted.map((r) => Math.log(r.n));
	const lo = x[0]!;
	const hi = x[x.length - 1]!;
	const at = (i: number) => lo + ((hi - lo) * i) / (points - 1);
	if (method === 'akima') {
		const curve = akima(
			x,
			sorted.map((r) => Math.log(r.loss)),
		);
		return Array.from({ length: points }, (_, i) => ({ n: Math.exp(at(i)), loss: Math.exp(curve.at(at(i))) }));
	}
	const c = fitParabola(
		x,
		sorted.map((r) => r.loss),
	);
	if (!c) return [];
	return Array.from({ length: points }, (_, i) => ({ n: Math.exp(at(i)), loss: c[0] + c[1] * at(i) + c[2] * at(i) ** 2 }));
}

/** Every budget of a configuration: its runs (one per size, lowest loss), curve and measured minimum. */
export interface BudgetView {
	budget: number;
	runs: IsoFlopRun[];
	curve: { n: number; loss: number }[];
	minimum: IsoFlopMinimum;
}

export function budgetViews(runs: readonly IsoFlopRun[], method: IsoFlopMethod): BudgetView[] {
	return [...groupByBudget(runs).entries()].map(([budget, group]) => ({
		budget,
		runs: group,
		curve: budgetCurve(group, method),
		minimum: isoFlopMinimum(group, method),
	}));
}

/** One configuration's bootstrap, as a figure computation returns it (plain, rounded numbers). */
export interface ConfigExponent {
	config: string;
	/** The weighted fit of ln N* on ln C over the kept budgets' medians; null with < 2 budgets. */
	a: number | null;
	lo: number | null;
	hi: number | null;
	budgets: { c: number; kept: boolean; validShare: number; median: number | null; logSd: number | null }[];
}

const round6 = (x: number | null) => (x === null ? null : Number(x.toPrecision(6)));

/**
 * The seed-noise bootstrap of every configuration in turn (a generator yielding progress 0–1),
 * as Porian et al. compute a and its 95% interval.
 */
export function* exponents(
	configs: readonly { id: string; noise: number; runs: readonly IsoFlopRun[] }[],
	method: IsoFlopMethod,
	resamples = ISOFLOP_RESAMPLES,
	seed = ISOFLOP_SEED,
): Generator<number, ConfigExponent[], void> {
	const out: ConfigExponent[] = [];
	for (const [i, config] of configs.entries()) {
		const work = isoFlopBootstrap(config.runs, { resamples, seed, noise: config.noise, method, progressEvery: 10 });
		for (;;) {
			const step = work.next();
			if (!step.done) {
				yield (i + step.value.done / step.value.total) / configs.length;
				continue;
			}
			const r = step.value;
			out.push({
				config: config.id,
				a: round6(r.fit?.exponent ?? null),
				lo: round6(r.exponentInterval?.lo ?? null),
				hi: round6(r.exponentInterval?.hi ?? null),
				budgets: r.budgets.map((b) => ({ c: b.measured.budget, kept: b.kept, validShare: round6(b.validShare)!, median: round6(b.nStarMedian), logSd: round6(b.logNStarSD) })),
			});
			break;
		}
	}
	return out;
}
