/**
 * Open base models on tasks called emergent (Ruan et al. 2024's evaluations; provenance in
 * src/data/measured/sources.json): the points the `open-models-emergence` figure draws, and the few
 * numbers the mirage chapter quotes about them. Pure data and arithmetic: no DOM, no Plot.
 *
 * What these data are: one score per released base model, against upstream's 6ND estimate of its
 * training FLOPs. Models of different families differ in data, tokenizer and recipe, so a point
 * cloud across families is an observation of the field, not a controlled scaling experiment.
 */
import { OBSSCALING_MODELS, type ObsScalingModel } from '../data/measured/obsscaling';

type EmergentField = keyof ObsScalingModel['emergent'];

/**
 * A task and the metric it is scored with. `metric` says how: `exact` is all-or-nothing on the
 * whole answer (exact match, or accuracy on a number), `bleu` is BLEU on the same outputs (IPA only).
 */
export interface OpenTask {
	id: 'ipa-em' | 'ipa-bleu' | 'unscramble' | 'arith-2da' | 'arith-2dm' | 'arith-3da' | 'arith-3ds';
	field: EmergentField;
	metric: 'exact' | 'bleu';
	/** Multiplies the stored value to the 0–100 scale every task is drawn on (fractions × 100; BLEU is already 0–100). */
	scale: number;
}

export const OPEN_TASKS: readonly OpenTask[] = [
	{ id: 'ipa-em', field: 'ipaExactMatch', metric: 'exact', scale: 100 },
	{ id: 'ipa-bleu', field: 'ipaBleu', metric: 'bleu', scale: 1 },
	{ id: 'unscramble', field: 'wordUnscrambling', metric: 'exact', scale: 100 },
	{ id: 'arith-2da', field: 'arithmetic2da', metric: 'exact', scale: 100 },
	{ id: 'arith-2dm', field: 'arithmetic2dm', metric: 'exact', scale: 100 },
	{ id: 'arith-3da', field: 'arithmetic3da', metric: 'exact', scale: 100 },
	{ id: 'arith-3ds', field: 'arithmetic3ds', metric: 'exact', scale: 100 },
];
export type OpenTaskId = OpenTask['id'];

export function openTask(id: string): OpenTask {
	const task = OPEN_TASKS.find((t) => t.id === id);
	if (!task) throw new RangeError(`openTask: unknown task "${id}"`);
	return task;
}

/**
 * The families the figure colours (each with several sizes across the range where scores leave
 * zero): EleutherAI's Pythia and Meta's OPT (trained on 300B and 180B tokens), three Llama
 * generations (1T–1.4T, 2T and 15T tokens) and Qwen1.5. Every other family is drawn grey.
 */
export const HIGHLIGHT_FAMILIES = ['Pythia', 'OPT', 'Llama', 'Llama-2', 'Llama-3.1', 'Qwen1.5'] as const;

export interface OpenPoint {
	/** Upstream id, e.g. `meta-llama/Llama-2-7b-hf`. */
	model: string;
	/** The id without its organisation, e.g. `Llama-2-7b-hf`. */
	name: string;
	family: string;
	/** Parameters, tokens (when known) and upstream's 6ND FLOPs. */
	n: number;
	d: number | undefined;
	c: number;
	/** The score on the 0–100 scale. */
	score: number;
}

const shortName = (model: string) => model.slice(model.indexOf('/') + 1);

function pointsFor(task: OpenTask): OpenPoint[] {
	const out: OpenPoint[] = [];
	for (const m of OBSSCALING_MODELS) {
		const value = m.emergent[task.field];
		if (m.c === undefined || value === undefined) continue;
		out.push({ model: m.model, name: shortName(m.model), family: m.family, n: m.n, d: m.d, c: m.c, score: value * task.scale });
	}
	return out.sort((a, b) => a.c - b.c || a.model.localeCompare(b.model));
}

/** Points per task, computed once (a redraw only looks them up). */
const POINTS = new Map(OPEN_TASKS.map((t) => [t.id, pointsFor(t)] as const));

/** The models with both a FLOP estimate and a score on the task, by increasing compute. */
export function openPoints(id: OpenTaskId): readonly OpenPoint[] {
	return POINTS.get(id) ?? [];
}

/** How many of the 84 models the task cannot place: no token count (so no FLOPs) or no score. */
export function missingCount(id: OpenTaskId): number {
	return OBSSCALING_MODELS.length - openPoints(id).length;
}

export interface ZeroSummary {
	/** Models scoring exactly 0. */
	count: number;
	/** The largest training compute among them (NaN when none). */
	maxCompute: number;
}

/** Models that score exactly zero, and how far up in compute zeros reach. */
export function zeroScores(points: readonly OpenPoint[]): ZeroSummary {
	const zeros = points.filter((p) => p.score === 0);
	return { count: zeros.length, maxCompute: zeros.length ? Math.max(...zeros.map((p) => p.c)) : Number.NaN };
}

export interface Spread {
	count: number;
	lowest: OpenPoint;
	highest: OpenPoint;
}

/**
 * The lowest and highest score among models whose compute lies in [lo, hi]: how much models of
 * about the same compute differ (family, data, recipe). Null with fewer than two models.
 * Ties go to the model with less compute.
 */
export function spreadInWindow(points: readonly OpenPoint[], lo: number, hi: number): Spread | null {
	const inside = points.filter((p) => p.c >= lo && p.c <= hi);
	if (inside.length < 2) return null;
	let lowest = inside[0]!;
	let highest = inside[0]!;
	for (const p of inside) {
		if (p.score < lowest.score) lowest = p;
		if (p.score > highest.score) highest = p;
	}
	return { count: inside.length, lowest, highest };
}

/** The compute window the figure and the chapter compare models in: one decade around 10²³ FLOPs. */
export const SPREAD_WINDOW: readonly [number, number] = [3e22, 3e23];

/** One family's points on a task, by increasing compute. */
export function familyPoints(id: OpenTaskId, family: string): OpenPoint[] {
	return openPoints(id).filter((p) => p.family === family);
}

export interface MetricComparison {
	/** Models with both IPA scores (whether or not their FLOPs are known). */
	both: number;
	/** Of those, models with exact match exactly 0. */
	exactZero: number;
	/** Of those, models whose BLEU is above 0. */
	exactZeroBleuPositive: number;
	/** BLEU range among the exact-match zeros. */
	bleuAtExactZero: [number, number];
}

/**
 * IPA transliteration scored twice on the same outputs: where exact match records nothing at all,
 * does BLEU still see partial progress?
 */
export function ipaMetricComparison(): MetricComparison {
	const both = OBSSCALING_MODELS.filter((m) => m.emergent.ipaExactMatch !== undefined && m.emergent.ipaBleu !== undefined);
	const zeros = both.filter((m) => m.emergent.ipaExactMatch === 0);
	const bleu = zeros.map((m) => m.emergent.ipaBleu as number);
	return {
		both: both.length,
		exactZero: zeros.length,
		exactZeroBleuPositive: bleu.filter((b) => b > 0).length,
		bleuAtExactZero: bleu.length ? [Math.min(...bleu), Math.max(...bleu)] : [Number.NaN, Number.NaN],
	};
}

/** A model's score on a task (0–100), by upstream id; undefined when upstream has none. */
export function scoreOf(model: string, id: OpenTaskId): number | undefined {
	const task = openTask(id);
	const m = OBSSCALING_MODELS.find((x) => x.model === model);
	const value = m?.emergent[task.field];
	return value === undefined ? undefined : value * task.scale;
}

/** The model record by upstream id (parameters, tokens, FLOPs). */
export function openModel(model: string): ObsScalingModel | undefined {
	return OBSSCALING_MODELS.find((m) => m.model === model);
}
