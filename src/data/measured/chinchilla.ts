/**
 * The 245 training runs Besiroglu et al. (2024) extracted from Hoffmann et al.'s Figure 4.
 * Training tokens are derived as D = C / (6N), as the replication did (the figure gives C and N).
 */
import rows from './chinchilla-fig4.csv?rows';
import type { Rows } from './schemas';

export interface ChinchillaRun {
	/** Parameters. */
	n: number;
	/** Training tokens, derived: C / (6N). */
	d: number;
	/** Training compute (FLOP). */
	c: number;
	/** Final loss (nats per token). */
	loss: number;
}

export const CHINCHILLA_RUNS: readonly ChinchillaRun[] = (rows as Rows<'chinchilla-fig4'>).map((r) => ({
	n: r.params_N,
	c: r.flops_C,
	d: r.flops_C / (6 * r.params_N),
	loss: r.loss_nats,
}));
