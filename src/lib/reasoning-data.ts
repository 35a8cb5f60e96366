/**
 * Reported results of reasoning models, exactly as printed (facts.md G1, G3, G5). Each value keeps
 * its benchmark, its aggregation (how many samples, combined how) and the table it comes from, so
 * that no figure or text can quote a consensus or re-ranking score as if it were a single answer.
 *
 * DeepSeek-R1 numbers are from the arXiv v1 report (official PDF, `deepseek-ai/DeepSeek-R1` at
 * 0cf7856; PDF page numbers), never mixed with the later Nature version. o1-1217's numbers are
 * OpenAI's own, as DeepSeek's Table 4 quotes them.
 */

export type Aggregation = 'pass@1' | 'cons@64' | 'rating';

export type Benchmark = 'aime2024' | 'math500' | 'gpqa' | 'codeforces';

export type ModelKey = 'r1-zero' | 'o1-0912' | 'r1' | 'o1-1217' | 'qwen32b-rl' | 'qwen32b-distill';

/** Which comparison a model belongs to: the table that prints it beside its rival. */
export type Comparison = 'table2' | 'table4' | 'table6';

export interface ReportedResult {
	model: ModelKey;
	benchmark: Benchmark;
	aggregation: Aggregation;
	/** Percent for pass@1 and cons@64; a Codeforces rating for `rating`. */
	value: number;
	comparison: Comparison;
	/** Where it is printed in the R1 report. */
	at: string;
}

export const COMPARISONS: Record<Comparison, { models: readonly ModelKey[]; at: string }> = {
	table2: { models: ['r1-zero', 'o1-0912'], at: 'Table 2, p. 7' },
	table4: { models: ['r1', 'o1-1217'], at: 'Table 4, p. 13' },
	table6: { models: ['qwen32b-rl', 'qwen32b-distill'], at: 'Table 6, p. 15' },
};

const row = (model: ModelKey, benchmark: Benchmark, aggregation: Aggregation, value: number, comparison: Comparison): ReportedResult => ({
	model,
	benchmark,
	aggregation,
	value,
	comparison,
	at: COMPARISONS[comparison].at,
});

/**
 * DeepSeek-R1 report, Tables 2, 4 and 6. pass@1 is the mean correctness of k sampled answers
 * (temperature 0.6; k between 4 and 64 by test set); cons@64 is a majority vote over 64 samples
 * (§3, p. 12). Table 6's RL model is Qwen2.5-32B trained with RL for over 10K steps
 * ("DeepSeek-R1-Zero-Qwen-32B"); the distilled one is DeepSeek-R1-Distill-Qwen-32B.
 */
export const R1_REPORTED: readonly ReportedResult[] = [
	row('r1-zero', 'aime2024', 'pass@1', 71.0, 'table2'),
	row('r1-zero', 'aime2024', 'cons@64', 86.7, 'table2'),
	row('r1-zero', 'math500', 'pass@1', 95.9, 'table2'),
	row('r1-zero', 'gpqa', 'pass@1', 73.3, 'table2'),
	row('r1-zero', 'codeforces', 'rating', 1444, 'table2'),
	row('o1-0912', 'aime2024', 'pass@1', 74.4, 'table2'),
	row('o1-0912', 'aime2024', 'cons@64', 83.3, 'table2'),
	row('o1-0912', 'math500', 'pass@1', 94.8, 'table2'),
	row('o1-0912', 'gpqa', 'pass@1', 77.3, 'table2'),
	row('o1-0912', 'codeforces', 'rating', 1843, 'table2'),
	row('r1', 'aime2024', 'pass@1', 79.8, 'table4'),
	row('r1', 'math500', 'pass@1', 97.3, 'table4'),
	row('r1', 'gpqa', 'pass@1', 71.5, 'table4'),
	row('r1', 'codeforces', 'rating', 2029, 'table4'),
	row('o1-1217', 'aime2024', 'pass@1', 79.2, 'table4'),
	row('o1-1217', 'math500', 'pass@1', 96.4, 'table4'),
	row('o1-1217', 'gpqa', 'pass@1', 75.7, 'table4'),
	row('o1-1217', 'codeforces', 'rating', 2061, 'table4'),
	row('qwen32b-rl', 'aime2024', 'pass@1', 47.0, 'table6'),
	row('qwen32b-rl', 'aime2024', 'cons@64', 60.0, 'table6'),
	row('qwen32b-rl', 'math500', 'pass@1', 91.6, 'table6'),
	row('qwen32b-rl', 'gpqa', 'pass@1', 55.0, 'table6'),
	row('qwen32b-distill', 'aime2024', 'pass@1', 72.6, 'table6'),
	row('qwen32b-distill', 'aime2024', 'cons@64', 83.3, 'table6'),
	row('qwen32b-distill', 'math500', 'pass@1', 94.3, 'table6'),
	row('qwen32b-distill', 'gpqa', 'pass@1', 62.1, 'table6'),
];

/** How many samples an aggregation uses and how they are combined. */
export type SampleAggregation = 'single' | 'coverage' | 'consensus' | 'reranking';

export interface PublishedPoint {
	source: 'monkeys-swe' | 'o1-aime' | 'r1zero-aime';
	/** Samples per problem. */
	k: number;
	/** Percent of problems. */
	value: number;
	aggregation: SampleAggregation;
	/** Bibliography key and location. */
	cite: { k: string; at: string };
}

/**
 * Published points for the repeated-sampling figure, each with its aggregation:
 * - Large Language Monkeys (Brown et al. 2024, abstract): SWE-bench Lite issues solved by ANY of
 *   250 samples (coverage, checked by the tests), from 15.9% with one sample.
 * - OpenAI's o1 post (G3): AIME 2024, 74% with a single sample, 83% consensus among 64 samples,
 *   93% re-ranking 1,000 samples with a learned scoring function.
 * - DeepSeek-R1 Table 2: R1-Zero AIME 2024, 71.0% pass@1, 86.7% cons@64.
 */
export const PUBLISHED_POINTS: readonly PublishedPoint[] = [
	{ source: 'monkeys-swe', k: 1, value: 15.9, aggregation: 'single', cite: { k: 'brown2024monkeys', at: 'abstract' } },
	{ source: 'monkeys-swe', k: 250, value: 56, aggregation: 'coverage', cite: { k: 'brown2024monkeys', at: 'abstract' } },
	{ source: 'o1-aime', k: 1, value: 74, aggregation: 'single', cite: { k: 'openai2024o1', at: 'AIME 2024 results' } },
	{ source: 'o1-aime', k: 64, value: 83, aggregation: 'consensus', cite: { k: 'openai2024o1', at: 'AIME 2024 results' } },
	{ source: 'o1-aime', k: 1000, value: 93, aggregation: 'reranking', cite: { k: 'openai2024o1', at: 'AIME 2024 results' } },
	{ source: 'r1zero-aime', k: 1, value: 71.0, aggregation: 'single', cite: { k: 'deepseekr1', at: 'Table 2, p. 7' } },
	{ source: 'r1zero-aime', k: 64, value: 86.7, aggregation: 'consensus', cite: { k: 'deepseekr1', at: 'Table 2, p. 7' } },
];
