/**
 * The course's own interface strings (Starlight translates its own chrome). A key missing in one
 * language is a type error, because both objects must satisfy the same `UiStrings` shape.
 */
import type { Lang } from '../data/schema';

const en = {
	goals: 'Learning goals',
	takeaway: 'Takeaway',
	note: 'Note',
	correction: 'The source article says…',
	correctionLink: 'See the claim check entry',
	exercise: 'Exercise',
	solution: 'Show the solution',
	figure: 'Figure',
	figurePermalink: 'Link to this figure',
	figureSource: 'Source',
	figureDataTable: 'Data table',
	figureTablePartial: 'This table lists {shown} of the {total} rows drawn. With JavaScript on, opening it lists them all; the CSV has every row.',
	figurePresets: 'Presets',
	figureComputing: 'Computing…',
	figureCancel: 'Cancel',
	figureCancelled: 'Stopped before it finished.',
	figureCsvDefault: 'Download CSV (default view)',
	figureCsvCurrent: 'Download CSV (this view)',
	figureCopyLink: 'Copy link to this view',
	figureCopied: 'Link copied',
	figureReset: 'Reset',
	figureControls: 'Controls',
	figureLoading: 'Loading the interactive figure…',
	figureStatic: 'This figure shows its default view; with JavaScript on, its controls let you change it.',
	figureFitted: 'Computed from a fitted formula',
	figureExtrapolated: 'extrapolated beyond the fitted range',
	readingTime: '{n} min read',
	readingTimeUnit: 'words',
	chapter: 'Chapter',
	claimVerdict: 'Verdict',
	claimCorrection: 'Correction',
	claimSources: 'Sources',
	claimExplained: 'Explained in',
	claimQuote: 'The article says',
	claimEnglish: 'In English',
	claimIntended: 'Intended formula',
	claimPopular: 'Popular claim',
	claimGarbled: ' (the garbled maths above is in the source page; the quote keeps it as printed)',
	citedIn: 'Cited in',
	notCited: 'Listed for completeness; not cited in a chapter yet.',
	secondary: 'Known to us through secondary reports.',
	permalink: 'Permalink',
	datasetFiles: 'Files in the course',
	datasetRows: '{n} rows',
	datasetUpstream: 'Upstream, at the pinned commit',
	datasetFilesRead: '{n} files read',
	datasetLicence: 'Licence',
	datasetNoLicence: 'no licence file',
	datasetPaper: 'Paper',
	sentenceEnd: '.',
	labelColon: ': ',
	comma: ', ',
	parenOpen: ' (',
	parenClose: ')',
} as const;

export type UiKey = keyof typeof en;
export type UiStrings = Record<UiKey, string>;

const zhCN: UiStrings = {
	goals: '学习目标',
	takeaway: '要点',
	note: '注',
	correction: '原文说法与更正',
	correctionLink: '查看事实核查条目',
	exercise: '练习',
	solution: '查看解答',
	figure: '图',
	figurePermalink: '本图链接',
	figureSource: '来源',
	figureDataTable: '数据表',
	figureTablePartial: '此表列出图中 {total} 行数据中的 {shown} 行。启用 JavaScript 后展开可看到全部；CSV 文件包含所有行。',
	figurePresets: '预设',
	figureComputing: '正在计算……',
	figureCancel: '取消',
	figureCancelled: '计算未完成即已停止。',
	figureCsvDefault: '下载 CSV（默认视图）',
	figureCsvCurrent: '下载 CSV（当前视图）',
	figureCopyLink: '复制当前视图的链接',
	figureCopied: '链接已复制',
	figureReset: '重置',
	figureControls: '控件',
	figureLoading: '正在加载交互图……',
	figureStatic: '此图显示默认视图；启用 JavaScript 后可用控件调整。',
	figureFitted: '由拟合公式计算',
	figureExtrapolated: '超出拟合范围的外推',
	readingTime: '约 {n} 分钟',
	readingTimeUnit: '字',
	chapter: '第',
	claimVerdict: '结论',
	claimCorrection: '更正',
	claimSources: '来源',
	claimExplained: '详见',
	claimQuote: '原文',
	claimEnglish: '英文大意',
	claimIntended: '原意公式',
	claimPopular: '流行说法',
	claimGarbled: '（上面引文中的乱码公式出自原网页，引文照录原样）',
	citedIn: '引用于',
	notCited: '列出以备查；尚未在章节中引用。',
	secondary: '我们仅通过二手报道了解该来源。',
	permalink: '永久链接',
	datasetFiles: '课程中的文件',
	datasetRows: '{n} 行',
	datasetUpstream: '上游（固定提交）',
	datasetFilesRead: '读取 {n} 个文件',
	datasetLicence: '许可',
	datasetNoLicence: '无许可证文件',
	datasetPaper: '论文',
	sentenceEnd: '。',
	labelColon: '：',
	comma: '，',
	parenOpen: '（',
	parenClose: '）',
};

export const UI: Record<Lang, UiStrings> = { en, 'zh-cn': zhCN };

/** Look up an interface string, filling `{name}` placeholders. */
export function ui(lang: Lang, key: UiKey, values: Record<string, string | number> = {}): string {
	return UI[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The colon after a label: ": " in English, "：" (full-width, no space) in Chinese. */
export function colon(lang: Lang): string {
	return lang === 'zh-cn' ? '：' : ': ';
}

/** A label followed by the colon of its language: "Source: " / "来源：". */
export function labelled(lang: Lang, key: UiKey): string {
	return `${UI[lang][key]}${colon(lang)}`;
}

/** Chapter labels, e.g. "Chapter 2" / "第 2 章". */
export function chapterLabel(lang: Lang, n: number): string {
	return lang === 'zh-cn' ? `第 ${n} 章` : `Chapter ${n}`;
}
