/**
 * The claim check's four verdicts: one vocabulary, used by the verdict chips, the key on the claim
 * check page, the home page and the corrections. Prose that names a verdict uses exactly these
 * words; `VERDICT_AVOID` lists the variants a test rejects on Chinese pages.
 */
import type { Lang, Localized } from './schema';

export const VERDICT_IDS = ['correct', 'misleading', 'wrong', 'unsourced'] as const;
export type VerdictId = (typeof VERDICT_IDS)[number];

export interface Verdict {
	/** Shown next to the word, so the chip never relies on colour alone. */
	icon: string;
	label: Localized;
	/** What the verdict means, for the key on the claim check page. */
	meaning: Localized;
	/** The heading of a ledger entry's explanation: a correct claim gets a note, not a correction. */
	heading: Localized;
}

export const VERDICTS: Record<VerdictId, Verdict> = {
	correct: {
		icon: '✓',
		label: { en: 'Correct', 'zh-cn': '正确' },
		meaning: { en: 'the claim matches the primary source.', 'zh-cn': '与原始出处一致。' },
		heading: { en: 'Note', 'zh-cn': '说明' },
	},
	misleading: {
		icon: '!',
		label: { en: 'Misleading', 'zh-cn': '有误导性' },
		meaning: {
			en: 'partly right, but the framing or a missing qualifier leads the reader to a wrong conclusion.',
			'zh-cn': '部分正确，但表述方式或缺少的限定条件会把读者引向错误结论。',
		},
		heading: { en: 'Correction', 'zh-cn': '更正' },
	},
	wrong: {
		icon: '✗',
		label: { en: 'Wrong', 'zh-cn': '错误' },
		meaning: { en: 'a primary source says otherwise.', 'zh-cn': '原始出处的说法与之不同。' },
		heading: { en: 'Correction', 'zh-cn': '更正' },
	},
	unsourced: {
		icon: '?',
		label: { en: 'Unsourced', 'zh-cn': '无来源' },
		meaning: {
			en: 'no source is given and we could not find one; it should not be repeated as fact.',
			'zh-cn': '原文未给出处，我们也未能找到；不应当作事实转述。',
		},
		heading: { en: 'Correction', 'zh-cn': '更正' },
	},
};

export function verdictLabel(verdict: VerdictId, lang: Lang): string {
	return VERDICTS[verdict].label[lang];
}

/** Variants of the verdict words that Chinese pages must not use. */
export const VERDICT_AVOID: readonly { pattern: RegExp; use: string }[] = [
	{ pattern: /有误导(?!性)/u, use: VERDICTS.misleading.label['zh-cn'] },
	{ pattern: /误导性说法|具误导性|存在误导/u, use: VERDICTS.misleading.label['zh-cn'] },
	{ pattern: /无出处|来源不明|没有出处的说法/u, use: VERDICTS.unsourced.label['zh-cn'] },
];
