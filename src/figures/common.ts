/** Small pieces several figure definitions share. */
import type { Lang, Localized } from '../data/schema';
import { count, sci } from '../lib/format';
import type { ChoiceParam } from './types';

export const L = (en: string, zh: string): Localized => ({ en, 'zh-cn': zh });

/** Table words for a yes/no column (the CSV keeps `yes` / `no`). */
export const YES_NO: Readonly<Record<string, Localized>> = { yes: L('Yes', '是'), no: L('No', '否') };

/** A column's key → words map from items that carry a key (or id) and a label. */
export function labelsByKey(items: readonly { key?: string; id?: string; label: Localized }[]): Record<string, Localized> {
	return Object.fromEntries(items.map((i) => [i.key ?? i.id ?? '', i.label]));
}

/** Headers of the two columns of a 95% interval. */
export const INTERVAL_LABELS = { lo: L('95% interval, low', '95% 区间下限'), hi: L('95% interval, high', '95% 区间上限') } as const;

/** The linear / logarithmic axis toggle. */
export function axisScaleParam(name: string, label: Localized, defaultValue: 'log' | 'linear' = 'log'): ChoiceParam {
	return {
		kind: 'choice',
		name,
		label,
		default: defaultValue,
		options: [
			{ value: 'log', label: L('Logarithmic', '对数') },
			{ value: 'linear', label: L('Linear', '线性') },
		],
	};
}

/** The choice between the two published fits of the Chinchilla loss. */
export const FIT_PARAM: ChoiceParam = {
	kind: 'choice',
	name: 'fit',
	label: L('Fitted formula', '拟合公式'),
	default: 'hoffmann',
	options: [
		{ value: 'hoffmann', label: L('Hoffmann et al. 2022', 'Hoffmann 等 2022 的拟合') },
		{ value: 'besiroglu', label: L('Besiroglu et al. 2024 refit', 'Besiroglu 等 2024 的重新拟合') },
	],
};

export const fitLabel = (fit: string, lang: Lang) => FIT_PARAM.options.find((o) => o.value === fit)?.label[lang] ?? fit;

export const formatFlops = (v: number) => `${sci(v)} FLOPs`;
export const formatParams = (v: number) => count(v);
export const formatTokens = (v: number, lang: Lang) => (lang === 'zh-cn' ? `${count(v)} 词元` : `${count(v)} tokens`);

