/**
 * Wei et al. (2022), "Emergent Abilities of Large Language Models", Table 1: for each ability,
 * the smallest scale at which it was reported as emergent (training FLOPs and parameters) and the
 * model family it was observed in (facts.md B1, [V]). Pure data: no DOM, no Plot.
 *
 * The table's row "Many BIG-Bench tasks (see Appendix E)" has "many" in every number column and is
 * therefore not a point: it is kept apart as {@link UNPLOTTED_ROW} so captions can mention it.
 */
import type { Localized } from '../data/schema';

/** The model families of Table 1, in the order the figure assigns them colours. */
export const FAMILIES = ['GPT-3', 'Gopher', 'Chinchilla', 'PaLM', 'LaMDA', 'FLAN', 'T5', 'Anthropic', 'EleutherAI'] as const;
export type Family = (typeof FAMILIES)[number];

/** Table 1's two groups: few-shot prompting abilities and augmented prompting abilities (§3, §4). */
export type PromptingCategory = 'few-shot' | 'augmented';

export interface EmergentAbility {
	/** Stable ascii id (not shown). */
	id: string;
	/** The ability as Table 1 names it, and in Chinese. */
	name: Localized;
	/** A shorter name for the plot's axis. */
	short: Localized;
	category: PromptingCategory;
	/** Training FLOPs of the smallest model showing the ability ("emergent scale"). */
	flops: number;
	/** Parameters of that model. */
	params: number;
	model: Family;
	/** The work Table 1 cites for the ability. */
	reference: string;
}

const row = (
	id: string,
	category: PromptingCategory,
	name: [string, string],
	short: [string, string],
	flops: number,
	params: number,
	model: Family,
	reference: string,
): EmergentAbility => ({
	id,
	name: { en: name[0], 'zh-cn': name[1] },
	short: { en: short[0], 'zh-cn': short[1] },
	category,
	flops,
	params,
	model,
	reference,
});

/** The 22 rows of Table 1 that have numbers, in the table's own order. */
export const EMERGENT_ABILITIES: readonly EmergentAbility[] = [
	// Few-shot prompting abilities
	row('arith-3-digit', 'few-shot', ['Addition/subtraction (3 digit)', '加减法（3 位数）'], ['Add/subtract, 3 digits', '3 位数加减法'], 2.3e22, 13e9, 'GPT-3', 'Brown et al. 2020'),
	row('arith-4-5-digit', 'few-shot', ['Addition/subtraction (4–5 digit)', '加减法（4–5 位数）'], ['Add/subtract, 4–5 digits', '4–5 位数加减法'], 3.1e23, 175e9, 'GPT-3', 'Brown et al. 2020'),
	row('mmlu-57', 'few-shot', ['MMLU (57-topic avg.)', 'MMLU（57 个科目平均）'], ['MMLU, 57-topic avg.', 'MMLU（57 科平均）'], 3.1e23, 175e9, 'GPT-3', 'Hendrycks et al. 2021a'),
	row('toxicity', 'few-shot', ['Toxicity classification (CivilComments)', '毒性分类（CivilComments）'], ['Toxicity classification', '毒性分类'], 1.3e22, 7.1e9, 'Gopher', 'Rae et al. 2021'),
	row('truthfulqa', 'few-shot', ['Truthfulness (TruthfulQA)', '真实性（TruthfulQA）'], ['Truthfulness (TruthfulQA)', '真实性（TruthfulQA）'], 5.0e23, 280e9, 'Gopher', 'Rae et al. 2021'),
	row('mmlu-26', 'few-shot', ['MMLU (26 topics)', 'MMLU（26 个科目）'], ['MMLU, 26 topics', 'MMLU（26 科）'], 5.0e23, 280e9, 'Gopher', 'Rae et al. 2021'),
	row('grounded-mappings', 'few-shot', ['Grounded conceptual mappings', '接地概念映射（grounded conceptual mappings）'], ['Grounded conceptual mappings', '接地概念映射'], 3.1e23, 175e9, 'GPT-3', 'Patel & Pavlick 2022'),
	row('mmlu-30', 'few-shot', ['MMLU (30 topics)', 'MMLU（30 个科目）'], ['MMLU, 30 topics', 'MMLU（30 科）'], 5.0e23, 70e9, 'Chinchilla', 'Hoffmann et al. 2022'),
	row('wic', 'few-shot', ['Word in Context (WiC)', '语境中的词义（WiC）'], ['Word in Context (WiC)', '语境词义（WiC）'], 2.5e24, 540e9, 'PaLM', 'Chowdhery et al. 2022'),
	// Augmented prompting abilities
	row('instruction-following', 'augmented', ['Instruction following (finetuning)', '指令遵循（微调）'], ['Instruction following', '指令遵循'], 1.3e23, 68e9, 'FLAN', 'Wei et al. 2022a'),
	row('scratchpad', 'augmented', ['Scratchpad: 8-digit addition (finetuning)', '草稿纸：8 位数加法（微调）'], ['Scratchpad: 8-digit addition', '草稿纸：8 位数加法'], 8.9e19, 40e6, 'LaMDA', 'Nye et al. 2021'),
	row('open-book-fact-checking', 'augmented', ['Using open-book knowledge for fact checking', '利用开卷知识进行事实核查'], ['Open-book fact checking', '开卷事实核查'], 1.3e22, 7.1e9, 'Gopher', 'Rae et al. 2021'),
	row('cot-math', 'augmented', ['Chain-of-thought: math word problems', '思维链：数学应用题'], ['Chain of thought: math', '思维链：数学应用题'], 1.3e23, 68e9, 'LaMDA', 'Wei et al. 2022b'),
	row('cot-strategyqa', 'augmented', ['Chain-of-thought: StrategyQA', '思维链：StrategyQA'], ['Chain of thought: StrategyQA', '思维链：StrategyQA'], 2.9e23, 62e9, 'PaLM', 'Chowdhery et al. 2022'),
	row('dsi', 'augmented', ['Differentiable search index', '可微搜索索引'], ['Differentiable search index', '可微搜索索引'], 3.3e22, 11e9, 'T5', 'Tay et al. 2022b'),
	row('self-consistency', 'augmented', ['Self-consistency decoding', '自一致性解码'], ['Self-consistency decoding', '自一致性解码'], 1.3e23, 68e9, 'LaMDA', 'Wang et al. 2022b'),
	row('explanations', 'augmented', ['Leveraging explanations in prompting', '在提示中利用解释'], ['Explanations in prompts', '提示中加入解释'], 5.0e23, 280e9, 'Gopher', 'Lampinen et al. 2022'),
	row('least-to-most', 'augmented', ['Least-to-most prompting', '由少到多提示（least-to-most）'], ['Least-to-most prompting', '由少到多提示'], 3.1e23, 175e9, 'GPT-3', 'Zhou et al. 2022'),
	row('zero-shot-cot', 'augmented', ['Zero-shot chain-of-thought reasoning', '零样本思维链推理'], ['Zero-shot chain of thought', '零样本思维链'], 3.1e23, 175e9, 'GPT-3', 'Kojima et al. 2022'),
	row('calibration', 'augmented', ['Calibration via P(True)', '通过 P(True) 进行校准'], ['Calibration via P(True)', 'P(True) 校准'], 2.6e23, 52e9, 'Anthropic', 'Kadavath et al. 2022'),
	row('multilingual-cot', 'augmented', ['Multilingual chain-of-thought reasoning', '多语言思维链推理'], ['Multilingual chain of thought', '多语言思维链'], 2.9e23, 62e9, 'PaLM', 'Shi et al. 2022'),
	row('ask-me-anything', 'augmented', ['Ask-me-anything prompting', '“问我任何问题”提示（AMA）'], ['Ask-me-anything prompting', '“问我任何问题”提示'], 1.4e22, 6e9, 'EleutherAI', 'Arora et al. 2022'),
];

/** Table 1's one row without numbers (a few-shot row): listed in captions, never plotted. */
export const UNPLOTTED_ROW = {
	name: { en: 'Many BIG-Bench tasks (see Appendix E)', 'zh-cn': '许多 BIG-Bench 任务（见附录 E）' },
	category: 'few-shot' as PromptingCategory,
	reference: 'BIG-Bench 2022',
} as const;

export type PromptingFilter = 'all' | PromptingCategory;

/**
 * The abilities of one prompting group (or all of them), ordered by emergent FLOPs, smallest
 * first; ties keep Table 1's order.
 */
export function emergentAbilities(filter: PromptingFilter = 'all'): EmergentAbility[] {
	return EMERGENT_ABILITIES.map((a, index) => ({ a, index }))
		.filter(({ a }) => filter === 'all' || a.category === filter)
		.sort((x, y) => x.a.flops - y.a.flops || x.index - y.index)
		.map(({ a }) => a);
}

/** The smallest and largest emergent scale among some abilities. */
export function emergenceRange(abilities: readonly EmergentAbility[]) {
	const byFlops = [...abilities].sort((a, b) => a.flops - b.flops);
	const byParams = [...abilities].sort((a, b) => a.params - b.params);
	return {
		minFlops: byFlops[0],
		maxFlops: byFlops.at(-1),
		minParams: byParams[0]?.params ?? Number.NaN,
		maxParams: byParams.at(-1)?.params ?? Number.NaN,
	};
}
