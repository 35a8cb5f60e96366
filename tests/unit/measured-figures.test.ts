/**
 * The figures on measured data about emergence and compute: open base models on "emergent" tasks
 * (Ruan et al.), Pythia during training (Biderman et al.) and training compute over time (Epoch AI).
 * Expected values were computed independently from the committed CSVs (Python's csv, statistics
 * and a hand-written least squares, not this code) and are what the chapters quote.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import computeTrend from '../../src/figures/defs/compute-trend';
import openModels, { scoreText } from '../../src/figures/defs/open-models-emergence';
import pythiaTraining from '../../src/figures/defs/pythia-training';
import { computeAll, runToEnd } from '../../src/figures/compute';
import { readoutHtml, renderFigure, STATIC_TABLE_CELLS, staticRows, tableHtml, toCsv } from '../../src/figures/render';
import { compact } from '../../src/figures/static';
import { defaultState } from '../../src/figures/state';
import type { FigureDefinition, FigureState } from '../../src/figures/types';
import { PYTHIA_EVALS } from '../../src/data/measured/pythia';
import {
	bootstrapTrend,
	CHINCHILLA_TOKENS_PER_PARAM,
	doublingMonths,
	fitLine,
	growthPerYear,
	isReported,
	isSpeculative,
	median,
	NOTABLE,
	sample,
	since,
	system,
	TOKENS_CLEAR_COUNT,
	TOKENS_EXCLUDED,
	TOKENS_POINTS,
	tokensByYear,
	trendSystems,
} from '../../src/lib/compute-trend';
import { familyPoints, ipaMetricComparison, missingCount, openPoints, scoreOf, SPREAD_WINDOW, spreadInWindow, zeroScores } from '../../src/lib/open-models';
import { type Checkpoint, largestRise, leavesChance, PYTHIA_CHANCE, series, taskSummary } from '../../src/lib/pythia-training';

type Lang = 'en' | 'zh-cn';
const BAD = /NaN|Infinity|undefined/;

function render(def: FigureDefinition, state: FigureState, lang: Lang = 'en', withResults = true) {
	const { document } = parseHTML('<!doctype html><html><body></body></html>');
	const r = renderFigure(def, state, lang, document as unknown as Document, 'wide', withResults ? computeAll(def, state) : {});
	const svg = r.nodes.map((n) => n.outerHTML).join('');
	const readout = readoutHtml(def, state, r.data, lang);
	return { ...r, svg, readout, text: [svg, tableHtml(r.data, lang), readout, toCsv(r.data), r.description].join('\n') };
}

/** Default, every choice option, every slider at its ends. */
function sweep(def: FigureDefinition): FigureState[] {
	const base = defaultState(def);
	const states: FigureState[] = [base];
	for (const p of def.params) {
		if (p.kind === 'choice') for (const o of p.options) states.push({ ...base, [p.name]: o.value });
		else states.push({ ...base, [p.name]: p.min }, { ...base, [p.name]: p.max });
	}
	const choices = def.params.filter((p) => p.kind === 'choice');
	if (choices.length === 2) {
		const [a, b] = choices as [(typeof choices)[number] & { kind: 'choice' }, (typeof choices)[number] & { kind: 'choice' }];
		for (const x of a.options) for (const y of b.options) states.push({ ...base, [a.name]: x.value, [b.name]: y.value });
	}
	return states;
}

describe.each([
	['open-models-emergence', openModels],
	['pythia-training', pythiaTraining],
	['compute-trend', computeTrend],
] as const)('%s: every reachable state renders cleanly', (id, def) => {
	test('the id matches the file name and the figure credits its datasets', () => {
		expect(def.id).toBe(id);
		expect(def.datasets?.length).toBeGreaterThan(0);
	});
	test.each(['en', 'zh-cn'] as const)('no NaN, Infinity or undefined anywhere, with and without computed results (%s)', (lang) => {
		for (const state of sweep(def)) {
			for (const withResults of [true, false]) {
				const r = render(def, state, lang, withResults);
				expect(r.problem).toBeNull();
				expect(r.text, JSON.stringify(state)).not.toMatch(BAD);
				expect(r.svg).toContain('<svg');
			}
		}
	});
	test('every axis tick has a label', () => {
		for (const state of sweep(def)) {
			for (const node of render(def, state).nodes) {
				const labels = [...node.querySelectorAll('g[data-mark$="tick label"] text')].map((t) => t.textContent ?? '');
				expect(labels.length).toBeGreaterThan(0);
				expect(labels.filter((t) => t.trim() === ''), JSON.stringify(state)).toEqual([]);
			}
		}
	});
	test('the static table lists the rows worth reading, within the limit', () => {
		for (const state of sweep(def)) {
			const { data } = render(def, state);
			const rows = staticRows(data);
			expect(rows.length).toBeGreaterThan(0);
			expect(rows.length * data.columns.length).toBeLessThanOrEqual(Math.max(STATIC_TABLE_CELLS, 3 * data.columns.length));
			if (data.rows.length * data.columns.length > STATIC_TABLE_CELLS) expect(data.keyRows).toBeDefined();
		}
	});
	test('the Chinese table shows words, not the ascii keys the CSV keeps', () => {
		for (const state of sweep(def)) {
			const { data } = render(def, state, 'zh-cn');
			const html = tableHtml(data, 'zh-cn');
			expect(html).not.toMatch(/>(yes|no|estimate|reported|leaves-chance|final|untrained|Confident|Likely|Speculative)</);
		}
	});
});

describe('open models: what the data show about the metric', () => {
	test('IPA: every model that scores 0 by exact match still gets BLEU above 0', () => {
		const c = ipaMetricComparison();
		expect(c.both).toBe(65);
		expect(c.exactZero).toBe(30);
		expect(c.exactZeroBleuPositive).toBe(30);
		expect(c.bleuAtExactZero[0]).toBeCloseTo(0.0031923476558301, 12);
		expect(c.bleuAtExactZero[1]).toBeCloseTo(1.5732615849431866, 12);
	});
	test('IPA exact match: 67 models placed, 31 at exactly 0, none above 2.3×10²² FLOPs', () => {
		const points = openPoints('ipa-em');
		expect(points).toHaveLength(67);
		expect(missingCount('ipa-em')).toBe(17);
		expect(zeroScores(points)).toEqual({ count: 31, maxCompute: 2.268e22 });
		expect(openPoints('ipa-bleu')).toHaveLength(60);
		expect(zeroScores(openPoints('ipa-bleu')).count).toBe(0);
	});
	test('at similar compute (3×10²²–3×10²³ FLOPs) scores differ about seventyfold', () => {
		const s = spreadInWindow(openPoints('ipa-em'), ...SPREAD_WINDOW)!;
		expect(s.count).toBe(19);
		expect(s.lowest.name).toBe('opt-30b');
		expect(s.lowest.score).toBeCloseTo(0.19940179461615, 10);
		expect(s.highest.name).toBe('llama-30b');
		expect(s.highest.score).toBeCloseTo(13.65902293120638, 10);
		expect(spreadInWindow(openPoints('ipa-em'), 1e30, 1e31)).toBeNull();
	});
	test('within OPT, BLEU climbs thirtyfold while exact match stays at or near 0', () => {
		const bleu = familyPoints('ipa-bleu', 'OPT');
		expect(bleu.map((p) => p.name)).toEqual(['opt-125m', 'opt-350m', 'opt-1.3b', 'opt-2.7b', 'opt-6.7b', 'opt-13b', 'opt-30b', 'opt-66b']);
		expect(bleu[0]!.score).toBeCloseTo(0.0714230122368858, 12);
		expect(bleu.at(-1)!.score).toBeCloseTo(2.3625677993485605, 12);
		expect(familyPoints('ipa-em', 'OPT').map((p) => p.score).slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
	});
	test('same size, more data: Llama-3-8B (15T tokens) against Llama-2-7B (2T)', () => {
		expect(scoreOf('meta-llama/Llama-2-7b-hf', 'ipa-em')).toBeCloseTo(7.17846460618145, 10);
		expect(scoreOf('meta-llama/Meta-Llama-3-8B', 'ipa-em')).toBeCloseTo(13.35992023928215, 8);
		expect(scoreOf('meta-llama/Llama-2-7b-hf', 'unscramble')).toBeCloseTo(8.9, 10);
		expect(scoreOf('meta-llama/Meta-Llama-3-8B', 'unscramble')).toBeCloseTo(36.95, 10);
		expect(scoreOf('google/gemma-2b', 'ipa-em')).toBeUndefined();
	});
	test('Qwen1.5-72B scores far below its 32B sibling despite more compute', () => {
		expect(scoreOf('Qwen/Qwen1.5-72B', 'ipa-em')).toBeCloseTo(0.8, 10);
		expect(scoreOf('Qwen/Qwen1.5-32B', 'ipa-em')).toBeCloseTo(28.6, 1);
		const p = openPoints('ipa-em').find((x) => x.name === 'Qwen1.5-72B')!;
		expect(p.c / 1e24).toBeCloseTo(1.296, 10);
	});
	test('scores print as percentages, or as BLEU points, with two decimals below 1', () => {
		expect(scoreText(0.1994, 'ipa-em')).toBe('0.20%');
		expect(scoreText(13.659, 'ipa-em')).toBe('13.7%');
		expect(scoreText(0, 'ipa-em')).toBe('0.0%');
		expect(scoreText(0.0714, 'ipa-bleu')).toBe('0.07');
	});
	test('the log score axis draws zeros hollow on its bottom edge, and lines skip them', () => {
		const linear = render(openModels, { task: 'ipa-em', y: 'linear' });
		const log = render(openModels, { task: 'ipa-em', y: 'log' });
		// Plot puts a constant fill on the mark's group: count circles in hollow dot groups.
		const hollow = (r: ReturnType<typeof render>) =>
			r.nodes
				.flatMap((n) => [...n.querySelectorAll('g[data-mark="dot"], g[data-mark="dot"] g')])
				.filter((g) => ['none', 'var(--sl-color-bg, white)'].includes(g.getAttribute('fill') ?? ''))
				.reduce((k, g) => k + g.querySelectorAll('circle').length, 0);
		expect(hollow(linear)).toBe(0);
		expect(hollow(log)).toBe(zeroScores(openPoints('ipa-em')).count);
		expect(log.description).toContain('zeros on the bottom edge');
	});
});

describe('Pythia: chance, leaving it, and rises', () => {
	test('chance levels follow the number of options', () => {
		expect(PYTHIA_CHANCE).toMatchObject({ piqa: 0.5, winogrande: 0.5, arc_easy: 0.25, arc_challenge: 0.25, sciq: 0.25, logiqa: 0.25, lambada_openai: 0 });
	});
	test('the caption’s checkpoint schedule is the data’s', () => {
		const steps = [...new Set(PYTHIA_EVALS.filter((e) => e.shots === 0).map((e) => e.step))].sort((a, b) => a - b);
		expect(steps.slice(0, 12)).toEqual([0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000]);
		expect(steps.slice(12)).toEqual(Array.from({ length: 15 }, (_, i) => 3000 + 10000 * i));
		expect(pythiaTraining.caption.en).toContain('2,097,152 tokens per step for 143,000 steps');
	});
	test('leavesChance needs every later checkpoint clearly above chance, and ignores step 0', () => {
		const c = (step: number, acc: number, stderr = 0.01): Checkpoint => ({ model: 'pythia-70m', step, tokens: step, acc, stderr });
		expect(leavesChance([c(0, 0.9), c(1, 0.5), c(2, 0.55), c(3, 0.51), c(4, 0.56)], 0.5)?.step).toBe(4);
		expect(leavesChance([c(1, 0.53), c(2, 0.55)], 0.5)?.step).toBe(1);
		expect(leavesChance([c(1, 0.55), c(2, 0.515)], 0.5)).toBeNull();
		expect(largestRise([c(0, 0), c(1, 0.1), c(2, 0.4), c(3, 0.45)])).toMatchObject({ gain: expect.closeTo(0.3, 12) });
	});
	test('WinoGrande: the 70M model never leaves chance; 2.8B and 6.9B do from 27B tokens, 12B from 48B', () => {
		const s = taskSummary('winogrande', 0);
		const by = Object.fromEntries(s.models.map((m) => [m.model, m]));
		expect(by['pythia-70m']!.leaves).toBeNull();
		expect(by['pythia-2.8b']!.leaves?.step).toBe(13000);
		expect(by['pythia-6.9b']!.leaves?.step).toBe(13000);
		expect(by['pythia-12b']!.leaves?.step).toBe(23000);
		expect(by['pythia-12b']!.final.acc).toBeCloseTo(0.6393054459352802, 12);
		expect(s.models.filter((m) => m.leaves)).toHaveLength(7);
	});
	test('LAMBADA: every size leaves 0 at the same checkpoint; the steepest rise is early, for every size', () => {
		const s = taskSummary('lambada_openai', 0);
		expect(new Set(s.models.map((m) => m.leaves?.step))).toEqual(new Set([1000]));
		const rises = s.models.map((m) => m.rise!);
		expect(rises.slice(1).every((r) => r.from.step === 1000 && r.to.step === 3000)).toBe(true);
		const top = [...rises].sort((a, b) => b.gain - a.gain)[0]!;
		expect(top.to.model).toBe('pythia-6.9b');
		expect(100 * top.gain).toBeCloseTo(28.0, 1);
	});
	test('ARC-Challenge and LogiQA: small models stay at or below chance', () => {
		expect(taskSummary('arc_challenge', 0).models.filter((m) => m.leaves).map((m) => m.model)).toEqual(['pythia-2.8b', 'pythia-6.9b', 'pythia-12b']);
		expect(taskSummary('logiqa', 0).models.every((m) => m.leaves === null)).toBe(true);
		expect(series('pythia-70m', 'arc_challenge', 0).at(-1)!.acc).toBeLessThan(0.25);
	});
	test('the numbers the emergence chapter quotes', () => {
		const final = (task: Parameters<typeof taskSummary>[0], model: string) => 100 * taskSummary(task, 0).models.find((m) => m.model === model)!.final.acc;
		expect(final('winogrande', 'pythia-70m')).toBeCloseTo(52.8, 1);
		expect(final('winogrande', 'pythia-12b')).toBeCloseTo(63.9, 1);
		expect(final('lambada_openai', 'pythia-70m')).toBeCloseTo(18.5, 1);
		expect(final('lambada_openai', 'pythia-12b')).toBeCloseTo(70.5, 1);
		expect(final('arc_challenge', 'pythia-70m')).toBeCloseTo(18.1, 1);
		const wino = taskSummary('winogrande', 0).models;
		expect(wino.map((m) => m.leaves?.step ?? null)).toEqual([null, 143000, 133000, 143000, 33000, 13000, 13000, 23000]);
		expect(Math.max(...wino.map((m) => 100 * m.rise!.gain))).toBeCloseTo(3.7, 1);
		const last = wino.at(-1)!.final;
		expect(100 * last.stderr).toBeCloseTo(1.35, 2);
		expect(100 * wino[0]!.final.stderr).toBeCloseTo(1.4, 2);
		for (const m of taskSummary('lambada_openai', 0).models) {
			expect(series(m.model, 'lambada_openai', 0).filter((c) => c.step <= 512).every((c) => c.acc === 0)).toBe(true);
		}
	});
	test('five-shot evaluations start at step 3,000', () => {
		expect(series('pythia-12b', 'piqa', 5)[0]!.step).toBe(3000);
		expect(render(pythiaTraining, { task: 'piqa', shots: '5' }).data.rows).toHaveLength(120);
	});
});

describe('compute trend: the fit and its interval', () => {
	test('fitLine recovers an exact line and refuses a single x', () => {
		const f = fitLine([2000, 2001, 2002], [10, 10.5, 11]);
		expect(f.slope).toBeCloseTo(0.5, 12);
		expect(f.intercept + f.slope * 2001).toBeCloseTo(10.5, 12);
		expect(() => fitLine([1, 1], [2, 3])).toThrow();
		expect(fitLine([0, 1, 2], [0, 1, 5], [1, 1, 0]).slope).toBeCloseTo(1, 12);
	});
	test('on noiseless data the bootstrap interval collapses onto the slope', () => {
		const xs = Float64Array.from({ length: 20 }, (_, i) => 2000 + i / 2);
		const r = runToEnd(bootstrapTrend({ xs, ys: xs.map((x) => 0.7 * x - 1000) }, { resamples: 200 }));
		expect(r.slope).toBeCloseTo(0.7, 10);
		expect(r.lo).toBeCloseTo(0.7, 10);
		expect(r.hi).toBeCloseTo(0.7, 10);
	});
	test('growth and doubling time', () => {
		expect(growthPerYear(Math.log10(4))).toBeCloseTo(4, 12);
		expect(doublingMonths(Math.log10(4))).toBeCloseTo(6, 12);
	});
	test('notable systems since 2010: ×4.68 per year, doubling in 5.4 months, interval about ×4.2–×5.3', () => {
		expect(NOTABLE).toHaveLength(484);
		const systems = since(trendSystems('all'), 2010);
		expect(systems).toHaveLength(428);
		const r = runToEnd(bootstrapTrend(sample(systems, (s) => s.compute)));
		// Reference OLS slope (Python): 10^slope = 4.679; its t-interval is ×4.16–×5.27, and a bootstrap
		// with other random numbers gave ×4.16–×5.26: ours must agree to a few hundredths.
		expect(growthPerYear(r.slope)).toBeCloseTo(4.679, 3);
		expect(doublingMonths(r.slope)).toBeCloseTo(5.39, 2);
		expect(growthPerYear(r.lo)).toBeGreaterThan(4.08);
		expect(growthPerYear(r.lo)).toBeLessThan(4.26);
		expect(growthPerYear(r.hi)).toBeGreaterThan(5.18);
		expect(growthPerYear(r.hi)).toBeLessThan(5.38);
		expect(r.points).toBe(428);
	});
	test('notable language models since 2010 grow faster: ×6.80 per year', () => {
		const systems = since(trendSystems('language'), 2010);
		expect(systems).toHaveLength(264);
		expect(growthPerYear(fitLine(...(Object.values(sample(systems, (s) => s.compute)) as [Float64Array, Float64Array])).slope)).toBeCloseTo(6.797, 3);
	});
	test('since() finds the first system of a year by binary search', () => {
		expect(since(NOTABLE, 2010)[0]!.year).toBeGreaterThanOrEqual(2010);
		expect(since(NOTABLE, 2010).length + NOTABLE.filter((s) => s.year < 2010).length).toBe(NOTABLE.length);
		expect(since(NOTABLE, 3000)).toHaveLength(0);
	});
	test('the anchors: GPT-4 is Epoch’s speculative estimate, GPT-3 and Llama 3.1 405B were reported, DeepSeek-V3 is estimated', () => {
		expect(system('GPT-4')).toMatchObject({ compute: 2.1e25, confidence: 'Speculative' });
		expect(isReported(system('GPT-4'))).toBe(false);
		expect(isSpeculative(system('GPT-4'))).toBe(true);
		expect(isReported(system('GPT-3 175B (davinci)'))).toBe(true);
		expect(isReported(system('Llama 3.1-405B'))).toBe(true);
		expect(isReported(system('DeepSeek-V3'))).toBe(false);
	});
	test.each(['en', 'zh-cn'] as const)('GPT-4 is labelled an estimate wherever it appears (%s)', (lang) => {
		const r = render(computeTrend, defaultState(computeTrend), lang);
		const labels = [...r.nodes[0]!.querySelectorAll('text')].map((t) => t.textContent ?? '').filter((t) => t.includes('GPT-4'));
		expect(labels).toHaveLength(1);
		expect(labels[0]).toMatch(lang === 'en' ? /Epoch’s estimate/ : /Epoch 估计/);
		const title = [...r.nodes[0]!.querySelectorAll('title')].map((t) => t.textContent ?? '').find((t) => /^GPT-4[ （(]/.test(t));
		expect(title).toMatch(lang === 'en' ? /Epoch’s estimate/ : /Epoch 的估计/);
	});
	test('the default view embeds its interval; without it the readout says it is being computed', () => {
		expect(render(computeTrend, defaultState(computeTrend)).readout).toMatch(/95% interval ×4\.\d+–×5\.\d+/);
		expect(render(computeTrend, defaultState(computeTrend), 'en', false).readout).toContain('computing…');
		const results = computeAll(computeTrend, defaultState(computeTrend));
		expect(JSON.stringify(results).length).toBeLessThan(1000);
	});
});

describe('tokens per parameter: the rule and the move to over-training', () => {
	test('104 entries: the 118 that pass tokensClear, less 11 with a second domain and 3 named exclusions', () => {
		expect(TOKENS_CLEAR_COUNT).toBe(118);
		expect(TOKENS_POINTS).toHaveLength(104);
		for (const name of Object.keys(TOKENS_EXCLUDED)) expect(TOKENS_POINTS.some((p) => p.system.model === name)).toBe(false);
		expect(TOKENS_POINTS.every((p) => p.system.domains.join() === 'Language' && !p.system.finetune && p.system.datasetUnit === 'tokens')).toBe(true);
		expect(TOKENS_POINTS.some((p) => p.system.model === 'DeepSeek-V3')).toBe(false);
	});
	test('median tokens per parameter: 31 in 2022, 110 in 2023, 450 in 2024', () => {
		const years = tokensByYear();
		expect(years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025]);
		expect(years.map((y) => y.count)).toEqual([11, 24, 57, 5]);
		expect(years[0]!.median).toBeCloseTo(30.923076923076923, 10);
		expect(years[1]!.median).toBeCloseTo(109.98060779431717, 10);
		expect(years[2]!.median).toBeCloseTo(450.43975499641533, 10);
		expect(years[2]!.aboveChinchilla).toBeCloseTo(55 / 57, 12);
		expect(CHINCHILLA_TOKENS_PER_PARAM).toBe(20);
	});
	test('the numbers the limits chapter quotes', () => {
		const since2010 = since(NOTABLE, 2010);
		expect(since2010.filter((s) => !isReported(s))).toHaveLength(403);
		expect(since2010.filter(isSpeculative)).toHaveLength(68);
		const fitFrom = (set: 'all' | 'language', start: number) => runToEnd(bootstrapTrend(sample(since(trendSystems(set), start), (s) => s.compute)));
		const lang = fitFrom('language', 2010);
		expect(growthPerYear(lang.lo)).toBeCloseTo(5.76, 1);
		expect(growthPerYear(lang.hi)).toBeCloseTo(8.26, 1);
		expect(doublingMonths(lang.slope)).toBeCloseTo(4.3, 1);
		expect(growthPerYear(fitFrom('all', 1950).slope)).toBeCloseTo(2.09, 2);
		expect(growthPerYear(fitFrom('all', 2018).slope)).toBeCloseTo(7.3, 1);
		const all = fitFrom('all', 2010);
		expect(doublingMonths(all.hi)).toBeCloseTo(5.0, 1);
		expect(doublingMonths(all.lo)).toBeCloseTo(5.8, 1);
		// Tenfold growth at ×4.68 per year takes about 18 months.
		expect((12 * Math.log(10)) / Math.log(growthPerYear(all.slope))).toBeCloseTo(17.9, 1);
		expect(system('DeepSeek-V3').compute / 1e24).toBeCloseTo(3.4078, 4);
		const share = tokensByYear().map((y) => Math.round(100 * y.aboveChinchilla));
		expect(share.slice(0, 3)).toEqual([55, 83, 96]);
		expect(TOKENS_POINTS.find((p) => p.system.model === 'Llama 3.1-405B')!.tokensPerParam).toBeCloseTo(38.5, 1);
		expect(TOKENS_POINTS.find((p) => p.system.model === 'Llama 3.2 1B')!.tokensPerParam).toBeCloseTo(7317, 0);
	});
	test('median of an even count is the mean of the middle two', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([5])).toBe(5);
		expect(median([])).toBeNaN();
	});
});

describe('static images of many points stay small', () => {
	test('compact drops tooltips and rounds coordinates, not text', () => {
		const markup = '<g><circle cx="388.71708346121466" cy="12" r="3"><title>GPT-4 (OpenAI)\n2.1×10²⁵ FLOPs</title></circle><path d="M1.23456,7.891011L2,3"></path><text x="5.55555">1.23456</text></g>';
		expect(compact(markup)).toBe('<g><circle cx="388.71" cy="12" r="3"></circle><path d="M1.23,7.89L2,3"></path><text x="5.55">1.23456</text></g>');
	});
	test('the compute-trend image is a fraction of the live chart’s markup', () => {
		const r = render(computeTrend, defaultState(computeTrend));
		const live = r.nodes[0]!.outerHTML;
		expect(compact(live).length).toBeLessThan(live.length / 2);
	});
});
