/**
 * Pythia evaluations across training (Biderman et al. 2023; pythia-evals-*.csv, provenance in
 * sources.json): the 8 standard models, accuracy and its standard error on 7 tasks, zero- and five-shot.
 */
import rows0 from './pythia-evals-0shot.csv?rows';
import rows5 from './pythia-evals-5shot.csv?rows';
import type { Rows } from './schemas';

/** Tokens per optimizer step: 1,024 sequences × 2,048 tokens (the Pythia README; 143,000 steps = 299,892,736,000 tokens). */
export const PYTHIA_TOKENS_PER_STEP = 2_097_152;
export const PYTHIA_TASKS = ['lambada_openai', 'piqa', 'arc_easy', 'arc_challenge', 'sciq', 'winogrande', 'logiqa'] as const;
export type PythiaTask = (typeof PYTHIA_TASKS)[number];
/** The standard suite's model names, smallest first. */
export const PYTHIA_MODELS = ['pythia-70m', 'pythia-160m', 'pythia-410m', 'pythia-1b', 'pythia-1.4b', 'pythia-2.8b', 'pythia-6.9b', 'pythia-12b'] as const;

export interface PythiaEval {
	model: (typeof PYTHIA_MODELS)[number];
	shots: 0 | 5;
	step: number;
	/** Derived: step × 2,097,152. */
	tokens: number;
	/** Accuracy and its standard error per task. */
	tasks: Record<PythiaTask, { acc: number; stderr: number }>;
}

function load(rows: Rows<'pythia-evals-0shot'>, shots: 0 | 5): PythiaEval[] {
	return rows.map((r) => {
		const cells = r as unknown as Record<string, number>;
		const tasks = Object.fromEntries(PYTHIA_TASKS.map((t) => [t, { acc: cells[`${t}_acc`] as number, stderr: cells[`${t}_acc_stderr`] as number }])) as PythiaEval['tasks'];
		return { model: r.model, shots, step: r.step, tokens: r.step * PYTHIA_TOKENS_PER_STEP, tasks };
	});
}

export const PYTHIA_EVALS: readonly PythiaEval[] = [...load(rows0 as Rows<'pythia-evals-0shot'>, 0), ...load(rows5 as Rows<'pythia-evals-5shot'>, 5)];
