/**
 * The 245 training runs Besiroglu et al. (2024) extracted from Hoffmann et al.'s Figure 4.
 * Training tokens are derived as D = C / (6N), as the replication did (the figure gives C and N).
 */
import { parseCsv } from './csv';
import raw from './chinchilla-fig4.csv?raw';
import { ROW_SCHEMAS } from './schemas';

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

export const CHINCHILLA_RUNS: readonly ChinchillaRun[] = parseCsv(raw, ROW_SCHEMAS['chinchilla-fig4'], 'chinchilla-fig4.csv').map((r) => ({
	n: r.params_N,
	c: r.flops_C,
	d: r.flops_C / (6 * r.params_N),
	loss: r.loss_nats,
}));
