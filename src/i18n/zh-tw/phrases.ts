/**
 * The course's own phrase table for the Traditional Chinese edition: where OpenCC's Simplified →
 * Taiwan conversion (`s2twp`) picks a word that a Taiwanese reader of a technical text would not
 * expect, or gets a phrase wrong, this table decides. Each entry is applied before OpenCC (the
 * longest match wins) and says why. Terms OpenCC already renders as Taiwan usage (数据 → 資料,
 * 代码 → 程式碼, 内存 → 記憶體, 键值缓存 → 鍵值快取, 芯片 → 晶片, 英伟达 → 輝達, 采样 → 取樣, 概率 →
 * 機率, 默认 → 預設, 博客 → 部落格) are left to it; `tests/unit/zh-tw.test.ts` checks both kinds.
 *
 * Kept as the Simplified edition has them, on purpose:
 * - 规模定律 → 規模定律 (not 縮放定律 or 規模法則, both also seen in Taiwan): the course's title is
 *   規模與湧現 and the term must read as one with it; the glossary rejects 缩放定律 in both scripts.
 * - 词元 → 詞元 for token (Taiwanese texts also write 符記 or keep "token"): the chapters introduce it
 *   as 詞元（token）, so a reader who knows only "token" is served as well.
 * - 算力 stays 算力 (common in Taiwanese AI writing; 運算能力 is longer and reads as hardware spec).
 */
export interface Phrase {
	/** The Simplified text, as the `zh-cn` edition writes it. */
	cn: string;
	/** What the Traditional edition shows. */
	tw: string;
	/** Why OpenCC's choice is not used. */
	why: string;
}

export const PHRASES: readonly Phrase[] = [
	// ----- Terms: OpenCC's software-localisation vocabulary where the course means something else.
	{ cn: '参数', tw: '參數', why: 'OpenCC gives 引數 (a function argument in software); a model’s parameters are 參數 in Taiwan too (參數量, 總參數, 激活參數, 超參數).' },
	{ cn: '激活', tw: '激活', why: 'OpenCC gives 啟用 ("enable a feature"); activated parameters and activations are 激活 in Taiwanese ML writing.' },
	{ cn: '函数', tw: '函數', why: 'OpenCC gives 函式 (a function in a program); loss, scoring and objective functions are mathematics: 函數.' },
	{ cn: '质量', tw: '品質', why: 'OpenCC keeps 質量, which in Taiwan means physical mass; data quality is 資料品質, high-quality 高品質.' },
	{ cn: '推断', tw: '推論', why: 'Inference (running a trained model): Taiwan writes 推論 (推論成本, 推論負載); 推斷 reads as "deduce".' },
	{ cn: '置信区间', tw: '信賴區間', why: 'The statistics term in Taiwan is 信賴區間.' },
	{ cn: '类型', tw: '類型', why: 'OpenCC gives 型別 (a data type in a programming language); task types are 任務類型.' },
	{ cn: '支持', tw: '支持', why: 'OpenCC gives 支援 (technical support, "supports a feature"); evidence that supports a claim is 支持.' },
	{ cn: '脚本', tw: '腳本', why: 'OpenCC gives 指令碼; Taiwanese programmers write 腳本 (a Python 腳本).' },
	{ cn: '实例', tw: '實例', why: 'OpenCC gives 例項; 實例 (example, instance) is the usual Taiwanese word.' },
	{ cn: '局部', tw: '局部', why: 'OpenCC gives 區域性 ("regional"); local representations and local minima are 局部.' },
	{ cn: '扩展', tw: '擴展', why: 'OpenCC gives 擴充套件 (a software extension, a plug-in); scaling up is 擴展.' },
	{ cn: '联系', tw: '聯繫', why: 'OpenCC gives 聯絡 (to contact someone); a connection between ideas is 聯繫.' },
	// ----- Segmentation errors of OpenCC's phrase matching.
	{ cn: '线性', tw: '線性', why: 'Without it 在线性坐标上 becomes 線上性座標上 (线上 "online" is matched first).' },
	{ cn: '拟合', tw: '擬合', why: 'Without it 拟合中 becomes 擬閤中 (合中 is matched as a phrase).' },
	{ cn: '墙钟', tw: '牆鐘', why: 'Wall-clock time: 钟 is a clock here (鐘), not the surname 鍾.' },
	{ cn: '只', tw: '只', why: 'The adverb "only" is 只 in Traditional too; OpenCC often writes the measure word 隻 (這隻能, 是隻取樣).' },
	{ cn: '单只', tw: '單隻', why: 'The measure word for animals (單隻螞蟻) is 隻.' },
];

/**
 * Quotation marks: Taiwan sets quotations in corner brackets, 「…」 outside and 『…』 inside, where
 * the Simplified edition uses “…” and ‘…’. Single quotes are converted only around Chinese text, so
 * an apostrophe in English (DeepSeek’s) stays one.
 */
export const QUOTE_MARKS: Readonly<Record<string, string>> = { '“': '「', '”': '」' };
