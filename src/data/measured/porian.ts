/**
 * Porian et al. (2024): iso-FLOP points, per-budget optima and fitted exponents, for the step-by-step
 * configurations that go from Kaplan et al.'s setup to Chinchilla-like results (porian-*.csv; their
 * provenance and column meanings are in sources.json). N is the configuration's own count: Kaplan's
 * (no embedding, no output layer) for the `*-kaplan*` configurations, otherwise with the output layer.
 */
import type { Localized } from '../schema';
import configs from './porian-configs.csv?rows';
import points from './porian-isoflop.csv?rows';
import optima from './porian-optima.csv?rows';
import type { Rows } from './schemas';

export type PorianConfigId = (typeof PORIAN_CONFIGS)[number]['id'];

export interface PorianPoint {
	config: PorianConfigId;
	/** Compute budget (FLOP). */
	c: number;
	/** Parameters, as the configuration counts them. */
	n: number;
	/** Training tokens, C / (6N). */
	d: number;
	/** Loss at budget C (nats per token): validation or smoothed training loss, see `PorianConfig.loss`. */
	loss: number;
	/** Whether this budget's optimum enters the paper's fit of N* ∝ C^a. */
	inFit: boolean;
}

export const PORIAN_POINTS: readonly PorianPoint[] = (points as Rows<'porian-isoflop'>).map((r) => ({
	config: r.config,
	c: r.budget_C,
	n: r.params_N,
	d: r.tokens_D,
	loss: r.loss,
	inFit: r.in_fit,
}));

/** The paper's N*(C) per configuration and fitted budget: bootstrap median and SD of ln N*. */
export const PORIAN_OPTIMA = (optima as Rows<'porian-optima'>).map((r) => ({
	config: r.config,
	c: r.budget_C,
	nOpt: r.params_N_opt,
	logSd: r.log_N_opt_sd,
}));

/** What each step changes, in words, keyed by the step part of the configuration id. */
const STEP_LABELS: Record<string, Localized> = {
	kaplan: { en: 'Reproducing Kaplan et al.', 'zh-cn': '复现 Kaplan 等' },
	head: { en: '+ counting the last layer', 'zh-cn': '+ 计入最后一层' },
	warmup: { en: '+ shorter warmup', 'zh-cn': '+ 缩短预热' },
	cosine: { en: '+ cosine decay per budget', 'zh-cn': '+ 按预算余弦衰减' },
	tuned: { en: '+ tuned optimizer, no decay', 'zh-cn': '+ 调优优化器，不衰减' },
	'kaplan-adjusted': { en: 'Kaplan adjusted (tuned, Kaplan counting and warmup)', 'zh-cn': 'Kaplan 调整版（调优超参，Kaplan 的计数与预热）' },
};
const DATASET_LABELS: Record<string, Localized> = {
	rw: { en: 'RefinedWeb', 'zh-cn': 'RefinedWeb' },
	owt2: { en: 'OpenWebText2', 'zh-cn': 'OpenWebText2' },
};

/** The configurations in paper order, with the exponent a the paper reports (Table 1; Figure 1 a–e for RefinedWeb). */
export const PORIAN_CONFIGS = (configs as Rows<'porian-configs'>).map((r) => {
	const step = r.config.slice(r.dataset.length + 1);
	const label = STEP_LABELS[step];
	const dataset = DATASET_LABELS[r.dataset];
	if (!label || !dataset) throw new Error(`[course] porian-configs.csv: no label for ${r.config}`);
	return {
		id: r.config,
		label,
		dataset: { key: r.dataset, label: dataset },
		/** Upstream keys of what the configuration sets. */
		setup: { hparams: r.hparams, warmup: r.warmup, decay: r.decay, paramCount: r.param_count },
		/** Which loss the points carry: smoothed training loss or validation loss. */
		loss: r.loss,
		/** The paper's a, its 95% bootstrap interval and R², as printed. */
		paper: { a: r.a, lo: r.a_lo, hi: r.a_hi, r2: r.a_r2, budgets: r.budgets_in_fit },
	};
});
