/**
 * The three figures on measured scaling data: their math (src/lib/refit.ts, isoflop-measured.ts,
 * ladder.ts) against the papers' numbers, the computations' results (deterministic, JSON-safe,
 * small enough to embed), and every number the scaling-laws chapter quotes from these figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHINCHILLA_RUNS } from '../../src/data/measured/chinchilla';
import { OLMO_RUNS } from '../../src/data/measured/olmo';
import { PORIAN_CONFIGS, PORIAN_POINTS } from '../../src/data/measured/porian';
import { computeAll } from '../../src/figures/compute';
import { loadFigure } from '../../src/figures/registry';
import { defaultState } from '../../src/figures/state';
import type { FigureDefinition, FigureState } from '../../src/figures/types';
import { runToCompletion } from '../../src/lib/fit/bootstrap';
import { HOFFMANN_TEX_FIT } from '../../src/lib/fit/chinchilla';
import { huberObjective } from '../../src/lib/fit/objective';
import { budgetCurve, exponents, SEED_NOISE } from '../../src/lib/isoflop-measured';
import { FIT_LIMITS, ladderRuns, predictLadder } from '../../src/lib/ladder';
import { bootstrapFits, bootstrapIntervals, budgetOf, compactBootstrap, fitOf, fitRuns, HIGHLIGHT_BUDGETS, PUBLISHED_SETS, refit, tokensPerParamBand } from '../../src/lib/refit';
import { BESIROGLU_FIT, computeOptimal, HOFFMANN_FIT } from '../../src/lib/scaling';

const KEPT = fitRuns(CHINCHILLA_RUNS, true);

/** A figure's data in a state, with its computations run to the end (as the build runs them). */
async function viewData(id: string, patch: FigureState = {}) {
	const def = (await loadFigure(id as never)) as FigureDefinition;
	const state = { ...defaultState(def), ...patch };
	return def.data(state, computeAll(def, state));
}
const rowsOf = (data: Awaited<ReturnType<typeof viewData>>, series: string) => data.rows.filter((r) => r['series'] === series);

describe('chinchilla-refit: parameter sets and the live fit', () => {
	test('the published sets are the project’s constants: Hoffmann as printed, unrounded as the notebook, Besiroglu as reported', () => {
		expect(PUBLISHED_SETS.hoffmann).toBe(HOFFMANN_FIT);
		expect(PUBLISHED_SETS['hoffmann-tex']).toBe(HOFFMANN_TEX_FIT);
		expect(PUBLISHED_SETS.besiroglu).toBe(BESIROGLU_FIT);
		expect(PUBLISHED_SETS['hoffmann-tex'].alpha).toBeCloseTo(0.33917, 5);
	});

	test('the Huber objectives the chapter quotes: 0.00412 (as published), 0.00123 (unrounded), 0.00102 (refit), on 240 runs', () => {
		expect(KEPT).toHaveLength(240);
		expect(huberObjective(HOFFMANN_FIT, KEPT, 1e-3)).toBeCloseTo(0.004121, 6);
		expect(huberObjective(HOFFMANN_TEX_FIT, KEPT, 1e-3)).toBeCloseTo(0.0012312, 7);
		const own = refit(KEPT, 1e-3);
		expect(own.value).toBeCloseTo(0.0010183, 7);
		expect(own.converged).toBe(true);
	});

	test('the fit survives JSON (the page embeds it) and reproduces the notebook’s grid optimum', () => {
		const own = refit(KEPT, 1e-3);
		const again = JSON.parse(JSON.stringify(own));
		expect(fitOf(again)).toEqual(fitOf(own));
		const fit = fitOf(own);
		expect(fit.E).toBeCloseTo(1.8172, 3);
		expect(fit.A).toBeCloseTo(477.8, 0);
		expect(fit.alpha).toBeCloseTo(0.3473, 4);
		expect(fit.beta).toBeCloseTo(0.3672, 4);
	});

	test('δ = 10⁻⁶ reproduces the reported table to 0.1% (the reported fit is effectively δ → 0)', () => {
		const fit = fitOf(refit(KEPT, 1e-6));
		for (const k of ['E', 'A', 'B', 'alpha', 'beta'] as const) expect(Math.abs(fit[k] / BESIROGLU_FIT[k] - 1), k).toBeLessThan(1e-3);
	});

	test('the three highlighted budgets hold iso-FLOP runs; the others are left grey', () => {
		const counts = HIGHLIGHT_BUDGETS.map((b) => CHINCHILLA_RUNS.filter((r) => budgetOf(r.c) === b).length);
		for (const n of counts) expect(n).toBeGreaterThanOrEqual(15);
		expect(budgetOf(1.2e19)).toBe(1e19);
		expect(budgetOf(1.3e19)).toBeNull();
		expect(budgetOf(1.3e20)).toBeNull();
		expect(budgetOf(3e19)).toBeNull();
	});
});

describe('chinchilla-refit: the seeded bootstrap as a computation', () => {
	const small = () => runToCompletion(compactBootstrap(KEPT, { resamples: 40, seed: 7, delta: 1e-3 }));

	test('the same seed gives the same samples; another seed others', () => {
		const a = small();
		expect(small()).toEqual(a);
		expect(runToCompletion(compactBootstrap(KEPT, { resamples: 40, seed: 8, delta: 1e-3 })).samples).not.toEqual(a.samples);
	});

	test('it yields progress from 0 to 1 and returns 6-digit samples, 5 per resample', () => {
		const work = compactBootstrap(KEPT, { resamples: 10, seed: 1, delta: 1e-3 });
		const progress: number[] = [];
		let step = work.next();
		while (!step.done) {
			progress.push(step.value);
			step = work.next();
		}
		expect(progress.length).toBeGreaterThan(5);
		expect([...progress].sort((x, y) => x - y)).toEqual(progress);
		expect(Math.max(...progress)).toBeLessThanOrEqual(1);
		expect(step.value.samples).toHaveLength(50);
		for (const v of step.value.samples) expect(Number(v.toPrecision(6))).toBe(v);
	});

	test('intervals and the tokens-per-parameter band are ordered and contain the point fit', () => {
		const fits = bootstrapFits(small());
		const own = fitOf(refit(KEPT, 1e-3));
		const iv = bootstrapIntervals(fits, 5.76e23);
		expect(iv.alpha.lo).toBeLessThan(own.alpha);
		expect(iv.alpha.hi).toBeGreaterThan(own.alpha);
		expect(iv.tokens_per_param.lo).toBeLessThan(computeOptimal(own, 5.76e23).tokensPerParam);
		for (const p of tokensPerParamBand(fits)) {
			expect(p.lo).toBeLessThanOrEqual(p.median);
			expect(p.median).toBeLessThanOrEqual(p.hi);
		}
	});
});

describe('chinchilla-refit: the default view (what the page embeds and the chapter quotes)', () => {
	test('200 resamples, seed 2024: a 95% interval of about 8 to 35 tokens per parameter at Gopher’s budget, around 17.9; the result embeds in under 10 KB', async () => {
		const def = await loadFigure('chinchilla-refit');
		const state = defaultState(def);
		const results = computeAll(def, state);
		expect(JSON.stringify(results).length).toBeLessThan(10_000);
		const data = def.data(state, results);
		const tpp = rowsOf(data, 'estimate').find((r) => r['set'] === 'own' && r['quantity'] === 'tokens_per_param')!;
		expect(tpp['value']).toBeCloseTo(17.9, 1);
		expect(tpp['ci_lo']).toBeCloseTo(7.9, 1);
		expect(tpp['ci_hi']).toBeCloseTo(35.4, 1);
		const a = rowsOf(data, 'estimate').find((r) => r['set'] === 'own' && r['quantity'] === 'a')!;
		expect(a['ci_lo']).toBeCloseTo(0.48, 2);
		expect(a['ci_hi']).toBeCloseTo(0.55, 2);
		// Only 39 of the 240 residuals are within δ = 10⁻³: the Huber loss acts mostly as absolute deviations.
		const inside = rowsOf(data, 'run').filter((r) => Math.abs(r['log_residual'] as number) <= 1e-3);
		expect(inside).toHaveLength(39);
	});

	test('keeping the five highest losses moves the compute-optimal split to about 7 tokens per parameter', async () => {
		const data = await viewData('chinchilla-refit', { outliers: 'keep', boot: 'off' });
		const tpp = rowsOf(data, 'estimate').find((r) => r['quantity'] === 'tokens_per_param')!;
		expect(tpp['value']).toBeCloseTo(6.8, 1);
		expect(rowsOf(data, 'dropped')).toHaveLength(0);
	});

	test('the residuals of the rounded published set sit below zero: median about −0.018', async () => {
		const data = await viewData('chinchilla-refit', { set: 'hoffmann', boot: 'off' });
		const r = rowsOf(data, 'run')
			.map((row) => row['log_residual'] as number)
			.sort((x, y) => x - y);
		expect(r[120]!).toBeCloseTo(-0.0175, 3);
		// The printed curve runs above 235 of the 240 points.
		expect(r.filter((x) => x < 0)).toHaveLength(235);
	});

	test('the five highest losses have 0.04–0.4 tokens per parameter; only six other runs have fewer than one', () => {
		const dropped = CHINCHILLA_RUNS.filter((r) => !KEPT.includes(r)).map((r) => r.d / r.n);
		expect(dropped).toHaveLength(5);
		expect(Math.min(...dropped)).toBeCloseTo(0.036, 3);
		expect(Math.max(...dropped)).toBeCloseTo(0.40, 2);
		expect(KEPT.filter((r) => r.d / r.n < 1)).toHaveLength(6);
	});
});

describe('isoflop-measured', () => {
	const rw = (id: string) => PORIAN_POINTS.filter((p) => p.config === id).map((p) => ({ budget: p.c, n: p.n, loss: p.loss }));

	test('the seed noise is Porian et al.’s RefinedWeb level', () => {
		expect(SEED_NOISE.rw).toBe(0.002);
	});

	test('the Akima curve passes through each budget’s end runs', () => {
		const runs = rw('rw-tuned').filter((r) => r.budget === 1e17);
		const curve = budgetCurve(runs, 'akima');
		const sorted = [...runs].sort((a, b) => a.n - b.n);
		expect(curve[0]!.n).toBeCloseTo(sorted[0]!.n, 0);
		expect(curve[0]!.loss).toBeCloseTo(sorted[0]!.loss, 10);
		expect(curve.at(-1)!.loss).toBeCloseTo(sorted.at(-1)!.loss, 10);
	});

	test('with the paper’s method the course reproduces every RefinedWeb exponent of Table 1 to 0.002, and the paper’s kept budgets', async () => {
		const data = await viewData('isoflop-measured');
		const rows = rowsOf(data, 'exponent');
		expect(rows).toHaveLength(5);
		for (const r of rows) {
			expect(Math.abs((r['value'] as number) - (r['paper_a'] as number)), String(r['config'])).toBeLessThan(0.002);
			expect(Math.abs((r['ci_lo'] as number) - (r['paper_lo'] as number))).toBeLessThan(0.01);
			expect(Math.abs((r['ci_hi'] as number) - (r['paper_hi'] as number))).toBeLessThan(0.01);
		}
		const head = await viewData('isoflop-measured', { config: 'rw-head' });
		const minima = rowsOf(head, 'minimum');
		expect(minima[0]).toMatchObject({ status: 'edge', in_fit: 'no' });
		expect(minima.filter((m) => m['in_fit'] === 'yes')).toHaveLength(PORIAN_CONFIGS.find((c) => c.id === 'rw-head')!.paper.budgets);
	});

	test('a least-squares parabola gives other exponents: 0.856 for Kaplan’s setup, 0.513 for the tuned one', () => {
		const configs = ['rw-kaplan', 'rw-tuned'].map((id) => ({ id, noise: SEED_NOISE.rw, runs: rw(id) }));
		const [kaplan, tuned] = runToCompletion(exponents(configs, 'parabola', 200, 1));
		expect(kaplan!.a).toBeCloseTo(0.856, 3);
		expect(tuned!.a).toBeCloseTo(0.513, 3);
		// Kaplan's three smallest budgets have their vertex outside the sampled sizes.
		expect(kaplan!.budgets.slice(0, 3).every((b) => !b.kept)).toBe(true);
	});
});

describe('ladder-prediction', () => {
	test('the fit may stop at 370M, 760M or 1.3B: 8, 12 or 16 runs', () => {
		expect(FIT_LIMITS.map((l) => ladderRuns(OLMO_RUNS, l).length)).toEqual([8, 12, 16]);
	});

	test('predictions are deterministic, cover every run, and flag the 7B and 13B targets as extrapolated', () => {
		const a = runToCompletion(predictLadder(OLMO_RUNS, '760M', 30, 3));
		expect(runToCompletion(predictLadder(OLMO_RUNS, '760M', 30, 3))).toEqual(a);
		expect(a.predictions).toHaveLength(OLMO_RUNS.length);
		const targets = a.predictions.filter((p) => p.key.startsWith('7B') || p.key.startsWith('13B'));
		expect(targets.every((p) => p.extrapolated)).toBe(true);
		const used = a.predictions.filter((p) => p.key.startsWith('190M') || p.key.startsWith('370M'));
		expect(used.every((p) => !p.extrapolated && p.lo <= p.hi)).toBe(true);
	});

	test('the errors the chapter quotes: +8.8% and +9.8% from two sizes (intervals miss), about +2% from three, −2.0% and −3.8% from all four', async () => {
		const err = async (upto: string) => {
			const data = await viewData('ladder-prediction', { upto });
			return data.rows.filter((r) => r['role'] === 'target').map((r) => ({ err: r['error_pct'] as number, covered: (r['ci_lo'] as number) <= (r['loss_c4'] as number) && (r['loss_c4'] as number) <= (r['ci_hi'] as number) }));
		};
		const two = await err('370M');
		expect(two.map((t) => Number(t.err.toFixed(1)))).toEqual([8.8, 9.8]);
		expect(two.every((t) => !t.covered)).toBe(true);
		const three = await err('760M');
		expect(three.map((t) => Number(t.err.toFixed(1)))).toEqual([2.2, 2.0]);
		const floor = async (upto: string) => ((await viewData('ladder-prediction', { upto })).meta?.['fit'] as { E: number }).E;
		// The floor E is not pinned by the ladder: 2.06 nats from 12 runs, 0.93 from 16.
		expect(await floor('760M')).toBeCloseTo(2.06, 2);
		expect(await floor('1.3B')).toBeCloseTo(0.93, 2);
		const four = await err('1.3B');
		expect(four.map((t) => Number(t.err.toFixed(1)))).toEqual([-2.0, -3.8]);
		expect(four.every((t) => t.covered)).toBe(true);
	});
});

describe('the chapter quotes these figures as they compute', () => {
	const chapters = ['en', 'zh-cn'].map((lang) => readFileSync(new URL(`../../content/${lang}/scaling-laws.mdx`, import.meta.url), 'utf8'));
	const quoted = (text: string) => chapters.forEach((chapter, i) => expect(chapter, `${['en', 'zh-cn'][i]}: "${text}"`).toContain(text));

	test('Porian et al.’s exponents, from porian-configs.csv', () => {
		for (const config of PORIAN_CONFIGS.filter((c) => c.dataset.key === 'rw' && c.id !== 'rw-kaplan-adjusted')) quoted(config.paper.a.toFixed(3));
		const kaplan = PORIAN_CONFIGS.find((c) => c.id === 'rw-kaplan')!.paper;
		quoted(`${kaplan.lo.toFixed(2)}–${kaplan.hi.toFixed(2)}`);
		for (const id of ['owt2-kaplan', 'owt2-tuned']) quoted(PORIAN_CONFIGS.find((c) => c.id === id)!.paper.a.toFixed(3));
	});

	test('the Huber objectives and the default bootstrap', async () => {
		for (const fit of [HOFFMANN_FIT, HOFFMANN_TEX_FIT]) quoted(huberObjective(fit, KEPT, 1e-3).toPrecision(3));
		quoted(refit(KEPT, 1e-3).value.toPrecision(3));
		const data = await viewData('chinchilla-refit');
		const tpp = rowsOf(data, 'estimate').find((r) => r['quantity'] === 'tokens_per_param')!;
		quoted(`${(tpp['value'] as number).toFixed(1)} `);
		quoted(`${(tpp['ci_lo'] as number).toFixed(1)} `);
		quoted(`${(tpp['ci_hi'] as number).toFixed(1)}`);
		const row = (q: string) => rowsOf(data, 'estimate').find((r) => r['quantity'] === q)!;
		for (const q of ['alpha', 'beta']) quoted(`${(row(q)['ci_lo'] as number).toFixed(3)}–${(row(q)['ci_hi'] as number).toFixed(3)}`);
	});

	test('the ladder’s 7B prediction and measurement', async () => {
		const data = await viewData('ladder-prediction');
		const target = data.rows.find((r) => r['run'] === '7B-4T')!;
		quoted((target['predicted'] as number).toFixed(3));
		quoted((target['loss_c4'] as number).toFixed(3));
		const two = await viewData('ladder-prediction', { upto: '370M' });
		const seven = two.rows.find((r) => r['run'] === '7B-4T')!;
		quoted((seven['predicted'] as number).toFixed(3));
		quoted(`${(seven['ci_lo'] as number).toFixed(2)}–${(seven['ci_hi'] as number).toFixed(2)}`);
	});
});
