/**
 * Open base models on tasks called emergent, against training compute: one point per model,
 * coloured by family, from Ruan et al. (2024)'s evaluations. IPA transliteration is scored twice on
 * the same outputs (exact match and BLEU), so the reader can see whether the metric changes the
 * shape; a logarithmic score axis shows what exact match's zeros hide.
 */
import * as Plot from '@observablehq/plot';
import type { Lang, Localized } from '../../data/schema';
import { count, fixed, sci } from '../../lib/format';
import {
	familyPoints,
	HIGHLIGHT_FAMILIES,
	missingCount,
	type OpenPoint,
	openPoints,
	type OpenTaskId,
	openTask,
	OPEN_TASKS,
	SPREAD_WINDOW,
	spreadInWindow,
	zeroScores,
} from '../../lib/open-models';
import { axisScaleParam, L } from '../common';
import { PALETTE } from '../render';
import { defineFigure, type FigureData, type FigureState } from '../types';

/** Per task: the control's label, the score axis, and the CSV column of the score. */
const TASK_LABELS: Record<OpenTaskId, { label: Localized; axis: Localized; key: string }> = {
	'ipa-em': { label: L('IPA transliteration · exact match', 'IPA 音标转写 · 精确匹配'), axis: L('IPA transliteration, exact match (%)', 'IPA 音标转写，精确匹配（%）'), key: 'ipa_exact_match_pct' },
	'ipa-bleu': { label: L('IPA transliteration · BLEU', 'IPA 音标转写 · BLEU'), axis: L('IPA transliteration, BLEU (0–100)', 'IPA 音标转写，BLEU（0–100）'), key: 'ipa_bleu' },
	unscramble: { label: L('Word unscrambling', '单词还原'), axis: L('Word unscrambling, exact match (%)', '单词还原，精确匹配（%）'), key: 'word_unscrambling_exact_match_pct' },
	'arith-2da': { label: L('2-digit addition', '两位数加法'), axis: L('2-digit addition, accuracy (%)', '两位数加法，准确率（%）'), key: 'arithmetic_2da_acc_pct' },
	'arith-2dm': { label: L('2-digit multiplication', '两位数乘法'), axis: L('2-digit multiplication, accuracy (%)', '两位数乘法，准确率（%）'), key: 'arithmetic_2dm_acc_pct' },
	'arith-3da': { label: L('3-digit addition', '三位数加法'), axis: L('3-digit addition, accuracy (%)', '三位数加法，准确率（%）'), key: 'arithmetic_3da_acc_pct' },
	'arith-3ds': { label: L('3-digit subtraction', '三位数减法'), axis: L('3-digit subtraction, accuracy (%)', '三位数减法，准确率（%）'), key: 'arithmetic_3ds_acc_pct' },
};

const OTHER = 'other';
const OTHER_LABEL = L('Other families', '其他系列');
const X_DOMAIN: [number, number] = [1e20, 1e26];
/** The log score axis starts here; a score of exactly 0 is drawn on this edge, hollow. */
const LOG_FLOOR = 1e-3;

const taskOf = (state: FigureState) => state['task'] as OpenTaskId;
const logScale = (state: FigureState) => state['y'] === 'log';
const isBleu = (id: OpenTaskId) => openTask(id).metric === 'bleu';

/** A score on the 0–100 scale as text: a percentage, or BLEU points; two decimals below 1. */
export function scoreText(value: number, id: OpenTaskId): string {
	const digits = value !== 0 && Math.abs(value) < 1 ? 2 : 1;
	return isBleu(id) ? fixed(value, digits) : `${fixed(value, digits)}%`;
}

const familyKey = (p: OpenPoint) => ((HIGHLIGHT_FAMILIES as readonly string[]).includes(p.family) ? p.family : OTHER);

interface Meta {
	task: OpenTaskId;
	missing: number;
	zeros: ReturnType<typeof zeroScores>;
	spread: ReturnType<typeof spreadInWindow>;
}
const metaOf = (data: FigureData) => data.meta as unknown as Meta;

/** Per task: the family's top-compute model of every family (the rows worth reading in the static table). */
const KEY_MODELS = new Map(
	OPEN_TASKS.map((t) => {
		const top = new Map<string, OpenPoint>();
		for (const p of openPoints(t.id)) top.set(p.family, p);
		return [t.id, new Set([...top.values()].map((p) => p.model))] as const;
	}),
);

function pointTitle(p: OpenPoint, id: OpenTaskId, lang: Lang): string {
	const tokens = p.d === undefined ? '' : lang === 'zh-cn' ? `，${count(p.d)} 词元` : `, ${count(p.d)} tokens`;
	return lang === 'zh-cn'
		? `${p.name}（${p.family}，${count(p.n)} 参数${tokens}）\n${sci(p.c)} FLOPs：${scoreText(p.score, id)}`
		: `${p.name} (${p.family}, ${count(p.n)} parameters${tokens})\n${sci(p.c)} FLOPs: ${scoreText(p.score, id)}`;
}

export default defineFigure({
	id: 'open-models-emergence',
	title: L('Open base models on “emergent” tasks, against training compute', '开放基础模型在“涌现”任务上的得分与训练算力'),
	caption: L(
		'Measured data: each point is one released base (pretrained, not instruction-tuned) model, scored by Ruan et al. on tasks that Wei et al. and Schaeffer et al. discuss as emergent, against upstream’s estimate of its training compute, 6 × parameters × tokens. Colours follow six families with several sizes; every other family is grey, and lines join a family’s models in order of compute. IPA transliteration (writing English sentences in the International Phonetic Alphabet) is scored twice on the same outputs: by exact match (the whole answer right) and by BLEU (0–100, partial credit for matching word sequences). The arithmetic tasks count an answer right only if the whole number is right. On the logarithmic score axis a score of exactly 0 cannot be placed: it is drawn hollow on the bottom edge. Models without a published token count have no compute estimate and are left out (the readout says how many). Families differ in data, tokenizer and recipe, so points from different families are not a controlled experiment; benchmark contamination is not controlled; and this is one snapshot of models released up to 2024.',
		'实测数据：每个点是一个公开发布的基础模型（只经过预训练，未经指令微调），纵轴是 Ruan 等人测得的得分，任务取自 Wei 等人和 Schaeffer 等人讨论过的“涌现”任务；横轴是上游按“6 × 参数量 × 词元数”估算的训练算力。有多个规模的六个模型系列用颜色区分，其余系列为灰色；同一系列的模型按算力由小到大连线。IPA 音标转写（把英文句子写成国际音标）对同一批输出打了两种分：精确匹配（整个答案完全正确才算对）和 BLEU（0–100，按匹配的词序列给部分分）。算术任务只有整个数字都对才算对。在对数得分坐标上，恰好为 0 的得分无法标出，画在底边上并用空心点表示。没有公布训练词元数的模型没有算力估计，因而未画出（读数中给出数量）。不同系列的数据、分词器和训练方法各不相同，跨系列的点并不是受控实验；基准测试污染没有得到控制；这只是截至 2024 年已发布模型的一个快照。',
	),
	sources: [
		{ k: 'ruan2024' },
		{ k: 'wei2022emergent', at: 'Table 1' },
		{ k: 'schaeffer2023', at: '§2' },
		{ k: 'papineni2002' },
	],
	datasets: ['obsscaling-emergent'],
	params: [
		{
			kind: 'choice',
			name: 'task',
			label: L('Task and metric', '任务与指标'),
			default: 'ipa-em',
			options: OPEN_TASKS.map((t) => ({ value: t.id, label: TASK_LABELS[t.id].label })),
		},
		axisScaleParam('y', L('Score axis', '得分坐标'), 'linear'),
	],
	data(state) {
		const id = taskOf(state);
		const points = openPoints(id);
		const keys = KEY_MODELS.get(id);
		const { axis, key } = TASK_LABELS[id];
		const rows = points.map((p) => ({ model: p.model, family: p.family, params: p.n, tokens: p.d ?? '', flops_6nd: p.c, [key]: p.score }));
		return {
			columns: [
				{ key: 'model', label: L('Model', '模型'), verbatim: true },
				{ key: 'family', label: L('Family', '系列') },
				{ key: 'params', label: L('Parameters', '参数量'), format: (v) => count(v) },
				{ key: 'tokens', label: L('Training tokens', '训练词元数'), format: (v) => count(v) },
				{ key: 'flops_6nd', label: L('Training compute, 6ND estimate (FLOPs)', '训练算力，6ND 估计（FLOPs）'), format: (v) => sci(v) },
				{ key, label: axis, format: (v) => fixed(v, v !== 0 && v < 1 ? 2 : 1) },
			],
			rows,
			keyRows: (row) => keys?.has(row['model'] as string) ?? false,
			meta: { task: id, missing: missingCount(id), zeros: zeroScores(points), spread: spreadInWindow(points, ...SPREAD_WINDOW) } satisfies Meta as unknown as Record<string, unknown>,
		};
	},
	plots(state, _data, { lang }) {
		const zh = lang === 'zh-cn';
		const id = taskOf(state);
		const log = logScale(state);
		const points = openPoints(id);
		const max = Math.max(...points.map((p) => p.score));
		const yMax = Math.min(100, Math.max(10, Math.ceil(max / 10) * 10));
		const y = (p: OpenPoint) => (log ? Math.max(p.score, LOG_FLOOR) : p.score);
		const highlighted = points.filter((p) => familyKey(p) !== OTHER);
		const others = points.filter((p) => familyKey(p) === OTHER);
		const families = HIGHLIGHT_FAMILIES.filter((f) => familyPoints(id, f).length > 0);
		const colour = (key: string) => (key === OTHER ? 'var(--fig-muted)' : (PALETTE[HIGHLIGHT_FAMILIES.indexOf(key as (typeof HIGHLIGHT_FAMILIES)[number])] ?? 'currentColor'));
		const domain = [...families, OTHER];
		const filled = (p: OpenPoint) => !(log && p.score === 0);
		const title = (p: OpenPoint) => pointTitle(p, id, lang);
		return [
			{
				marginLeft: 46,
				marginRight: 14,
				marginTop: 24,
				marginBottom: 40,
				x: { type: 'log', domain: X_DOMAIN, ticks: [1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26], tickFormat: (v: number) => sci(v), label: zh ? '训练算力（FLOPs，对数坐标）' : 'Training compute (FLOPs, log scale)', grid: true },
				y: log
					? { type: 'log', domain: [LOG_FLOOR, 100], ticks: [1e-3, 1e-2, 1e-1, 1, 10, 100], tickFormat: (v: number) => String(v), label: `${TASK_LABELS[id].axis[lang]}${zh ? '，对数坐标' : ', log scale'}`, grid: true }
					: { domain: [0, yMax], label: TASK_LABELS[id].axis[lang], grid: true },
				color: { domain, range: domain.map(colour), tickFormat: (k: string) => (k === OTHER ? OTHER_LABEL[lang] : k), legend: true },
				marks: [
					log ? null : Plot.ruleY([0]),
					Plot.dot(others.filter(filled), { x: 'c', y, r: 3, fill: () => OTHER, fillOpacity: 0.75, title, clip: true }),
					Plot.dot(others.filter((p) => !filled(p)), { x: 'c', y, r: 3, stroke: () => OTHER, fill: 'none', title, clip: true }),
					// On the log axis a zero has no place: the family's line joins only the scores above 0.
					Plot.line(highlighted.filter(filled), { x: 'c', y, z: 'family', stroke: 'family', strokeWidth: 1.5, strokeOpacity: 0.8, clip: true }),
					Plot.dot(highlighted.filter(filled), { x: 'c', y, r: 4.5, fill: 'family', stroke: 'var(--sl-color-bg, white)', strokeWidth: 1, title, clip: true }),
					Plot.dot(highlighted.filter((p) => !filled(p)), { x: 'c', y, r: 4, stroke: 'family', fill: 'var(--sl-color-bg, white)', strokeWidth: 1.5, title, clip: true }),
				],
			},
		];
	},
	describe(state, data, lang) {
		const zh = lang === 'zh-cn';
		const m = metaOf(data);
		const id = m.task;
		const task = TASK_LABELS[id].label[lang];
		const n = data.rows.length;
		const zeros = m.zeros.count
			? zh
				? `${m.zeros.count} 个模型得分恰好为 0，算力都不超过 ${sci(m.zeros.maxCompute)} FLOPs`
				: `${m.zeros.count} models score exactly 0, none of them above ${sci(m.zeros.maxCompute)} FLOPs`
			: zh
				? '没有模型得分恰好为 0'
				: 'no model scores exactly 0';
		const s = m.spread;
		const spread = s
			? zh
				? `在 ${sci(SPREAD_WINDOW[0])}–${sci(SPREAD_WINDOW[1])} FLOPs 之间的 ${s.count} 个模型，得分从 ${scoreText(s.lowest.score, id)}（${s.lowest.name}）到 ${scoreText(s.highest.score, id)}（${s.highest.name}）不等`
				: `the ${s.count} models between ${sci(SPREAD_WINDOW[0])} and ${sci(SPREAD_WINDOW[1])} FLOPs score from ${scoreText(s.lowest.score, id)} (${s.lowest.name}) to ${scoreText(s.highest.score, id)} (${s.highest.name})`
			: '';
		const axis = logScale(state) ? (zh ? '（对数得分坐标，0 分画在底边）' : ' (log score axis, zeros on the bottom edge)') : '';
		return zh
			? `${task}${axis}：${n} 个开放基础模型的得分与训练算力（另有 ${m.missing} 个模型缺少算力估计或该项得分）。${zeros}；${spread}。`
			: `${task}${axis}: ${n} open base models against training compute (${m.missing} more lack a compute estimate or this score). ${zeros.charAt(0).toUpperCase()}${zeros.slice(1)}; ${spread}.`;
	},
	readout(_state, data, lang) {
		const zh = lang === 'zh-cn';
		const m = metaOf(data);
		const id = m.task;
		const s = m.spread;
		return [
			{ label: zh ? '画出的模型' : 'Models drawn', value: zh ? `${data.rows.length} 个（另有 ${m.missing} 个缺少算力或得分）` : `${data.rows.length} (${m.missing} more lack compute or this score)` },
			{
				label: zh ? '得分恰好为 0' : 'Scoring exactly 0',
				value: m.zeros.count ? (zh ? `${m.zeros.count} 个，算力均 ≤ ${sci(m.zeros.maxCompute)} FLOPs` : `${m.zeros.count}, all at ≤ ${sci(m.zeros.maxCompute)} FLOPs`) : zh ? '无' : 'none',
			},
			{
				label: zh ? `算力相近（${sci(SPREAD_WINDOW[0])}–${sci(SPREAD_WINDOW[1])} FLOPs）时的得分` : `Scores at similar compute (${sci(SPREAD_WINDOW[0])}–${sci(SPREAD_WINDOW[1])} FLOPs)`,
				value: s
					? zh
						? `${scoreText(s.lowest.score, id)}（${s.lowest.name}）到 ${scoreText(s.highest.score, id)}（${s.highest.name}），共 ${s.count} 个模型`
						: `${scoreText(s.lowest.score, id)} (${s.lowest.name}) to ${scoreText(s.highest.score, id)} (${s.highest.name}), ${s.count} models`
					: '—',
			},
		];
	},
});
