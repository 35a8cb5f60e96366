/**
 * The glossary: every technical term the course uses, with its one accepted Chinese name and a
 * one-line definition in each language. `en`/`enAlso` and `zh`/`zhAlso` are the forms that count
 * as a use of the term (the first use in a chapter is linked here automatically), so they avoid
 * short or everyday words. `zhAvoid` lists Chinese renderings the course does not use.
 *
 * Numbers in definitions come from shared/course/facts.md.
 */
import type { z } from 'zod';
import type { glossaryTermSchema } from './schema';

export const glossary: z.input<typeof glossaryTermSchema>[] = [
	// ── Scaling laws ──────────────────────────────────────────────────────────────────────────
	{
		id: 'scaling-law',
		en: 'scaling law',
		zh: '规模定律',
		enAlso: ['scaling laws', 'neural scaling law', 'neural scaling laws'],
		zhAlso: ['Scaling Law', 'Scaling Laws'],
		zhAvoid: ['缩放定律', '尺度定律', '扩展定律', '标度律', '比例定律'],
		definition: {
			en: 'An empirical rule, usually a power law, for how a model’s loss changes with its size, its training data or its training compute.',
			'zh-cn': '描述模型损失如何随参数量、训练数据量或训练算力变化的经验规律，通常是幂律形式。',
		},
	},
	{
		id: 'power-law',
		en: 'power law',
		zh: '幂律',
		enAlso: ['power laws', 'power-law'],
		definition: {
			en: 'A relation $y = a x^{k}$: multiplying $x$ by a fixed factor multiplies $y$ by a fixed factor. On log-log axes it is a straight line with slope $k$.',
			'zh-cn': '形如 $y = a x^{k}$ 的关系：$x$ 乘以固定倍数，$y$ 也乘以固定倍数。在双对数坐标上是一条斜率为 $k$ 的直线。',
		},
	},
	{
		id: 'log-log-axes',
		en: 'log-log axes',
		zh: '双对数坐标',
		enAlso: ['log-log plot', 'log-log plots', 'log-log scale'],
		zhAlso: ['双对数图'],
		definition: {
			en: 'A chart where both axes are logarithmic, so equal distances mean equal ratios (×10, ×100). Power laws appear as straight lines.',
			'zh-cn': '横轴和纵轴都取对数的图，相同的距离代表相同的倍数（×10、×100）。幂律在这种坐标上是直线。',
		},
	},
	{
		id: 'parameter-count',
		en: 'parameter count',
		zh: '参数量',
		enAlso: ['parameter counts', 'number of parameters'],
		definition: {
			en: 'The number of learned weights in a model, written N and usually given in millions (M), billions (B) or trillions (T).',
			'zh-cn': '模型中可学习权重的个数，记作 N，通常以百万（M）、十亿（B）或万亿（T）为单位。',
		},
	},
	{
		id: 'non-embedding-parameters',
		en: 'non-embedding parameters',
		zh: '非嵌入参数',
		enAlso: ['non-embedding parameter', 'non-embedding parameter count'],
		zhAlso: ['非嵌入参数量'],
		definition: {
			en: 'Parameters excluding the token-embedding tables. Kaplan et al. define model size N this way, which makes their laws cleaner.',
			'zh-cn': '不计词元嵌入表的参数。Kaplan 等人用它来定义模型规模 N，这样得到的规律更整齐。',
		},
	},
	{
		id: 'token-edit-distance',
		en: 'token edit distance',
		zh: '词元编辑距离',
		enAlso: ['edit distance'],
		zhAlso: ['编辑距离'],
		definition: {
			en: 'The number of token insertions, deletions or substitutions needed to turn the output into the target: a smooth metric, roughly L(1 − p).',
			'zh-cn': '把输出改成目标答案所需的词元插入、删除或替换次数，是一种平滑的指标，近似为 L(1 − p)。',
		},
	},
	{
		id: 'token',
		en: 'token',
		zh: '词元',
		enAlso: ['tokens'],
		zhAlso: ['token', 'tokens'],
		zhAvoid: ['令牌'],
		definition: {
			en: 'The unit of text a language model reads and writes: a word, part of a word or a symbol, as cut by the tokenizer.',
			'zh-cn': '语言模型读写文本的基本单位，可以是一个词、词的一部分或一个符号，由分词器切分得到。',
		},
	},
	{
		id: 'training-tokens',
		en: 'training tokens',
		zh: '训练词元',
		enAlso: ['training token', 'training-set size'],
		zhAlso: ['训练 token', '训练token'],
		definition: {
			en: 'The number of tokens a model sees during training, written D; for example 300B for GPT-3 and 14.8T for DeepSeek-V3.',
			'zh-cn': '模型在训练中看到的词元总数，记作 D，例如 GPT-3 为 3000 亿，DeepSeek-V3 为 14.8 万亿。',
		},
	},
	{
		id: 'cross-entropy-loss',
		en: 'cross-entropy loss',
		zh: '交叉熵损失',
		enAlso: ['cross-entropy', 'cross entropy', 'test loss'],
		zhAlso: ['交叉熵', '测试损失'],
		definition: {
			en: 'The average of −log p(correct next token) over a text: lower means the model predicts text better. Scaling laws are stated for this loss.',
			'zh-cn': '在一段文本上对 −log p（正确的下一个词元）取平均；越低说明模型预测文本越准。规模定律描述的就是这个损失。',
		},
	},
	{
		id: 'nat',
		en: 'nat',
		zh: '奈特',
		enAlso: ['nats'],
		zhAvoid: ['nats', '纳特'],
		definition: {
			en: 'A unit of information using natural logarithms (1 nat ≈ 1.44 bits). Loss in nats per token is the unit of Kaplan’s and Chinchilla’s laws.',
			'zh-cn': '以自然对数计量的信息单位（1 奈特约 1.44 比特）。Kaplan 和 Chinchilla 的规律都以“每个词元多少奈特”计损失。',
		},
	},
	{
		id: 'perplexity',
		en: 'perplexity',
		zh: '困惑度',
		definition: {
			en: 'The exponential of the cross-entropy loss in nats: roughly how many tokens the model is “choosing between” at each step.',
			'zh-cn': '以奈特计的交叉熵损失取指数，大致表示模型每一步在多少个词元之间“犹豫”。',
		},
	},
	{
		id: 'flop-per-second',
		en: 'FLOP/s',
		zh: '每秒浮点运算次数',
		enAlso: ['EFlop/s', 'PFLOP/s'],
		zhAlso: ['FLOP/s', 'EFlop/s'],
		definition: {
			en: 'A rate: floating-point operations per second, the speed of a chip or a supercomputer (El Capitan: 1.742 EFlop/s on HPL).',
			'zh-cn': '运算速率，即每秒完成的浮点运算次数，用来衡量芯片或超级计算机的速度（El Capitan 的 HPL 成绩为 1.742 EFlop/s）。',
		},
	},
	{
		id: 'flops',
		en: 'FLOPs',
		zh: '浮点运算',
		enAlso: ['FLOP', 'floating-point operations', 'floating-point operation'],
		zhAlso: ['FLOPs', 'FLOP', '浮点运算次数'],
		definition: {
			en: 'Floating-point operations, counted as a total amount of work. Training compute is measured in FLOPs: about $3.14\\times10^{23}$ is reported for GPT-3.',
			'zh-cn': '浮点运算，这里指运算的总次数。训练算力以它计量，例如据报道 GPT-3 约用了 $3.14\\times10^{23}$ 次。',
		},
	},
	{
		id: 'pf-day',
		en: 'PF-day',
		zh: 'PF-day',
		zhAvoid: ['PF-天', 'PF 天', 'PF天'],
		enAlso: ['PF-days', 'petaflop/s-day', 'petaflop/s-days'],
		zhAlso: ['PF-days', 'petaflop/s-day'],
		definition: {
			en: 'A petaflop/s-day: $10^{15}$ FLOP/s sustained for a day, i.e. $8.64\\times10^{19}$ FLOPs. Kaplan et al. measure compute in this unit.',
			'zh-cn': '以每秒 $10^{15}$ 次浮点运算的速度运行一天的计算量，即 $8.64\\times10^{19}$ 次浮点运算。Kaplan 等人以此为算力单位。',
		},
	},
	{
		id: 'six-nd',
		en: '6ND rule',
		zh: '6ND 法则',
		enAlso: ['C ≈ 6ND', '6ND'],
		zhAlso: ['6ND'],
		definition: {
			en: 'Training compute ≈ 6 × parameters × tokens: about 2N FLOPs per token forward and 4N backward. For MoE models N is the activated parameters.',
			'zh-cn': '训练算力 ≈ 6 × 参数量 × 词元数：每个词元前向约 2N 次、反向约 4N 次浮点运算。对混合专家模型，N 取激活参数。',
		},
	},
	{
		id: 'training-compute',
		en: 'training compute',
		zh: '训练算力',
		zhAvoid: ['训练计算量'],
		definition: {
			en: 'The total FLOPs spent training a model, written C. It is usually estimated with C ≈ 6ND.',
			'zh-cn': '训练一个模型所花费的浮点运算总数，记作 C，通常用 C ≈ 6ND 估算。',
		},
	},
	{
		id: 'compute-budget',
		en: 'compute budget',
		zh: '算力预算',
		enAlso: ['compute budgets'],
		definition: {
			en: 'A fixed amount of training compute to be spent; the question is how to split it between model size and training data.',
			'zh-cn': '一笔固定的训练算力；问题在于如何把它分配给模型规模和训练数据。',
		},
	},
	{
		id: 'efficient-frontier',
		en: 'efficient frontier',
		zh: '计算最优前沿',
		enAlso: ['compute-optimal frontier'],
		zhAvoid: ['有效前沿'],
		definition: {
			en: 'The line through the minima of iso-FLOP curves: the best model size and token count for every compute budget.',
			'zh-cn': '连接各条等算力曲线最低点的线，即每个算力预算下最优的模型规模和词元数。',
		},
	},
	{
		id: 'compute-optimal',
		en: 'compute-optimal',
		zh: '计算最优',
		enAlso: ['compute optimal'],
		definition: {
			en: 'The split of a fixed compute budget between parameters and tokens that gives the lowest loss. Chinchilla’s results imply about 20 tokens per parameter.',
			'zh-cn': '在固定算力预算下，使损失最低的参数与词元分配方式。Chinchilla 的结果意味着约为每个参数 20 个词元。',
		},
	},
	{
		id: 'iso-flop-curve',
		en: 'iso-FLOP curve',
		zh: '等算力曲线',
		enAlso: ['iso-FLOP curves', 'IsoFLOP curve', 'IsoFLOP profile', 'IsoFLOP profiles'],
		zhAlso: ['IsoFLOP'],
		definition: {
			en: 'Loss plotted against model size for one fixed compute budget. Its minimum marks the compute-optimal model size for that budget.',
			'zh-cn': '在一个固定算力预算下，损失随模型规模变化的曲线。曲线的最低点就是该预算下计算最优的模型规模。',
		},
	},
	{
		id: 'irreducible-loss',
		en: 'irreducible loss',
		zh: '不可约损失',
		enAlso: ['irreducible term'],
		definition: {
			en: 'The floor E in the Chinchilla formula (1.69 nats in Hoffmann et al.’s fit): the loss no model size or data can remove, read as the entropy of text.',
			'zh-cn': 'Chinchilla 公式中的下限 E（Hoffmann 等人的拟合值为 1.69 奈特）：再大的模型和数据也无法消除的损失，可理解为文本本身的熵。',
		},
	},
	{
		id: 'reducible-loss',
		en: 'reducible loss',
		zh: '可约损失',
		definition: {
			en: 'The part of the loss above the irreducible floor, L − E. It is what more parameters and more data can still shrink.',
			'zh-cn': '损失中高出不可约下限的部分，即 L − E，是增加参数和数据还能继续压低的部分。',
		},
	},
	{
		id: 'chinchilla-scaling',
		en: 'Chinchilla scaling',
		zh: 'Chinchilla 规模定律',
		enAlso: ['Chinchilla scaling law', 'Chinchilla-optimal'],
		zhAlso: ['Chinchilla 最优'],
		definition: {
			en: 'Hoffmann et al.’s finding that parameters and training tokens should grow in equal proportion with compute, implying roughly 20 tokens per parameter.',
			'zh-cn': 'Hoffmann 等人的结论：随着算力增加，参数量和训练词元应按相同比例增长，相当于每个参数约 20 个词元。',
		},
	},
	{
		id: 'over-training',
		en: 'over-training',
		zh: '过度训练',
		enAlso: ['overtraining', 'over-trained', 'overtrained'],
		definition: {
			en: 'Training a model on more tokens than is compute-optimal, to get a smaller model that is cheaper to run. It uses up data faster.',
			'zh-cn': '用多于计算最优数量的词元训练模型，以换取更小、运行更便宜的模型；代价是数据消耗更快。',
		},
	},
	{
		id: 'extrapolation',
		en: 'extrapolation',
		zh: '外推',
		enAlso: ['extrapolate', 'extrapolated', 'extrapolating'],
		definition: {
			en: 'Using a fitted law outside the range of the data it was fitted on. The prediction may hold, but nothing in the fit guarantees it.',
			'zh-cn': '在拟合所用数据的范围之外使用拟合出的规律。预测也许成立，但拟合本身并不能保证。',
		},
	},
	{
		id: 'fitted-formula',
		en: 'fitted formula',
		zh: '拟合公式',
		enAlso: ['fitted formulas', 'fitted law', 'parametric fit'],
		definition: {
			en: 'A formula whose constants were chosen to match measured results, such as Chinchilla’s $L = E + A/N^{\\alpha} + B/D^{\\beta}$. Its outputs are predictions, not measurements.',
			'zh-cn': '常数经过调整以吻合实测结果的公式，例如 Chinchilla 的 $L = E + A/N^{\\alpha} + B/D^{\\beta}$。它给出的是预测值，不是实测值。',
		},
	},
	{
		id: 'bootstrap',
		en: 'bootstrap',
		zh: '自助法',
		enAlso: ['bootstrapped', 'bootstrap interval', 'bootstrap intervals'],
		zhAvoid: ['自举法'],
		definition: {
			en: 'Estimating how uncertain a fit is by refitting it to many resamples of the data, each drawn with replacement, and reading an interval off the spread of the results.',
			'zh-cn': '估计拟合不确定性的方法：从数据中有放回地反复重抽样、每次重新拟合，再由各次结果的离散程度读出区间。',
		},
	},
	{
		id: 'pre-training',
		en: 'pre-training',
		zh: '预训练',
		enAlso: ['pretraining', 'pre-trained', 'pretrained'],
		definition: {
			en: 'The first and largest training stage: predicting the next token over a huge text corpus. Scaling laws describe this stage.',
			'zh-cn': '第一个、也是规模最大的训练阶段：在海量文本上预测下一个词元。规模定律描述的就是这一阶段。',
		},
	},
	{
		id: 'transformer',
		en: 'Transformer',
		zh: 'Transformer',
		enAlso: ['Transformers'],
		definition: {
			en: 'The neural-network architecture built on attention that all the language models in this course use.',
			'zh-cn': '以注意力机制为核心的神经网络架构，本课程涉及的语言模型都采用它。',
		},
	},
	{
		id: 'context-window',
		en: 'context window',
		zh: '上下文窗口',
		enAlso: ['context length'],
		zhAlso: ['上下文长度'],
		definition: {
			en: 'The maximum number of tokens a model can attend to at once: 2,048 for GPT-3, 128K for DeepSeek-V2 and R1.',
			'zh-cn': '模型一次能处理的最大词元数：GPT-3 为 2048，DeepSeek-V2 和 R1 为 128K。',
		},
	},

	// ── Emergence and evaluation ──────────────────────────────────────────────────────────────
	{
		id: 'emergent-ability',
		en: 'emergent ability',
		zh: '涌现能力',
		enAlso: ['emergent abilities'],
		zhAvoid: ['突现'],
		definition: {
			en: 'An ability that is not present in smaller models but is present in larger ones, so it could not be predicted by extrapolating from small models (Wei et al.).',
			'zh-cn': '在较小的模型中不存在、在较大的模型中出现的能力，因而无法从小模型外推预测（Wei 等人的定义）。',
		},
	},
	{
		id: 'phase-transition',
		en: 'phase transition',
		zh: '相变',
		enAlso: ['phase transitions'],
		definition: {
			en: 'In physics, an abrupt change of state at a sharp point (ice melting). Used loosely for curves where performance jumps at some scale.',
			'zh-cn': '物理学中在某个确定点发生的状态突变（如冰融化）。也被借用来描述性能在某个规模处突然跃升的曲线。',
		},
	},
	{
		id: 'in-context-learning',
		en: 'in-context learning',
		zh: '上下文学习',
		enAlso: ['ICL'],
		zhAlso: ['ICL', 'In-context Learning'],
		zhAvoid: ['语境学习', '情境学习'],
		definition: {
			en: 'Doing a new task from instructions or examples given in the prompt, within a forward pass and with no weight updates.',
			'zh-cn': '根据提示中给出的说明或示例完成新任务，只在前向计算中完成，不更新任何权重。',
		},
	},
	{
		id: 'few-shot-prompting',
		en: 'few-shot prompting',
		zh: '少样本提示',
		enAlso: ['few-shot', 'one-shot', 'few-shot learning'],
		zhAlso: ['少样本', '单样本'],
		// “5-shot”, not “5 样本” (which reads as “five samples”).
		zhAvoid: ['/(?<![\\d.,万])\\d{1,2} 样本/'],
		definition: {
			en: 'Putting a few worked examples of a task in the prompt before the real question; one-shot means a single example.',
			'zh-cn': '在真正的问题之前，先在提示中给出几个已完成的任务示例；只给一个示例称为单样本。',
		},
	},
	{
		id: 'zero-shot-prompting',
		en: 'zero-shot prompting',
		zh: '零样本提示',
		enAlso: ['zero-shot'],
		zhAlso: ['零样本'],
		definition: {
			en: 'Asking a model to do a task from an instruction alone, with no examples in the prompt.',
			'zh-cn': '只给出指令、不在提示中提供任何示例，让模型完成任务。',
		},
	},
	{
		id: 'instruction-tuning',
		en: 'instruction tuning',
		zh: '指令微调',
		enAlso: ['instruction finetuning', 'instruction fine-tuning', 'instruction-tuned'],
		definition: {
			en: 'Fine-tuning a pre-trained model on many tasks phrased as instructions, so that it follows new instructions zero-shot (e.g. FLAN, T0).',
			'zh-cn': '在大量以指令形式表述的任务上微调预训练模型，使它能以零样本方式遵循新的指令（如 FLAN、T0）。',
		},
	},
	{
		id: 'instruction-following',
		en: 'instruction following',
		zh: '指令遵循',
		enAlso: ['instruction-following'],
		definition: {
			en: 'Doing what a natural-language instruction asks. In Wei et al. it emerged through instruction tuning at about $10^{23}$ training FLOPs (68B).',
			'zh-cn': '按自然语言指令的要求完成任务。在 Wei 等人的研究中，它在指令微调后于约 $10^{23}$ 次训练浮点运算（68B）处涌现。',
		},
	},
	{
		id: 'chain-of-thought',
		en: 'chain-of-thought prompting',
		zh: '思维链',
		enAlso: ['chain-of-thought', 'chain of thought', 'CoT'],
		zhAlso: ['CoT', '思维链提示'],
		definition: {
			en: 'Prompting a model to write out intermediate reasoning steps before its answer. In the model families Wei et al. studied, it helped only beyond about $10^{23}$ training FLOPs.',
			'zh-cn': '提示模型在给出答案前写出中间推理步骤。在 Wei 等人研究的模型系列中，它要到约 $10^{23}$ 次训练浮点运算以上才有帮助。',
		},
		sources: [{ k: 'wei2022emergent', at: '§4; Table 1' }],
	},
	{
		id: 'scratchpad',
		en: 'scratchpad',
		zh: '草稿纸',
		enAlso: ['scratchpads'],
		zhAlso: ['scratchpad'],
		definition: {
			en: 'Training a model to write intermediate computations (e.g. the steps of long addition) before the answer (Nye et al. 2021).',
			'zh-cn': '训练模型在给出答案前写下中间计算过程（例如多位数加法的各个步骤）的方法（Nye 等人，2021）。',
		},
	},
	{
		id: 'exact-match',
		en: 'exact match',
		zh: '精确匹配',
		enAlso: ['exact string match', 'exact-match'],
		definition: {
			en: 'A metric that scores 1 only if the output equals the target exactly, else 0. For an L-token answer it behaves like $p^L$, so it can jump.',
			'zh-cn': '只有输出与目标完全一致才记 1 分、否则记 0 分的指标。对 L 个词元的答案，它近似于 $p^L$，因此可能出现跃升。',
		},
	},
	{
		id: 'multiple-choice-grade',
		en: 'multiple-choice grade',
		zh: '多项选择评分',
		enAlso: ['multiple choice grade'],
		definition: {
			en: 'A metric that scores 1 if the model puts the most probability on the correct option, else 0. It is discontinuous.',
			'zh-cn': '模型把最大概率给了正确选项就记 1 分、否则记 0 分的指标，是不连续的。',
		},
	},
	{
		id: 'brier-score',
		en: 'Brier score',
		zh: 'Brier 分数',
		zhAlso: ['Brier score'],
		zhAvoid: ['布里尔分数'],
		definition: {
			en: 'The mean squared error between predicted probabilities and the actual outcome: a continuous metric for multiple-choice answers.',
			'zh-cn': '预测概率与实际结果之间的均方误差，是评价多项选择答案的连续指标。',
		},
	},
	{
		id: 'model-family',
		en: 'model family',
		zh: '模型系列',
		enAlso: ['model families'],
		zhAvoid: ['模型家族'],
		definition: {
			en: 'Models of several sizes trained the same way on the same data (GPT-3, LaMDA, PaLM…), so that size is the one thing that changes along a scaling curve.',
			'zh-cn': '用同样的方法和数据训练、只有规模不同的一组模型（GPT-3、LaMDA、PaLM 等），因此沿规模曲线变化的只有规模本身。',
		},
	},
	{
		id: 'held-out-text',
		en: 'held-out text',
		zh: '留出文本',
		enAlso: ['held-out data'],
		zhAvoid: ['预留文本'],
		definition: {
			en: 'Text kept out of training and used only to measure the model, so that the test loss shows how well it predicts text it has not seen.',
			'zh-cn': '不参与训练、只用于评测的文本；在它上面测得的测试损失反映模型预测未见过文本的能力。',
		},
	},
	{
		id: 'benchmark',
		en: 'benchmark',
		zh: '基准测试',
		enAlso: ['benchmarks'],
		definition: {
			en: 'A fixed set of test questions with a scoring rule, used to compare models, such as MMLU, HumanEval or BIG-Bench.',
			'zh-cn': '一组固定的测试题目加上评分规则，用来比较模型，例如 MMLU、HumanEval、BIG-Bench。',
		},
	},
	{
		id: 'pass-at-k',
		en: 'pass@k',
		zh: 'pass@k',
		enAlso: ['pass@1', 'pass@100'],
		zhAlso: ['pass@1', 'pass@100'],
		definition: {
			en: 'The share of programming problems solved by at least one of k generated samples, judged by unit tests. Codex-12B: 28.8% pass@1.',
			'zh-cn': '生成 k 个样本中至少有一个通过单元测试的题目所占比例。Codex-12B 的 pass@1 为 28.8%。',
		},
	},
	{
		id: 'humaneval',
		en: 'HumanEval',
		zh: 'HumanEval',
		definition: {
			en: 'A benchmark of 164 hand-written Python programming problems with unit tests, introduced with Codex (Chen et al. 2021).',
			'zh-cn': '包含 164 道手写 Python 编程题及其单元测试的基准测试，与 Codex 一同提出（Chen 等人，2021）。',
		},
	},
	{
		id: 'big-bench',
		en: 'BIG-Bench',
		zh: 'BIG-Bench',
		zhAlso: ['BIG-bench'],
		definition: {
			en: 'A large collaborative benchmark of over 200 language tasks (Srivastava et al. 2022), the source of many claimed emergent abilities.',
			'zh-cn': '由众多研究者合作建立、包含 200 多项语言任务的基准测试（Srivastava 等人，2022），许多所谓涌现能力出自这里。',
		},
	},
	{
		id: 'mmlu',
		en: 'MMLU',
		zh: 'MMLU',
		enAlso: ['Massive Multitask Language Understanding'],
		definition: {
			en: 'A multiple-choice benchmark covering 57 subjects (Hendrycks et al.). Chinchilla scored 67.6% (5-shot), Gopher 60.0%.',
			'zh-cn': '涵盖 57 个学科的多项选择基准测试（Hendrycks 等人）。Chinchilla 得分 67.6%（5-shot），Gopher 为 60.0%。',
		},
		sources: [
			{ k: 'hendrycks2021' },
			{ k: 'hoffmann2022', at: 'Table 6' },
		],
	},

	// ── Compute, hardware and data ────────────────────────────────────────────────────────────
	{
		id: 'gpu-hour',
		en: 'GPU-hour',
		zh: 'GPU 时',
		enAlso: ['GPU-hours', 'GPU hours', 'GPU hour'],
		zhAvoid: ['GPU 小时', 'GPU小时'],
		definition: {
			en: 'One GPU running for one hour. DeepSeek-V3 reports 2.788M H800 GPU-hours; Llama 3.1 405B 30.84M H100 GPU-hours.',
			'zh-cn': '一块 GPU 运行一小时。DeepSeek-V3 报告用了 278.8 万 H800 GPU 时，Llama 3.1 405B 用了 3084 万 H100 GPU 时。',
		},
	},
	{
		id: 'mfu',
		en: 'model FLOPs utilisation',
		zh: '模型算力利用率',
		enAlso: ['MFU', 'model FLOPs utilization'],
		zhAlso: ['MFU'],
		definition: {
			en: 'The share of a chip’s peak FLOP/s that goes into the model’s useful computation during training; it is always well below 100%.',
			'zh-cn': '训练时芯片峰值算力中真正用于模型有效计算的比例，总是明显低于 100%。',
		},
	},
	{
		id: 'top500',
		en: 'TOP500',
		zh: 'TOP500',
		zhAlso: ['Top500'],
		definition: {
			en: 'The twice-yearly list of the 500 fastest supercomputers, ranked by the HPL benchmark in 64-bit (FP64) arithmetic.',
			'zh-cn': '每年发布两次的全球最快 500 台超级计算机榜单，按 64 位（FP64）运算的 HPL 基准测试排名。',
		},
	},
	{
		id: 'data-wall',
		en: 'data wall',
		zh: '数据墙',
		definition: {
			en: 'The point where training sets reach the whole stock of usable human text. Epoch AI (2024) places it between 2026 and 2032.',
			'zh-cn': '训练数据集规模触及可用人类文本总存量的时刻。Epoch AI（2024）估计在 2026–2032 年之间。',
		},
	},
	{
		id: 'effective-stock',
		en: 'effective stock of text',
		zh: '有效文本存量',
		enAlso: ['effective stock'],
		definition: {
			en: 'Epoch AI’s estimate of public human text good enough to train on, allowing repeats: about 300T tokens (90% interval 100T–1,000T).',
			'zh-cn': 'Epoch AI 对质量足以用于训练（并允许重复使用）的公开人类文本的估计：约 300 万亿词元（90% 区间 100 万亿–1000 万亿）。',
		},
	},
	{
		id: 'ablation',
		en: 'ablation experiment',
		zh: '消融实验',
		enAlso: ['ablation experiments', 'ablations', 'ablation study'],
		definition: {
			en: 'An experiment that removes or changes one part of a model or recipe to see what it contributes. DeepSeek-V3’s $5.576M excludes them.',
			'zh-cn': '去掉或改变模型、训练方案中的某一部分，以检验它作用的实验。DeepSeek-V3 的 557.6 万美元不含这类实验。',
		},
	},

	// ── Architecture and efficiency ───────────────────────────────────────────────────────────
	{
		id: 'dense-model',
		en: 'dense model',
		zh: '稠密模型',
		enAlso: ['dense models', 'dense Transformer'],
		zhAvoid: ['密集模型'],
		definition: {
			en: 'A model that uses all its parameters for every token, such as Llama 3.1 405B; the opposite of a sparse mixture of experts.',
			'zh-cn': '每个词元都用到全部参数的模型，例如 Llama 3.1 405B；与稀疏的混合专家模型相对。',
		},
	},
	{
		id: 'mixture-of-experts',
		en: 'mixture of experts',
		zh: '混合专家',
		enAlso: ['mixture-of-experts', 'MoE'],
		zhAlso: ['MoE', '混合专家模型'],
		zhAvoid: ['专家混合'],
		definition: {
			en: 'An architecture whose feed-forward layers hold many “experts”; a router sends each token to a few, so only a fraction of the weights compute per token.',
			'zh-cn': '前馈层由许多“专家”组成的架构；路由器把每个词元只送往其中少数几个，因此每个词元只用到一小部分权重。',
		},
	},
	{
		id: 'routed-expert',
		en: 'routed expert',
		zh: '路由专家',
		enAlso: ['routed experts'],
		definition: {
			en: 'One of the expert sub-networks in an MoE layer that the router may pick. DeepSeek-V3 has 256 per layer and uses 8 per token.',
			'zh-cn': '混合专家层中可被路由器选中的专家子网络。DeepSeek-V3 每层有 256 个，每个词元使用其中 8 个。',
		},
	},
	{
		id: 'shared-expert',
		en: 'shared expert',
		zh: '共享专家',
		enAlso: ['shared experts'],
		definition: {
			en: 'An expert in an MoE layer that every token uses, holding common knowledge. DeepSeek-V3 has 1 per MoE layer, DeepSeek-V2 has 2.',
			'zh-cn': '混合专家层中每个词元都会用到的专家，承载通用知识。DeepSeek-V3 每个 MoE 层有 1 个，DeepSeek-V2 有 2 个。',
		},
	},
	{
		id: 'gating-network',
		en: 'gating network',
		zh: '门控网络',
		enAlso: ['router', 'sparse gating', 'sparsely-gated'],
		zhAlso: ['路由器', '稀疏门控'],
		definition: {
			en: 'The small network in an MoE layer that scores the experts for each token and picks which ones it goes to.',
			'zh-cn': '混合专家层中的小网络，为每个词元给各专家打分，并决定把它送往哪些专家。',
		},
	},
	{
		id: 'total-parameters',
		en: 'total parameters',
		zh: '总参数',
		enAlso: ['total parameter count', 'total params'],
		zhAlso: ['总参数量'],
		definition: {
			en: 'All the weights of a model, every expert included; they all have to be stored. DeepSeek-V3: 671B.',
			'zh-cn': '模型的全部权重，包括所有专家，都必须存储。DeepSeek-V3 为 6710 亿。',
		},
	},
	{
		id: 'activated-parameters',
		en: 'activated parameters',
		zh: '激活参数',
		enAlso: ['active parameters', 'activated params', 'active params'],
		zhAlso: ['激活参数量'],
		definition: {
			en: 'The weights actually used to process one token in an MoE model; they set the compute per token. DeepSeek-V3: 37B of 671B.',
			'zh-cn': '混合专家模型处理一个词元时实际用到的权重，决定每个词元的计算量。DeepSeek-V3 为 671B 中的 37B。',
		},
	},
	{
		id: 'load-balancing',
		en: 'load balancing',
		zh: '负载均衡',
		enAlso: ['load-balancing', 'auxiliary loss', 'auxiliary-loss-free'],
		zhAlso: ['辅助损失', '无辅助损失'],
		definition: {
			en: 'Keeping MoE experts evenly used. Usually done with an auxiliary loss; DeepSeek-V3 instead adjusts a bias per expert.',
			'zh-cn': '让混合专家中的各个专家被均匀使用。通常借助辅助损失实现；DeepSeek-V3 改为调整每个专家的偏置项。',
		},
	},
	{
		id: 'latent-vector',
		en: 'latent vector',
		zh: '潜在向量',
		enAlso: ['latent vectors'],
		zhAvoid: ['潜向量'],
		definition: {
			en: 'A short learned vector from which larger quantities are rebuilt by learned projections. In MLA it is what the KV cache stores per token and layer (512 numbers in DeepSeek-V3).',
			'zh-cn': '一个较短的学习得到的向量，更大的量由学习到的投影从它重建。在多头潜在注意力中，键值缓存为每个词元、每一层存的就是它（DeepSeek-V3 中为 512 个数）。',
		},
	},
	{
		id: 'attention-head',
		en: 'attention head',
		zh: '注意力头',
		enAlso: ['attention heads'],
		definition: {
			en: 'One of several parallel attention computations in a layer, each with its own queries, keys and values. DeepSeek-V3 has 128 per layer.',
			'zh-cn': '一层中并行进行的多组注意力计算之一，各有自己的查询、键和值。DeepSeek-V3 每层有 128 个。',
		},
	},
	{
		id: 'multi-head-attention',
		en: 'multi-head attention',
		zh: '多头注意力',
		enAlso: ['MHA'],
		zhAlso: ['MHA'],
		definition: {
			en: 'The standard Transformer attention: every head has its own keys and values, all of which are cached during generation.',
			'zh-cn': '标准的 Transformer 注意力：每个头都有自己的键和值，生成时全部都要缓存。',
		},
	},
	{
		id: 'multi-query-attention',
		en: 'multi-query attention',
		zh: '多查询注意力',
		enAlso: ['MQA'],
		zhAlso: ['MQA'],
		definition: {
			en: 'Attention in which all heads share one set of keys and values, shrinking the KV cache (Shazeer 2019).',
			'zh-cn': '所有注意力头共用一组键和值的注意力，可以缩小键值缓存（Shazeer，2019）。',
		},
	},
	{
		id: 'grouped-query-attention',
		en: 'grouped-query attention',
		zh: '分组查询注意力',
		enAlso: ['GQA', 'grouped query attention'],
		zhAlso: ['GQA'],
		definition: {
			en: 'A middle way: heads are split into groups and each group shares one set of keys and values (Ainslie et al. 2023).',
			'zh-cn': '一种折中方案：把注意力头分组，每组共用一组键和值（Ainslie 等人，2023）。',
		},
	},
	{
		id: 'multi-head-latent-attention',
		en: 'multi-head latent attention',
		zh: '多头潜在注意力',
		enAlso: ['MLA'],
		zhAlso: ['MLA'],
		definition: {
			en: 'DeepSeek’s attention that compresses keys and values jointly into a small latent vector (512 dims in V3) to cache, shrinking the KV cache.',
			'zh-cn': 'DeepSeek 的注意力机制：把键和值联合压缩成一个小的潜在向量（V3 中为 512 维）再缓存，从而缩小键值缓存。',
		},
	},
	{
		id: 'kv-cache',
		en: 'KV cache',
		zh: '键值缓存',
		enAlso: ['KV-cache', 'key-value cache'],
		zhAlso: ['KV cache', 'KV-cache'],
		zhAvoid: ['KV 缓存', 'KV缓存'],
		definition: {
			en: 'The keys and values of earlier tokens, stored during generation so they are not recomputed; its size limits long contexts and batch size.',
			'zh-cn': '生成过程中保存的先前词元的键和值，以免重复计算；它的大小限制了上下文长度和批量大小。',
		},
	},
	{
		id: 'fp8',
		en: 'FP8',
		zh: 'FP8',
		enAlso: ['8-bit floating point'],
		zhAlso: ['8 位浮点'],
		definition: {
			en: 'An 8-bit floating-point number format. DeepSeek-V3 trained with FP8 mixed precision; in its ablations on 16B and 230B models the relative loss error versus BF16 stayed below 0.25%.',
			'zh-cn': '8 位浮点数格式。DeepSeek-V3 采用 FP8 混合精度训练；在其 16B 和 230B 模型的消融实验中，相对 BF16 的损失相对误差低于 0.25%。',
		},
		sources: [{ k: 'deepseekv3', at: '§3.3; App. B.1, p. 47' }],
	},
	{
		id: 'bf16',
		en: 'BF16',
		zh: 'BF16',
		enAlso: ['bfloat16'],
		zhAlso: ['bfloat16'],
		definition: {
			en: 'The 16-bit “brain floating point” format: the range of 32-bit floats with less precision; the usual format for training large models.',
			'zh-cn': '16 位“脑浮点”格式：数值范围与 32 位浮点数相同、精度较低，是训练大模型的常用格式。',
		},
	},
	{
		id: 'mixed-precision',
		en: 'mixed precision',
		zh: '混合精度',
		enAlso: ['mixed-precision'],
		definition: {
			en: 'Training that does most arithmetic in a low-precision format (BF16 or FP8) while keeping sensitive values in higher precision.',
			'zh-cn': '大部分运算用低精度格式（BF16 或 FP8）完成、对数值敏感的部分保留较高精度的训练方式。',
		},
	},
	{
		id: 'multi-token-prediction',
		en: 'multi-token prediction',
		zh: '多词元预测',
		enAlso: ['MTP'],
		zhAlso: ['MTP'],
		definition: {
			en: 'Training a model to predict more than the next token at each position; DeepSeek-V3 predicts one extra token, for a denser training signal.',
			'zh-cn': '训练模型在每个位置上预测不止下一个词元；DeepSeek-V3 多预测一个词元，使训练信号更密集。',
		},
	},
	{
		id: 'speculative-decoding',
		en: 'speculative decoding',
		zh: '推测解码',
		zhAvoid: ['投机解码'],
		definition: {
			en: 'Drafting several tokens cheaply and verifying them in one pass. With its MTP module DeepSeek-V3 reports 1.8× tokens per second.',
			'zh-cn': '先低成本地起草若干词元，再一次性验证。DeepSeek-V3 用其 MTP 模块这样做，报告每秒生成词元数提高到 1.8 倍。',
		},
	},

	// ── Post-training and release ─────────────────────────────────────────────────────────────
	{
		id: 'supervised-fine-tuning',
		en: 'supervised fine-tuning',
		zh: '监督微调',
		enAlso: ['SFT', 'supervised finetuning'],
		zhAlso: ['SFT'],
		definition: {
			en: 'Further training of a pre-trained model on example inputs paired with the desired outputs.',
			'zh-cn': '用“输入—期望输出”成对的样本，对预训练模型做进一步训练。',
		},
	},
	{
		id: 'reinforcement-learning',
		en: 'reinforcement learning',
		zh: '强化学习',
		enAlso: ['RL'],
		zhAlso: ['RL'],
		definition: {
			en: 'Training by reward rather than by examples. DeepSeek-R1-Zero learned to reason with RL alone, without supervised fine-tuning first.',
			'zh-cn': '依靠奖励而不是示例来训练。DeepSeek-R1-Zero 在没有先做监督微调的情况下，仅靠强化学习学会了推理。',
		},
	},
	{
		id: 'grpo',
		en: 'GRPO',
		zh: 'GRPO',
		enAlso: ['Group Relative Policy Optimization'],
		zhAlso: ['组相对策略优化'],
		definition: {
			en: 'Group Relative Policy Optimization, the RL algorithm used for DeepSeek-R1: each answer is scored relative to a group of answers to the same prompt.',
			'zh-cn': '组相对策略优化，DeepSeek-R1 使用的强化学习算法：每个回答的得分相对于同一提示下一组回答来衡量。',
		},
	},
	{
		id: 'distillation',
		en: 'distillation',
		zh: '蒸馏',
		enAlso: ['knowledge distillation', 'distilled model', 'distilled models'],
		zhAlso: ['知识蒸馏', '蒸馏模型'],
		definition: {
			en: 'Training a smaller model on the outputs of a larger one. DeepSeek fine-tuned 1.5B–70B dense models on 800k samples curated with R1.',
			'zh-cn': '用大模型的输出来训练小模型。DeepSeek 用 R1 整理的 80 万条样本微调了 15 亿到 700 亿参数的稠密模型。',
		},
	},
	{
		id: 'open-weights',
		en: 'open weights',
		zh: '开放权重',
		enAlso: ['open-weight', 'open-weights'],
		zhAvoid: ['权重开放'],
		definition: {
			en: 'Publishing a trained model’s parameters for anyone to download, under a license (R1: MIT). It does not imply open training data or code.',
			'zh-cn': '在某种许可证下公开训练好的模型参数供任何人下载（R1 为 MIT 许可证）。这并不意味着训练数据或代码也公开。',
		},
	},

	// ── Economics and views ───────────────────────────────────────────────────────────────────
	{
		id: 'jevons-paradox',
		en: 'Jevons paradox',
		zh: '杰文斯悖论',
		zhAlso: ['Jevons paradox'],
		zhAvoid: ['杰文斯佯谬'],
		definition: {
			en: 'The idea, usually credited to W. S. Jevons (1865, on coal), that making a resource cheaper to use can raise its total consumption. A hypothesis about demand, not a law.',
			'zh-cn': '通常认为出自杰文斯 1865 年对煤炭的观察：资源使用效率提高、变得更便宜，总消耗反而可能上升。这是关于需求的假说，不是定律。',
		},
	},
	{
		id: 'returns-to-scale',
		en: 'returns to scale',
		zh: '规模报酬',
		enAlso: ['increasing returns to scale'],
		zhAvoid: ['规模收益'],
		definition: {
			en: 'How output changes when all inputs grow by the same factor: more than proportionally (increasing), proportionally (constant) or less (decreasing).',
			'zh-cn': '所有投入按同一比例增加时产出如何变化：增加得更多（递增）、同比例（不变）或更少（递减）。',
		},
	},
	{
		id: 'diminishing-returns',
		en: 'diminishing returns',
		zh: '收益递减',
		enAlso: ['diminishing marginal returns'],
		zhAlso: ['边际收益递减'],
		definition: {
			en: 'Each extra unit of input buys less improvement than the one before. A power law has diminishing returns at every scale.',
			'zh-cn': '每多投入一个单位，换来的改进都比上一个单位少。幂律在每个规模上都表现为收益递减。',
		},
	},
	{
		id: 'bitter-lesson',
		en: 'Bitter Lesson',
		zh: '苦涩的教训',
		enAlso: ['The Bitter Lesson'],
		zhAlso: ['Bitter Lesson'],
		zhAvoid: ['苦涩教训'],
		definition: {
			en: 'Richard Sutton’s 2019 essay arguing that general methods that make use of growing computation beat methods built on human knowledge.',
			'zh-cn': 'Richard Sutton 2019 年的文章，认为能利用不断增长的算力的通用方法，终将胜过依赖人类知识设计的方法。',
		},
	},

	// ── Reasoning models, test-time compute and repeated data (the "reasoning" chapter) ──────
	{
		id: 'reasoning-model',
		en: 'reasoning model',
		zh: '推理模型',
		enAlso: ['reasoning models'],
		definition: {
			en: 'A language model trained, usually with reinforcement learning, to write a long chain of thought before it answers, such as OpenAI’s o1 or DeepSeek-R1.',
			'zh-cn': '经过训练（通常借助强化学习）、在作答前先写出长思维链的语言模型，例如 OpenAI 的 o1 和 DeepSeek-R1。',
		},
	},
	{
		id: 'train-time-compute',
		en: 'train-time compute',
		zh: '训练时计算',
		definition: {
			en: 'Compute spent once, while training a model; for reasoning models, the reinforcement learning after pre-training (OpenAI’s term for o1).',
			'zh-cn': '训练模型时一次性花费的算力；对推理模型而言，指预训练之后的强化学习（OpenAI 介绍 o1 时的说法）。',
		},
	},
	{
		id: 'test-time-compute',
		en: 'test-time compute',
		zh: '测试时计算',
		enAlso: ['test-time computation', 'inference-time compute'],
		zhAlso: ['测试时算力'],
		zhAvoid: ['测试时间计算'],
		definition: {
			en: 'Compute spent on every question after training: a longer chain of thought, or many answers that are then voted on or checked. The model itself does not change.',
			'zh-cn': '训练结束后在每道题上花的算力：写更长的思维链，或者生成许多答案再投票或核对。模型本身不变。',
		},
	},
	{
		id: 'rule-based-reward',
		en: 'rule-based reward',
		zh: '基于规则的奖励',
		enAlso: ['rule-based rewards'],
		definition: {
			en: 'A reward computed by a fixed check, such as comparing a final answer with the reference or running test cases, rather than by a learned model. R1-Zero used accuracy and format rewards of this kind.',
			'zh-cn': '由固定的检查规则算出的奖励，例如把最终答案与标准答案比对，或运行测试用例，而不是由学习得到的模型打分。R1-Zero 用的准确性奖励和格式奖励就是这种。',
		},
	},
	{
		id: 'reward-model',
		en: 'reward model',
		zh: '奖励模型',
		enAlso: ['reward models', 'neural reward model'],
		definition: {
			en: 'A neural network trained to score a model’s answers, used as the reward in reinforcement learning or to re-rank samples. It can be gamed (reward hacking).',
			'zh-cn': '经过训练、用来给模型回答打分的神经网络，可在强化学习中充当奖励，也可用来对样本重排。它可能被钻空子（奖励投机）。',
		},
	},
	{
		id: 'reward-hacking',
		en: 'reward hacking',
		zh: '奖励投机',
		zhAlso: ['奖励黑客', 'reward hacking'],
		definition: {
			en: 'A policy learning to score well with its reward signal without doing the intended task, for example by exploiting a flaw in a learned reward model.',
			'zh-cn': '策略学会了从奖励信号中拿高分，却没有完成预期的任务，例如利用学习得到的奖励模型的漏洞。',
		},
	},
	{
		id: 'cold-start-data',
		en: 'cold-start data',
		zh: '冷启动数据',
		enAlso: ['cold start'],
		zhAlso: ['冷启动'],
		definition: {
			en: 'A small supervised set used to fine-tune a model before reinforcement learning. DeepSeek-R1 used thousands of readable long chain-of-thought examples.',
			'zh-cn': '在强化学习之前用来微调模型的少量监督数据。DeepSeek-R1 用了数千条格式易读的长思维链样本。',
		},
	},
	{
		id: 'aha-moment',
		en: 'aha moment',
		zh: '顿悟时刻',
		enAlso: ['aha moments'],
		zhAlso: ['aha moment'],
		definition: {
			en: 'DeepSeek’s name for an example in which an intermediate R1-Zero checkpoint stops to re-evaluate its approach. The report shows one example and gives no frequency.',
			'zh-cn': 'DeepSeek 对一个例子的称呼：R1-Zero 的某个中间检查点停下来重新审视自己的思路。报告只展示了一个例子，没有给出出现频率。',
		},
	},
	{
		id: 'self-reflection',
		en: 'self-reflection',
		zh: '自我反思',
		enAlso: ['self-reflective'],
		definition: {
			en: 'A model revisiting and checking its own earlier reasoning in the same answer. Liu et al. find it already in base models, often without higher accuracy.',
			'zh-cn': '模型在同一个回答中回头检查自己先前的推理。Liu 等人发现基础模型中已有这种行为，而且往往并不提高准确率。',
		},
	},
	{
		id: 'repeated-sampling',
		en: 'repeated sampling',
		zh: '重复采样',
		definition: {
			en: 'Asking a model the same question many times (at a non-zero temperature) and combining the answers by a verifier, a vote or a re-ranker.',
			'zh-cn': '让模型（以非零温度）把同一个问题回答许多遍，再用验证器、投票或重排把答案合起来。',
		},
	},
	{
		id: 'coverage',
		en: 'coverage',
		zh: '覆盖率',
		enNotIn: ['news coverage'],
		definition: {
			en: 'The share of problems solved by at least one of k samples (Brown et al. 2024). It is a success rate only if a verifier can pick the right sample.',
			'zh-cn': 'k 个样本中至少有一个解出的题目比例（Brown 等 2024）。只有当验证器能挑出正确样本时，它才等于成功率。',
		},
	},
	{
		id: 'verifier',
		en: 'verifier',
		zh: '验证器',
		enAlso: ['verifiers'],
		definition: {
			en: 'Anything that can tell a correct answer from a wrong one without knowing it in advance: unit tests, a proof checker, or, less reliably, a learned scorer.',
			'zh-cn': '能在事先不知道答案的情况下分辨对错的东西：单元测试、证明检查器，或者可靠性较差的学习型打分器。',
		},
	},
	{
		id: 'majority-voting',
		en: 'majority voting',
		zh: '多数投票',
		enAlso: ['majority vote', 'consensus voting', 'cons@64', 'cons@16'],
		zhAlso: ['cons@64', 'cons@16', '共识投票'],
		definition: {
			en: 'Sampling several answers and keeping the most common one (also called consensus; cons@64 means 64 samples). It needs no verifier but cannot fix a mistake the model makes most often.',
			'zh-cn': '采样多个答案，保留出现次数最多的那个（也称共识；cons@64 指 64 个样本）。它不需要验证器，但无法纠正模型最常犯的错误。',
		},
	},
	{
		id: 'epoch',
		en: 'epoch',
		zh: '训练轮次',
		enAlso: ['epochs'],
		zhAlso: ['epoch'],
		enNotIn: ['Epoch AI'],
		definition: {
			en: 'One full pass over the training data. Training for 4 epochs means every unique token is seen four times.',
			'zh-cn': '把训练数据完整过一遍。训练 4 轮，意味着每个唯一词元被看了四次。',
		},
	},
	{
		id: 'unique-tokens',
		en: 'unique tokens',
		zh: '唯一词元',
		definition: {
			en: 'The distinct tokens available for training, as opposed to the tokens seen, which count every repetition.',
			'zh-cn': '可用于训练的不重复的词元，与“看过的词元”相对；后者把每次重复都计算在内。',
		},
	},
	{
		id: 'effective-data',
		en: 'effective data',
		zh: '有效数据量',
		definition: {
			en: 'In Muennighoff et al.’s law, the number of new tokens that repeated data is worth: D′ = U + U·R*(1 − e^(−R/R*)), at most about 16.4 times the unique tokens U.',
			'zh-cn': 'Muennighoff 等人定律中，重复数据相当于多少新词元：D′ = U + U·R*(1 − e^(−R/R*))，最多约为唯一词元数 U 的 16.4 倍。',
		},
	},
];
