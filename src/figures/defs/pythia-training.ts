/**
 * The Pythia suite during training: accuracy against tokens seen, one line per model size, for a
 * task the reader picks. All eight models saw the same data in the same order, so the figure shows
 * abilities growing with size and with training in one controlled family, with each task's chance
 * level drawn and the checkpoint from which each model stays clearly above it marked.
 */
import * as Plot from '@observablehq/plot';
import { PYTHIA_EVALS, PYTHIA_MODELS, PYTHIA_TOKENS_PER_STEP, type PythiaTask } from '../../data/measured/pythia';
import type { Lang, Localized } from '../../data/schema';
import { count, fixed, plain } from '../../lib/format';
import { type Checkpoint, PYTHIA_NOMINAL_PARAMS, type PythiaModel, series, taskSummary, type TaskSummary } from '../../lib/pythia-training';
import { L } from '../common';
import { defineFigure, type FigureData, type FigureState } from '../types';

const TASKS: readonly { value: PythiaTask; label: Localized; options: Localized }[] = [
	{ value: 'lambada_openai', label: L('LAMBADA', 'LAMBADA'), options: L('open-ended: the last word of a passage', '开放式：补出段落的最后一个词') },
	{ value: 'piqa', label: L('PIQA', 'PIQA'), options: L('two options', '两个选项') },
	{ value: 'arc_easy', label: L('ARC-Easy', 'ARC-Easy'), options: L('four options; a few questions have three or five', '四个选项；少数题为三个或五个') },
	{ value: 'arc_challenge', label: L('ARC-Challenge', 'ARC-Challenge'), options: L('four options; a few questions have three or five', '四个选项；少数题为三个或五个') },
	{ value: 'sciq', label: L('SciQ', 'SciQ'), options: L('four options', '四个选项') },
	{ value: 'winogrande', label: L('WinoGrande', 'WinoGrande'), options: L('two options', '两个选项') },
	{ value: 'logiqa', label: L('LogiQA', 'LogiQA'), options: L('four options', '四个选项') },
];

/** The model's size as the legend and table show it ("70M", "1.4B"). */
const sizeOf = (model: PythiaModel) => count(PYTHIA_NOMINAL_PARAMS[model]);
/** Table words for the upstream model ids (`pythia-70m` → Pythia-70M); the CSV keeps the ids. */
const MODEL_NAMES = Object.fromEntries(PYTHIA_MODELS.map((m) => [m, L(`Pythia-${sizeOf(m)}`, `Pythia-${sizeOf(m)}`)]));
const SIZES = PYTHIA_MODELS.map(sizeOf);
/**
 * One hue from faint (smallest) to full strength (largest), mixed with the page background, so
 * that size reads as strength of colour in both themes.
 */
const SIZE_COLOURS = PYTHIA_MODELS.map((_, i) => `color-mix(in srgb, var(--fig-c1) ${Math.round(28 + (72 * i) / (PYTHIA_MODELS.length - 1))}%, var(--sl-color-bg, white))`);

/** Numbers the caption states, read from the data rather than retyped. */
const grouped = (v: number) => v.toLocaleString('en-US');
const FINAL_STEP = Math.max(...PYTHIA_EVALS.map((e) => e.step));
const FIRST_FEW_SHOT_STEP = Math.min(...PYTHIA_EVALS.filter((e) => e.shots === 5).map((e) => e.step));
const X_DOMAIN: [number, number] = [PYTHIA_TOKENS_PER_STEP, 4e11];
const taskOf = (state: FigureState) => state['task'] as PythiaTask;
const shotsOf = (state: FigureState) => (state['shots'] === '5' ? 5 : 0) as 0 | 5;
const taskInfo = (task: PythiaTask) => TASKS.find((t) => t.value === task) ?? TASKS[0]!;
const pct = (v: number) => `${fixed(100 * v, 1)}%`;
/** A chance level as a whole percentage (50%, 25%). */
const chancePct = (v: number) => `${plain(100 * v, 3)}%`;
const tokensText = (v: number, lang: Lang) => (lang === 'zh-cn' ? `${count(v, 2)} 词元` : `${count(v, 2)} tokens`);

/** Each task's and prompt's checkpoints and summary, computed once: a redraw only looks them up. */
const CACHE = new Map<string, { rows: Checkpoint[]; summary: TaskSummary }>();
function prepared(task: PythiaTask, shots: 0 | 5) {
	const key = `${task}/${shots}`;
	let hit = CACHE.get(key);
	if (!hit) {
		hit = { rows: PYTHIA_MODELS.flatMap((m) => series(m, task, shots)), summary: taskSummary(task, shots) };
		CACHE.set(key, hit);
	}
	return hit;
}

const summaryOf = (data: FigureData) => data.meta?.['summary'] as TaskSummary;

function pointTitle(c: Checkpoint, lang: Lang): string {
	return lang === 'zh-cn'
		? `Pythia ${sizeOf(c.model)}，第 ${c.step} 步（${tokensText(c.tokens, lang)}）\n准确率 ${pct(c.acc)} ± ${fixed(100 * c.stderr, 1)}`
		: `Pythia ${sizeOf(c.model)}, step ${c.step} (${tokensText(c.tokens, lang)})\naccuracy ${pct(c.acc)} ± ${fixed(100 * c.stderr, 1)}`;
}

export default defineFigure({
	id: 'pythia-training',
	title: L('Pythia during training: accuracy against tokens seen, one line per size', 'Pythia 训练过程：准确率与已见词元数，每个规模一条线'),
	caption: L(
		`Measured data: EleutherAI’s evaluations of the eight Pythia models (70M to 12B parameters) at checkpoints during training. All eight saw the same data (the Pile) in the same order, ${grouped(PYTHIA_TOKENS_PER_STEP)} tokens per step for ${grouped(FINAL_STEP)} steps, so at any point on the horizontal axis they differ only in size. Darker lines are larger models. The horizontal axis is logarithmic and starts at the first checkpoint after step 0; step 0, the model as initialised before any training, is listed in the table only. Checkpoints are dense early (steps 1, 2, 4 … 512, then 1,000) and then every 10,000 steps from step 3,000, so a rise between 6.3B and 27B tokens (steps 3,000 and 13,000) has no checkpoint inside it. The dashed line is the accuracy of guessing: 50% for the two-option tasks (PIQA, WinoGrande), 25% for the four-option ones (ARC, SciQ, LogiQA); LAMBADA asks for the last word of a passage, where guessing scores about 0. A ring marks the checkpoint from which a model stays clearly above chance (more than two standard errors, at that checkpoint and every later one). Zero-shot: the question alone; few-shot: five solved examples first (evaluated from step ${grouped(FIRST_FEW_SHOT_STEP)}). The evaluations used an old version of the evaluation harness (upstream’s warning).`,
		`实测数据：EleutherAI 在训练过程中的各个检查点上对 8 个 Pythia 模型（70M 到 12B 参数）所做的评测。8 个模型以相同的顺序看过相同的数据（the Pile），每步 ${grouped(PYTHIA_TOKENS_PER_STEP)} 个词元，共 ${grouped(FINAL_STEP)} 步，所以在横轴的任一位置上，它们只有规模不同。颜色越深，模型越大。横轴是对数坐标，从第 0 步之后的第一个检查点开始；第 0 步是未经任何训练、刚初始化的模型，只列在数据表中。检查点在早期很密（第 1、2、4……512 步，然后是第 1000 步），从第 3000 步起每 10,000 步一个，所以 6.3B 到 27B 词元（第 3000 步到第 13,000 步）之间的上升中间没有检查点。虚线是随机猜测的准确率：两个选项的任务（PIQA、WinoGrande）为 50%，四个选项的任务（ARC、SciQ、LogiQA）为 25%；LAMBADA 要求补出段落的最后一个词，随机猜测的得分约为 0。圆环标出模型从哪个检查点起明显高于随机水平（高出两个标准误以上，且之后每个检查点都如此）。零样本：只给题目；少样本：先给 5 个做好的例子（从第 ${grouped(FIRST_FEW_SHOT_STEP)} 步起才有评测）。这些评测用的是旧版评测框架（上游的提醒）。`,
	),
	sources: [
		{ k: 'biderman2023', at: 'README' },
		{ k: 'paperno2016' },
		{ k: 'bisk2020' },
		{ k: 'clark2018' },
		{ k: 'welbl2017' },
		{ k: 'sakaguchi2020' },
		{ k: 'liu2020logiqa' },
	],
	datasets: ['pythia-evals-0shot', 'pythia-evals-5shot'],
	params: [
		{ kind: 'choice', name: 'task', label: L('Task', '任务'), default: 'winogrande', options: TASKS.map((t) => ({ value: t.value, label: t.label })) },
		{
			kind: 'choice',
			name: 'shots',
			label: L('Prompt', '提示方式'),
			default: '0',
			options: [
				{ value: '0', label: L('Zero-shot', '零样本') },
				{ value: '5', label: L('Few-shot (5 examples)', '少样本（5 个示例）') },
			],
		},
	],
	data(state) {
		const task = taskOf(state);
		const shots = shotsOf(state);
		const { rows: checkpoints, summary } = prepared(task, shots);
		const leaves = new Set(summary.models.flatMap((m) => (m.leaves ? [`${m.model}/${m.leaves.step}`] : [])));
		const finals = new Set(summary.models.map((m) => `${m.model}/${m.final.step}`));
		const rows = checkpoints.map((c) => ({
			model: c.model,
			params_nominal: PYTHIA_NOMINAL_PARAMS[c.model],
			step: c.step,
			tokens: c.tokens,
			accuracy_pct: 100 * c.acc,
			stderr_pct: 100 * c.stderr,
			marker: leaves.has(`${c.model}/${c.step}`) ? 'leaves-chance' : finals.has(`${c.model}/${c.step}`) ? 'final' : c.step === 0 ? 'untrained' : '',
		}));
		return {
			columns: [
				{ key: 'model', label: L('Model', '模型'), values: MODEL_NAMES },
				{ key: 'params_nominal', label: L('Parameters (as named)', '参数量（按名称）'), format: (v) => count(v) },
				{ key: 'step', label: L('Step', '步数'), format: (v) => String(v) },
				{ key: 'tokens', label: L('Tokens seen', '已见词元数'), format: (v) => (v === 0 ? '0' : count(v, 3)) },
				{ key: 'accuracy_pct', label: L('Accuracy (%)', '准确率（%）'), format: (v) => fixed(v, 1) },
				{ key: 'stderr_pct', label: L('Standard error (points)', '标准误（百分点）'), format: (v) => fixed(v, 1) },
				{
					key: 'marker',
					label: L('Checkpoint', '检查点'),
					values: {
						'leaves-chance': L('From here on clearly above chance', '从此明显高于随机水平'),
						final: L(`Final (step ${grouped(FINAL_STEP)})`, `最终（第 ${grouped(FINAL_STEP)} 步）`),
						untrained: L('Step 0: untrained', '第 0 步：未训练'),
					},
				},
			],
			rows,
			keyRows: (row) => row['marker'] !== '',
			meta: { summary },
		};
	},
	plots(state, data, { lang }) {
		const zh = lang === 'zh-cn';
		const task = taskOf(state);
		const summary = summaryOf(data);
		const { rows: checkpoints } = prepared(task, shotsOf(state));
		const trained = checkpoints.filter((c) => c.step > 0);
		const accs = trained.map((c) => c.acc);
		const lo = Math.max(0, Math.floor(Math.min(summary.chance, ...accs) * 20) / 20);
		const hi = Math.min(1, Math.ceil(Math.max(...accs) * 20) / 20 + (summary.chance > 0 ? 0 : 0.05));
		const rings = summary.models.flatMap((m) => (m.leaves ? [m.leaves] : []));
		const size = (c: Checkpoint) => sizeOf(c.model);
		const chanceText = summary.chance > 0 ? (zh ? `随机猜测 ${chancePct(summary.chance)}` : `chance ${chancePct(summary.chance)}`) : zh ? '随机猜测约为 0' : 'guessing ≈ 0';
		return [
			{
				marginLeft: 44,
				marginRight: 14,
				marginTop: 24,
				marginBottom: 40,
				x: { type: 'log', domain: X_DOMAIN, ticks: [1e7, 1e8, 1e9, 1e10, 1e11], tickFormat: (v: number) => count(v), label: zh ? '已见词元数（对数坐标）' : 'Tokens seen (log scale)', grid: true },
				y: { domain: [100 * lo, 100 * hi], label: zh ? '准确率（%）' : 'Accuracy (%)', grid: true },
				color: { domain: SIZES, range: SIZE_COLOURS, legend: true },
				marks: [
					Plot.ruleY([100 * summary.chance], { stroke: 'currentColor', strokeOpacity: 0.7, ...(summary.chance > 0 ? { strokeDasharray: '5 4' } : {}) }),
					Plot.line(trained, { x: 'tokens', y: (c: Checkpoint) => 100 * c.acc, z: 'model', stroke: size, strokeWidth: 2 }),
					Plot.dot(trained, { x: 'tokens', y: (c: Checkpoint) => 100 * c.acc, fill: size, r: 2.5, title: (c: Checkpoint) => pointTitle(c, lang) }),
					Plot.dot(rings, { x: 'tokens', y: (c: Checkpoint) => 100 * c.acc, r: 6, stroke: 'currentColor', strokeWidth: 1.5, fill: 'none' }),
					// On top of the lines, which cross it while every model is still at chance.
					Plot.text([chanceText], { x: X_DOMAIN[0], y: 100 * summary.chance, dx: 4, dy: -8, textAnchor: 'start', fill: 'currentColor', stroke: 'var(--sl-color-bg, white)', strokeWidth: 4, paintOrder: 'stroke', fontSize: 12 }),
				],
			},
		];
	},
	describe(state, data, lang) {
		const zh = lang === 'zh-cn';
		const s = summaryOf(data);
		const info = taskInfo(taskOf(state));
		const small = s.models[0]!;
		const large = s.models[s.models.length - 1]!;
		const above = s.models.filter((m) => m.leaves);
		const earliest = above.length ? Math.min(...above.map((m) => m.leaves!.tokens)) : Number.NaN;
		const first = above.filter((m) => m.leaves!.tokens === earliest).map((m) => sizeOf(m.model));
		const never = s.models.filter((m) => !m.leaves).map((m) => sizeOf(m.model));
		const prompt = s.shots === 5 ? (zh ? '少样本，先给 5 个示例' : 'few-shot, 5 examples first') : zh ? '零样本' : 'zero-shot';
		const chance = s.chance > 0 ? chancePct(s.chance) : zh ? '约为 0' : 'about 0';
		const head = zh
			? `${info.label[lang]}（${prompt}）：${info.options[lang]}，随机猜测的准确率${s.chance > 0 ? '为 ' : ''}${chance}。训练结束时，${sizeOf(small.model)} 模型的准确率为 ${pct(small.final.acc)}，${sizeOf(large.model)} 模型为 ${pct(large.final.acc)}。`
			: `${info.label[lang]} (${prompt}): ${info.options[lang]}, so guessing scores ${chance}. At the end of training the ${sizeOf(small.model)} model scores ${pct(small.final.acc)} and the ${sizeOf(large.model)} model ${pct(large.final.acc)}.`;
		const tail = above.length
			? zh
				? `${s.models.length} 个规模中有 ${above.length} 个最终明显高于随机水平，最早的是 ${first.join('、')}，从 ${tokensText(earliest, lang)}起${never.length ? `；${never.join('、')} 始终没有` : ''}。`
				: `${above.length} of ${s.models.length} sizes end clearly above chance, the earliest (${first.join(', ')}) from ${tokensText(earliest, lang)} on${never.length ? `; ${never.join(', ')} never` : ''}.`
			: zh
				? '没有一个规模明显高于随机水平。'
				: 'No size ever gets clearly above chance.';
		return `${head}${zh ? '' : ' '}${tail}`;
	},
	readout(state, data, lang) {
		const zh = lang === 'zh-cn';
		const s = summaryOf(data);
		const above = s.models.filter((m) => m.leaves);
		const steepest = s.models.flatMap((m) => (m.rise ? [m.rise] : [])).sort((a, b) => b.gain - a.gain)[0];
		const info = taskInfo(taskOf(state));
		return [
			{ label: zh ? '随机猜测的准确率' : 'Chance', value: s.chance > 0 ? (zh ? `${chancePct(s.chance)}（${info.options[lang]}）` : `${chancePct(s.chance)} (${info.options[lang]})`) : zh ? '约为 0（开放式作答）' : 'about 0 (open-ended)' },
			{
				label: zh ? '训练结束时的准确率' : 'Accuracy at the end of training',
				value: s.models.map((m) => `${sizeOf(m.model)} ${pct(m.final.acc)}`).join(zh ? '，' : ', '),
			},
			{
				label: zh ? '最终明显高于随机水平的规模' : 'Sizes that end clearly above chance',
				value: zh ? `${s.models.length} 个中的 ${above.length} 个` : `${above.length} of ${s.models.length}`,
			},
			{
				label: zh ? '相邻检查点之间最大的上升' : 'Largest rise between two checkpoints',
				value: steepest
					? zh
						? `${fixed(100 * steepest.gain, 1)} 个百分点（${sizeOf(steepest.to.model)}，${tokensText(steepest.from.tokens, lang)} → ${tokensText(steepest.to.tokens, lang)}）`
						: `${fixed(100 * steepest.gain, 1)} points (${sizeOf(steepest.to.model)}, ${tokensText(steepest.from.tokens, lang)} → ${tokensText(steepest.to.tokens, lang)})`
					: '—',
			},
		];
	},
});
