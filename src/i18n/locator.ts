/**
 * Citation locators ("§3.2, Table 4, p. 13") in the page's language. A locator is written once,
 * in English, where a citation is authored once (the claim ledger, figure sources) and may be
 * written in Chinese in a Chinese chapter; on a Chinese page it is printed with Chinese words:
 * 表 4, 图 2, 附录 B.1, 式 10, 摘要, 脚注 1, 第 13 页, with full-width separators.
 *
 * A locator that still holds an English word after translation fails the build with the locator
 * named: add the word or phrase to `PHRASES` or `WORDS` below, or to `KEEP` when it is a name that
 * stays as it is (a model, a file, a system).
 */
import type { Lang } from '../data/schema';

/** Whole phrases first (they would not survive word-by-word translation). */
const PHRASES: [RegExp, string][] = [
	[/\brefit of Approach (\d+)/g, '方法 $1 的重新拟合'],
	[/\bEpoch (\d{4}) blog, table of exhaustion dates\b/g, 'Epoch $1 年博客的耗尽时间表'],
	[/\bEpoch (\d{4}) blog\b/g, 'Epoch $1 年博客'],
	[/\bEpoch AI blog\b/g, 'Epoch AI 博客'],
	[/\bREADME, model table and §(\d+) License\b/g, 'README 的模型表与第 $1 节（License）'],
	[/\b(?:GitHub )?README §(\d+) License\b/g, 'README 第 $1 节（License）'],
	[/\b(?:GitHub )?README §(\d+)\b/g, 'README 第 $1 节'],
	[/\btraining GPU hours\b/g, '“Training GPU Hours”一节'],
	[/\bHardware and Software\b/g, '“Hardware and Software”一节'],
	[/\bGPT-4 entry \(estimate\)/g, 'GPT-4 条目（估计值）'],
	[/\bGPT-4 entry\b/g, 'GPT-4 条目'],
	[/\b(El Capitan), (Frontier),? and (Aurora) \(Rmax\)/g, '$1、$2、$3 (Rmax)'],
	[/\b(El Capitan), (Frontier), (Aurora): HPL Rmax\b/g, '$1、$2、$3：HPL Rmax'],
	[/\(FP8 and BF16 formats\)/g, '(FP8 与 BF16 格式)'],
	[/\(scope and limitations\)/g, '(范围与局限)'],
	[/\bFigs?\. ([\dA-Z][\w.–-]*) caption\b/g, '图 $1 图注'],
	[/\bAIME 2024 results\b/g, 'AIME 2024 结果'],
];

/** Locator words → Chinese, each followed by its number or letter. */
const WORDS: [RegExp, string][] = [
	[/\bTables? /g, '表 '],
	[/\bFigs?\. ?/g, '图 '],
	[/\bFigures? /g, '图 '],
	[/\bApp(?:\.|endix) ?/g, '附录 '],
	[/\beqs?\. ?/g, '式 '],
	[/\bfootnote /g, '脚注 '],
	[/\b[Aa]bstract\b/g, '摘要'],
	[/\bpp?\. ?([\d–-]+)/g, '第 $1 页'],
];

/** Latin tokens that stay as they are on a Chinese page: names, versions, symbols. */
const KEEP = /^(?:README|GitHub|License|Epoch|AI|GPT-4|El|Capitan|Frontier|Aurora|HPL|Rmax|FP8|BF16|AIME|v\d+|[A-Z]\d*|\d\w*|[A-Z]\.\d+|6ND|C|ND)$/;

/** The locator as printed on a page in `lang`; throws when a Chinese page would print English. */
export function formatLocator(at: string, lang: Lang): string {
	if (lang === 'en') return at;
	let out = at;
	for (const [pattern, replacement] of PHRASES) out = out.replace(pattern, replacement);
	for (const [pattern, replacement] of WORDS) out = out.replace(pattern, replacement);
	// The citation is printed inside full-width parentheses: separators and brackets are full-width too.
	out = out
		.replace(/\s*;\s*/g, '；')
		.replace(/,\s*/g, '，')
		.replace(/\s*\(/g, '（')
		.replace(/\)/g, '）');
	// A section named in quotation marks keeps its source's name.
	const english = (out.replace(/“[^”]*”/g, '').match(/[A-Za-z][A-Za-z0-9.-]*/g) ?? []).filter((w) => !KEEP.test(w.replace(/\.$/, '')));
	if (english.length > 0) {
		throw new Error(`[course] citation locator "${at}" has no Chinese form for ${english.map((w) => `"${w}"`).join(', ')}: add it to src/i18n/locator.ts`);
	}
	return out;
}
