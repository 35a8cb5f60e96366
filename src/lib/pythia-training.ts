/**
 * The Pythia suite during training (Biderman et al. 2023; EleutherAI's evaluations, provenance in
 * src/data/measured/sources.json): accuracy against tokens seen for each model size, the chance
 * level of each task, and when a model leaves chance for good. Pure data and arithmetic.
 *
 * All eight models saw the same data in the same order (the Pile, 1,024 sequences of 2,048 tokens
 * per step), so at a given step they differ only in size. Step 0 is the model as initialised,
 * before any training: it has no place on a logarithmic token axis and is kept in the table only.
 */
import { PYTHIA_EVALS, PYTHIA_MODELS, type PythiaEval, type PythiaTask } from '../data/measured/pythia';

export type PythiaModel = (typeof PYTHIA_MODELS)[number];

/** Parameters of each model as its name gives them (the suite's naming, not an exact count). */
export const PYTHIA_NOMINAL_PARAMS: Record<PythiaModel, number> = {
	'pythia-70m': 70e6,
	'pythia-160m': 160e6,
	'pythia-410m': 410e6,
	'pythia-1b': 1e9,
	'pythia-1.4b': 1.4e9,
	'pythia-2.8b': 2.8e9,
	'pythia-6.9b': 6.9e9,
	'pythia-12b': 12e9,
};

/**
 * Accuracy a guesser gets: one over the number of answer options for the multiple-choice tasks
 * (PIQA and WinoGrande two; ARC, SciQ and LogiQA four, though a few ARC questions have three or
 * five), and about 0 for LAMBADA, where the model must produce the passage's last word.
 */
export const PYTHIA_CHANCE: Record<PythiaTask, number> = {
	lambada_openai: 0,
	piqa: 0.5,
	arc_easy: 0.25,
	arc_challenge: 0.25,
	sciq: 0.25,
	winogrande: 0.5,
	logiqa: 0.25,
};

export interface Checkpoint {
	model: PythiaModel;
	step: number;
	tokens: number;
	acc: number;
	stderr: number;
}

/** Checkpoints of one model on one task and prompt (0- or 5-shot), by step. */
export function series(model: PythiaModel, task: PythiaTask, shots: 0 | 5): Checkpoint[] {
	return PYTHIA_EVALS.filter((e: PythiaEval) => e.model === model && e.shots === shots)
		.map((e) => ({ model: e.model, step: e.step, tokens: e.tokens, acc: e.tasks[task].acc, stderr: e.tasks[task].stderr }))
		.sort((a, b) => a.step - b.step);
}

/** Number of standard errors by which an accuracy must exceed chance to count as clearly above it. */
export const CLEAR_OF_CHANCE_SE = 2;

/**
 * The first checkpoint from which the model stays clearly above chance (accuracy − 2 standard
 * errors above the chance level at that checkpoint and every later one), or null if it never does.
 * Step 0 is not considered: an untrained model's score is not an ability.
 */
export function leavesChance(checkpoints: readonly Checkpoint[], chance: number): Checkpoint | null {
	const trained = checkpoints.filter((c) => c.step > 0);
	let first: Checkpoint | null = null;
	for (let i = trained.length - 1; i >= 0; i--) {
		const c = trained[i]!;
		if (c.acc - CLEAR_OF_CHANCE_SE * c.stderr > chance) first = c;
		else break;
	}
	return first;
}

export interface Rise {
	from: Checkpoint;
	to: Checkpoint;
	/** Gain in accuracy (fraction, not points). */
	gain: number;
}

/** The largest gain between two consecutive trained checkpoints (null with fewer than two). */
export function largestRise(checkpoints: readonly Checkpoint[]): Rise | null {
	const trained = checkpoints.filter((c) => c.step > 0);
	let best: Rise | null = null;
	for (let i = 1; i < trained.length; i++) {
		const gain = trained[i]!.acc - trained[i - 1]!.acc;
		if (!best || gain > best.gain) best = { from: trained[i - 1]!, to: trained[i]!, gain };
	}
	return best;
}

export interface TaskSummary {
	task: PythiaTask;
	shots: 0 | 5;
	chance: number;
	/** Per model, smallest first: the final checkpoint and the checkpoint where it leaves chance. */
	models: { model: PythiaModel; final: Checkpoint; leaves: Checkpoint | null; rise: Rise | null }[];
}

/** Everything the figure's readout and text alternative say about one task. */
export function taskSummary(task: PythiaTask, shots: 0 | 5): TaskSummary {
	const chance = PYTHIA_CHANCE[task];
	return {
		task,
		shots,
		chance,
		models: PYTHIA_MODELS.map((model) => {
			const s = series(model, task, shots);
			return { model, final: s[s.length - 1]!, leaves: leavesChance(s, chance), rise: largestRise(s) };
		}),
	};
}
