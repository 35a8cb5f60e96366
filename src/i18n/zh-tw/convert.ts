/**
 * Simplified → Traditional Chinese (Taiwan) for the `zh-tw` edition, which is generated from the
 * `zh-cn` one: nobody writes Traditional text by hand. BUILD TIME ONLY: OpenCC and its dictionaries
 * (about 1 MB) must never reach a reader's browser (`tests/site/zh-tw.test.ts` checks `dist/_astro/`).
 *
 * OpenCC's `s2twp` (Taiwan characters and Taiwan phrasing: 数据 → 資料, 代码 → 程式碼) does the work,
 * after the course's phrase table (`phrases.ts`), which decides where OpenCC's choice is not what a
 * Taiwanese technical reader expects; then quotation marks become corner brackets.
 *
 * Convert each text once, from Simplified: OpenCC reads Traditional input as if it were Simplified
 * and may change it again (說明了 → 說明瞭). The phrase table's Traditional forms are protected, so
 * a phrase that is already converted (參數) keeps its form.
 */
import OpenCC from 'opencc-js';
import { PHRASES, QUOTE_MARKS } from './phrases';

const opencc = OpenCC.Converter({ from: 'cn', to: 'twp' });

/**
 * Each phrase by its Simplified and by its Traditional form (so that already converted text, such
 * as 參數, is not converted again by OpenCC's Taiwan phrases into 引數), longest first.
 */
const FIXED = new Map<string, string>(PHRASES.flatMap((p) => [[p.cn, p.tw] as const, [p.tw, p.tw] as const]));
const FIXED_PATTERN = new RegExp([...FIXED.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');

const HAN = /\p{Script=Han}/u;
const NEEDS_WORK = /[\p{Script=Han}“”‘’]/u;

/** Simplified Chinese text → Traditional Chinese as written in Taiwan. Text without Chinese is returned as is. */
export function toTraditional(text: string): string {
	if (!NEEDS_WORK.test(text)) return text;
	let out = '';
	let last = 0;
	for (const match of text.matchAll(FIXED_PATTERN)) {
		out += opencc(text.slice(last, match.index)) + FIXED.get(match[0]);
		last = match.index + match[0].length;
	}
	out += opencc(text.slice(last));
	return quoteMarks(out);
}

/** “…” → 「…」 always; ‘…’ → 『…』 only around Chinese text (an English apostrophe stays one). */
function quoteMarks(text: string): string {
	return text.replace(/[“”]/g, (q) => QUOTE_MARKS[q] ?? q).replace(/‘([^‘’]*)’/g, (whole, inner: string) => (HAN.test(inner) ? `『${inner}』` : whole));
}

/**
 * Characters that a Traditional text does not use: none may remain on a `zh-tw` page outside
 * quotations. From OpenCC's own tables: a character its Simplified → Taiwan conversion changes,
 * unless it is also written in Traditional text in some word (干 in 若干, 后 in 皇后, 里 in 公里: it
 * appears on the Traditional side of OpenCC's phrase table); of those, the few that are Simplified
 * in all but a surname or a rare word (万 for 萬, 于 for 於, 么 for 麼, …) are listed anyway.
 */
export async function simplifiedOnlyCharacters(): Promise<Set<string>> {
	const [{ default: characters }, { default: phrases }] = await Promise.all([import('opencc-js/dict/STCharacters'), import('opencc-js/dict/STPhrases')]);
	const taiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
	const alsoTraditional = new Set<string>();
	for (const entry of phrases.split('|')) for (const word of entry.split(' ').slice(1)) for (const ch of word) alsoTraditional.add(ch);
	const only = new Set<string>(ALWAYS_SIMPLIFIED);
	for (const entry of characters.split('|')) {
		const [ch = ''] = entry.split(' ');
		if ([...ch].length === 1 && taiwan(ch) !== ch && !alsoTraditional.has(ch)) only.add(ch);
	}
	return only;
}

/** Simplified in modern text except in a surname or a rare word (OpenCC's phrase table lists those). */
const ALWAYS_SIMPLIFIED = [...'万于么价党种确适涌'];
