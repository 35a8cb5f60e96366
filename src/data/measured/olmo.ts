/**
 * The OLMo ladder (Bhagia et al. 2024): 4 small sizes × 4 training lengths, fitted, and the 7B and 13B
 * runs the paper predicts. N is the non-embedding parameter count the paper's fits use; the loss is
 * the C4 validation loss (olmo-ladder.csv; provenance in sources.json).
 */
import rows from './olmo-ladder.csv?rows';
import type { Rows } from './schemas';

export interface OlmoCheckpoint {
	/** Run label: 190M, 370M, 760M, 1.3B, 7B-4T, 13B-5T. */
	size: string;
	role: 'ladder' | 'target';
	/** Tokens as a multiple of 20 per parameter (1, 2, 5, 10); undefined for the targets. */
	multiple: number | undefined;
	/** Non-embedding parameters. */
	n: number;
	/** Tokens seen. */
	d: number;
	/** FLOP: D × the repository's FLOPs per token for the size. */
	c: number;
	/** C4 validation loss (nats per token). */
	loss: number;
	final: boolean;
}

export const OLMO_CHECKPOINTS: readonly OlmoCheckpoint[] = (rows as Rows<'olmo-ladder'>).map((r) => ({
	size: r.size,
	role: r.role,
	multiple: r.multiple,
	n: r.params_N,
	d: r.tokens_D,
	c: r.flops_C,
	loss: r.loss_c4,
	final: r.final,
}));

export interface OlmoRun extends Omit<OlmoCheckpoint, 'final'> {
	/**
	 * Derived: the mean C4 loss over the run's kept checkpoints (its last 5 evaluations; 1 for the 7B
	 * target), which is the value the paper's step-1 fits use (`--moving_avg 5`). `loss` is the final one.
	 */
	lossMean: number;
}

/** One entry per run (final checkpoint's N, D, C and loss), ladder runs first, in file order. */
export const OLMO_RUNS: readonly OlmoRun[] = (() => {
	const runs = new Map<string, OlmoCheckpoint[]>();
	for (const cp of OLMO_CHECKPOINTS) {
		const key = `${cp.size}×${cp.multiple ?? ''}`;
		runs.set(key, [...(runs.get(key) ?? []), cp]);
	}
	return [...runs.values()].map((cps) => {
		const last = cps.at(-1);
		if (!last?.final) throw new Error('[course] olmo-ladder.csv: a run does not end on its final checkpoint');
		const { final: _final, ...rest } = last;
		return { ...rest, lossMean: cps.reduce((s, cp) => s + cp.loss, 0) / cps.length };
	});
})();
