/**
 * The second part of the claim check: popular claims about reasoning models, test-time compute
 * and data repetition (facts.md G-E, in its order). Unlike the seed ledger (`claims.ts`) these
 * are not quotations from the source articles but claims as they commonly circulate, so they have
 * no quote or seed location; each carries the claim as commonly phrased, in both languages.
 *
 * Anchors are `#claim-<slug>` like the seed ledger's; `src/data/index.ts` fails the build if a
 * slug is used in both parts.
 */
import type { z } from 'zod';
import type { reasoningClaimSchema } from './schema';

export const reasoningClaims: z.input<typeof reasoningClaimSchema>[] = [
	{
		slug: 'r1-six-million',
		claim: { en: 'DeepSeek-R1 was trained for US$6 million.', 'zh-cn': 'DeepSeek-R1 的训练只花了 600 万美元。' },
		verdict: 'wrong',
		correction: {
			en: 'The US\\$5.576M is DeepSeek’s price for the GPU-hours of **DeepSeek-V3**’s final training run, at an assumed US\\$2 per GPU-hour, and DeepSeek itself says it excludes prior research and ablation experiments. R1 was trained on top of V3-Base; the arXiv R1 report gives **no cost** for it. The later Nature version reportedly puts R1’s reasoning training at about US\\$294,000 more, a figure we know only from news coverage.',
			'zh-cn': '557.6 万美元是 DeepSeek 按每 GPU 小时 2 美元的假设租价，为 **DeepSeek-V3** 正式训练所用 GPU 小时算出的价格；DeepSeek 自己说明，它不含此前的研究和消融实验。R1 是在 V3-Base 之上训练的，arXiv 版 R1 报告**没有给出**它的成本。据报道，后来的 Nature 版本称 R1 的推理训练另花约 29.4 万美元；这个数字我们只见于新闻报道。',
		},
		sources: [
			{ k: 'deepseekv3', at: 'Table 1, p. 5' },
			{ k: 'deepseekr1' },
			{ k: 'deepseekr1nature' },
		],
		explainedIn: '/deepseek/#the-cost',
	},
	{
		slug: 'reasoning-without-supervision',
		claim: { en: 'R1-Zero’s reasoning emerged with no supervision at all.', 'zh-cn': 'R1-Zero 的推理能力是在完全没有监督的情况下涌现的。' },
		verdict: 'wrong',
		correction: {
			en: 'R1-Zero had **no supervised fine-tuning**, but every reward was checked against a known answer or a test case, and it started from a base model pre-trained on 14.8T tokens. R1 itself used thousands of cold-start chain-of-thought examples and about 800k supervised samples. No SFT is not the same as no supervision.',
			'zh-cn': 'R1-Zero **没有做监督微调**，但每一项奖励都要对照已知答案或测试用例来核对，而且它的起点是一个用 14.8 万亿词元预训练过的基础模型。R1 本身还用了数千条冷启动思维链数据和约 80 万条监督样本。没有监督微调，不等于没有监督。',
		},
		sources: [
			{ k: 'deepseekr1', at: '§2.2.2, p. 6; §2.3, pp. 9–11' },
			{ k: 'deepseekv3', at: 'abstract' },
		],
		explainedIn: '/reasoning/#rewards',
	},
	{
		slug: 'aha-sudden-jump',
		claim: { en: 'The “aha moment” shows reasoning appearing suddenly during training.', 'zh-cn': '“顿悟时刻”说明推理能力是在训练中突然出现的。' },
		verdict: 'misleading',
		correction: {
			en: 'The report gives **one example** from an intermediate checkpoint and no count of how often it happens. The reported accuracy curve rises gradually over thousands of steps, and Liu et al. find that DeepSeek-V3-Base and nearly all base models they tested already produce such self-reflection before any RL.',
			'zh-cn': '报告只给出了中间检查点的**一个例子**，没有统计它出现的频率。报告中的准确率曲线是在几千步训练中逐渐上升的；Liu 等人还发现，DeepSeek-V3-Base 以及他们测过的几乎所有基础模型，在强化学习之前就会写出这类自我反思。',
		},
		sources: [
			{ k: 'deepseekr1', at: '§2.2.4, p. 8; Table 3, p. 9' },
			{ k: 'liu2025', at: 'abstract; §2.3' },
		],
		explainedIn: '/reasoning/#emergence-again',
	},
	{
		slug: 'longer-thinking-better',
		claim: { en: 'Longer thinking means better reasoning.', 'zh-cn': '想得越长，推理就越好。' },
		verdict: 'misleading',
		correction: {
			en: 'Response length can grow for reasons other than better reasoning: in GRPO as originally written, long wrong answers are penalised less, and Liu et al. saw length keep growing after the reward improvement slowed. Wrong answers are longer than right ones, and nearly half of the responses with self-reflection are no more accurate.',
			'zh-cn': '回答变长未必是因为推理变好：按 GRPO 最初的写法，较长的错误回答受到的惩罚更轻；Liu 等人观察到，奖励的提升放缓之后，长度仍在增长。错误回答比正确回答更长，带自我反思的回答中有近一半并没有更准。',
		},
		sources: [{ k: 'liu2025', at: '§3.1–3.2, Fig. 6; App. D, Table 5' }],
		explainedIn: '/reasoning/#emergence-again',
	},
	{
		slug: 'test-time-replaces-size',
		claim: { en: 'Test-time compute makes model size irrelevant.', 'zh-cn': '有了测试时计算，模型规模就无关紧要了。' },
		verdict: 'wrong',
		correction: {
			en: 'Snell et al. write that test-time and pre-training compute are “not 1-to-1 exchangeable”: test-time compute wins on easy and medium questions at low inference load, while on hard questions or at high load pre-training is more effective. DeepSeek concludes that going further “may still require more powerful base models”.',
			'zh-cn': 'Snell 等人写道，测试时计算与预训练计算“不能一比一地互换”：在简单和中等难度的题目上、推断负载较低时，测试时计算占优；在难题上或负载很高时，预训练更有效。DeepSeek 的结论也是，要走得更远，“可能仍然需要更强大的基础模型”。',
		},
		sources: [
			{ k: 'snell2024', at: '§7' },
			{ k: 'deepseekr1', at: '§4.1, p. 15' },
		],
		explainedIn: '/reasoning/#substitution',
	},
	{
		slug: 'small-beats-fourteen-x',
		claim: { en: 'A small model with test-time compute beats one 14× larger.', 'zh-cn': '小模型加上测试时计算，就能胜过大 14 倍的模型。' },
		verdict: 'misleading',
		correction: {
			en: 'Only under all of Snell et al.’s conditions: a **FLOPs-matched** comparison, on **MATH** with PaLM 2-S* models, on problems where the small model already has **somewhat non-trivial success**, and at low inference load. On the hardest problems the larger model stays ahead.',
			'zh-cn': '这只在 Snell 等人的全部条件同时满足时成立：**浮点运算量相同**的比较，在 **MATH** 基准上、用 PaLM 2-S* 模型，题目是小模型**已有一定成功率**的，而且推断负载较低。在最难的题目上，大模型仍然领先。',
		},
		sources: [{ k: 'snell2024', at: 'abstract; §7' }],
		explainedIn: '/reasoning/#substitution',
	},
	{
		slug: 'coverage-is-accuracy',
		claim: { en: 'With 250 samples, the model solves 56% of SWE-bench Lite.', 'zh-cn': '采样 250 次，模型就能解决 SWE-bench Lite 中 56% 的问题。' },
		verdict: 'misleading',
		correction: {
			en: 'The 56% is **coverage**: an issue counts as solved if **any** of its 250 samples passes the tests. It is a success rate only if something can pick the passing sample without knowing the answer (a verifier). Without one, majority voting and reward models plateau after several hundred samples.',
			'zh-cn': '这 56% 是**覆盖率**：250 个样本中**任何一个**通过测试，这个问题就算解决。只有当某种东西（验证器）能在不知道答案的情况下挑出那个通过的样本时，它才是成功率。没有验证器时，多数投票和奖励模型在几百个样本之后就趋于平稳。',
		},
		sources: [{ k: 'brown2024monkeys', at: 'abstract' }],
		explainedIn: '/reasoning/#coverage',
	},
	{
		slug: 'o1-aime-score',
		claim: { en: 'o1 scores 83% (or 93%) on AIME 2024.', 'zh-cn': 'o1 在 AIME 2024 上拿到 83%（或 93%）。' },
		verdict: 'misleading',
		correction: {
			en: 'OpenAI reports **74%** with a single sample; **83%** is the consensus (majority vote) of 64 samples, and **93%** comes from re-ranking 1,000 samples with a learned scoring function. Three numbers for one model, each with a different aggregation.',
			'zh-cn': 'OpenAI 报告的单个样本成绩是 **74%**；**83%** 是 64 个样本的共识（多数投票），**93%** 则来自用学习到的打分函数对 1000 个样本重排。同一个模型，三种汇总方式，三个数字。',
		},
		sources: [{ k: 'openai2024o1', at: 'AIME 2024 results' }],
		explainedIn: '/reasoning/#majority-vote',
	},
	{
		slug: 'r1-beats-o1',
		claim: { en: 'DeepSeek-R1 beats OpenAI’s o1.', 'zh-cn': 'DeepSeek-R1 超过了 OpenAI 的 o1。' },
		verdict: 'misleading',
		correction: {
			en: 'Against o1-1217, R1 is ahead on AIME 2024 (79.8 vs 79.2) and MATH-500 (97.3 vs 96.4) and behind on GPQA Diamond (71.5 vs 75.7) and the Codeforces rating (2,029 vs 2,061), by DeepSeek’s own Table 4. DeepSeek’s word is “comparable”.',
			'zh-cn': '按 DeepSeek 自己的表 4，与 o1-1217 相比，R1 在 AIME 2024（79.8 对 79.2）和 MATH-500（97.3 对 96.4）上领先，在 GPQA Diamond（71.5 对 75.7）和 Codeforces 评分（2,029 对 2,061）上落后。DeepSeek 自己用的词是“相当”。',
		},
		sources: [{ k: 'deepseekr1', at: 'abstract; Table 4, p. 13' }],
		explainedIn: '/reasoning/#r1',
	},
	{
		slug: 'never-repeat-data',
		claim: { en: 'Training data must never be repeated.', 'zh-cn': '训练数据绝不能重复使用。' },
		verdict: 'wrong',
		correction: {
			en: 'Muennighoff et al. find that up to **about 4 epochs** of repeated data change the loss negligibly compared with new data, and that repetition keeps paying off up to **about 16 epochs**, beyond which returns fade fast. Repeated tokens are worth less than new ones, not nothing.',
			'zh-cn': 'Muennighoff 等人发现，重复**约 4 轮**的数据与新数据相比，对损失的影响可以忽略；直到**约 16 轮**，重复仍有收益，此后回报迅速消失。重复的词元不如新词元值钱，但并非毫无价值。',
		},
		sources: [{ k: 'muennighoff2023', at: 'abstract; §6' }],
		explainedIn: '/limits/#repeated-data',
	},
	{
		slug: 'llama3-ignored-chinchilla',
		claim: { en: 'Training Llama 3 8B on 15T tokens ignored the Chinchilla rule.', 'zh-cn': '用 15 万亿词元训练 Llama 3 8B，是无视了 Chinchilla 规律。' },
		verdict: 'wrong',
		correction: {
			en: 'It was deliberate. Meta trained the flagship at “an approximately compute-optimal size” and the smaller models “much longer than is compute-optimal”, because they then “perform better than compute-optimal models at the same inference budget”. Chinchilla optimises training compute only.',
			'zh-cn': '这是有意为之。Meta 把旗舰模型训练在“大致计算最优的规模”，而把较小的模型训练得“远超计算最优”，因为这样得到的模型“在相同推断预算下比计算最优的模型表现更好”。Chinchilla 只优化训练算力。',
		},
		sources: [
			{ k: 'llama3', at: '§1' },
			{ k: 'sardana2024', at: 'abstract (v1)' },
		],
		explainedIn: '/reasoning/#cost',
	},
	{
		slug: 'dr-grpo-length-fake',
		claim: { en: 'Dr. GRPO proved that R1-Zero’s growth in length was an artefact.', 'zh-cn': 'Dr. GRPO 证明了 R1-Zero 的回答变长是假象。' },
		verdict: 'misleading',
		correction: {
			en: 'Liu et al. showed the length bias of GRPO’s per-answer length normalisation on their own Qwen and Llama runs. The objective printed in the R1 report has no such division by length, so what drove R1-Zero’s own length growth is not settled by their result (our reading of the two papers).',
			'zh-cn': 'Liu 等人是在他们自己的 Qwen 和 Llama 训练中，展示了 GRPO 按回答长度归一化所带来的长度偏差。R1 报告印出的目标函数并没有这样除以长度，所以 R1-Zero 自身回答变长的原因，并不能由他们的结果断定（这是我们对两篇论文的解读）。',
		},
		sources: [
			{ k: 'liu2025', at: '§3.1–3.2' },
			{ k: 'deepseekr1', at: '§2.2.1, eq. 1, p. 5' },
		],
		explainedIn: '/reasoning/#emergence-again',
	},
];
