/**
 * Chen et al. (2021), "Evaluating Large Language Models Trained on Code", Table 1: HumanEval
 * pass@1 (%) of the eight Codex model sizes (facts.md B5, [V]). Pure data: no DOM, no Plot.
 */

export interface CodexModel {
	/** The model's name as in Table 1. */
	name: string;
	/** Parameters. */
	params: number;
	/** HumanEval pass@1 in percent, as printed (two decimals). */
	passAt1Pct: number;
}

export const CODEX_MODELS: readonly CodexModel[] = [
	{ name: 'Codex-12M', params: 12e6, passAt1Pct: 2.0 },
	{ name: 'Codex-25M', params: 25e6, passAt1Pct: 3.21 },
	{ name: 'Codex-42M', params: 42e6, passAt1Pct: 5.06 },
	{ name: 'Codex-85M', params: 85e6, passAt1Pct: 8.22 },
	{ name: 'Codex-300M', params: 300e6, passAt1Pct: 13.17 },
	{ name: 'Codex-679M', params: 679e6, passAt1Pct: 16.22 },
	{ name: 'Codex-2.5B', params: 2.5e9, passAt1Pct: 21.36 },
	{ name: 'Codex-12B', params: 12e9, passAt1Pct: 28.81 },
];

/** The largest Codex model the paper trained: nothing was measured above it. */
export const CODEX_LARGEST_PARAMS = 12e9;
