/**
 * Training-set sizes of well-known models and Epoch AI's estimate of the stock of public human
 * text (facts.md C1, C2). No DOM, no Plot. Sizes in tokens.
 */

export interface DatasetSize {
	name: string;
	/** Publication year of the model's reference. */
	year: number;
	tokens: number;
	source: { k: string; at?: string };
}

/**
 * facts.md C2. Years: GPT-3, Chinchilla and the 2024 models as given there; LaMDA and MT-NLG
 * have no year in facts.md, so they carry their papers' publication year (Thoppilan et al. 2022;
 * Smith et al. 2022, arXiv 2201.11990).
 */
export const DATASET_SIZES: readonly DatasetSize[] = [
	{ name: 'GPT-3', year: 2020, tokens: 3.0e11, source: { k: 'hoffmann2022', at: 'Table 1' } },
	{ name: 'LaMDA', year: 2022, tokens: 1.68e11, source: { k: 'hoffmann2022', at: 'Table 1' } },
	{ name: 'MT-NLG 530B', year: 2022, tokens: 2.7e11, source: { k: 'hoffmann2022', at: 'Table 1' } },
	{ name: 'Chinchilla', year: 2022, tokens: 1.4e12, source: { k: 'hoffmann2022', at: 'Table 1' } },
	{ name: 'DeepSeek-V2', year: 2024, tokens: 8.1e12, source: { k: 'deepseekv2', at: 'p. 1' } },
	{ name: 'DeepSeek-V3', year: 2024, tokens: 1.48e13, source: { k: 'deepseekv3', at: 'abstract' } },
	{ name: 'Llama 3.1 405B', year: 2024, tokens: 1.56e13, source: { k: 'llama3' } },
	{ name: 'Qwen2.5', year: 2024, tokens: 1.8e13, source: { k: 'deepseekv3', at: 'p. 33' } },
];

/**
 * Epoch AI (Villalobos et al. 2024): effective stock of public human-generated text, about
 * 300 trillion tokens with a 90 % confidence interval of 100T to 1,000T.
 */
export const PUBLIC_TEXT_STOCK = { median: 3e14, low: 1e14, high: 1e15 } as const;

/** Projected years in which training sets reach the stock: 2026 to 2032, median 2028. */
export const FULL_USE_YEARS = { from: 2026, to: 2032, median: 2028 } as const;

/** How many times a dataset would fit in the median stock estimate. */
export function stockMultiple(tokens: number): number {
	return PUBLIC_TEXT_STOCK.median / tokens;
}
