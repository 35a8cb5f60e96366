/**
 * The course bibliography. Chapters cite by key (`<Cite k="kaplan2020" at="§1.2" />`); an
 * unknown key fails the build. Entries marked `access: 'secondary'` are sources we know only
 * through reports of them (facts.md [S]); the References page says so.
 */
import type { z } from 'zod';
import type { referenceSchema } from './schema';

export const references: z.input<typeof referenceSchema>[] = [
	// Scaling laws
	{ key: 'kaplan2020', short: 'Kaplan et al.', authors: 'Jared Kaplan, Sam McCandlish, Tom Henighan, Tom B. Brown, Benjamin Chess, Rewon Child, Scott Gray, Alec Radford, Jeffrey Wu, Dario Amodei', title: 'Scaling Laws for Neural Language Models', year: 2020, venue: 'arXiv preprint (OpenAI)', arxiv: '2001.08361' },
	{ key: 'hoffmann2022', short: 'Hoffmann et al.', authors: 'Jordan Hoffmann, Sebastian Borgeaud, Arthur Mensch, Elena Buchatskaya, Trevor Cai, Eliza Rutherford, et al. (DeepMind)', title: 'Training Compute-Optimal Large Language Models', year: 2022, venue: 'NeurIPS 2022', arxiv: '2203.15556' },
	{ key: 'besiroglu2024', short: 'Besiroglu et al.', authors: 'Tamay Besiroglu, Ege Erdil, Matthew Barnett, Josh You (Epoch AI)', title: 'Chinchilla Scaling: A replication attempt', year: 2024, venue: 'arXiv preprint', arxiv: '2404.10102', note: { en: 'The refit values we quote were read from secondary transcriptions of the paper’s table.', 'zh-cn': '文中引用的重新拟合数值来自对论文表格的二手转录。' } },
	{ key: 'sutton2019', short: 'Sutton', authors: 'Richard S. Sutton', title: 'The Bitter Lesson', year: 2019, venue: 'Essay', url: 'http://www.incompleteideas.net/IncIdeas/BitterLesson.html' },
	// Emergence
	{ key: 'wei2022emergent', short: 'Wei et al.', authors: 'Jason Wei, Yi Tay, Rishi Bommasani, Colin Raffel, Barret Zoph, Sebastian Borgeaud, Dani Yogatama, Maarten Bosma, Denny Zhou, Donald Metzler, Ed H. Chi, Tatsunori Hashimoto, Oriol Vinyals, Percy Liang, Jeff Dean, William Fedus', title: 'Emergent Abilities of Large Language Models', year: 2022, venue: 'Transactions on Machine Learning Research (TMLR)', arxiv: '2206.07682' },
	{ key: 'schaeffer2023', short: 'Schaeffer et al.', authors: 'Rylan Schaeffer, Brando Miranda, Sanmi Koyejo', title: 'Are Emergent Abilities of Large Language Models a Mirage?', year: 2023, venue: 'NeurIPS 2023', arxiv: '2304.15004' },
	{ key: 'ganguli2022', short: 'Ganguli et al.', authors: 'Deep Ganguli, Danny Hernandez, Liane Lovitt, et al. (Anthropic)', title: 'Predictability and Surprise in Large Generative Models', year: 2022, venue: 'ACM FAccT 2022', arxiv: '2202.07785' },
	{ key: 'anderson1972', short: 'Anderson', authors: 'P. W. Anderson', title: 'More Is Different', year: 1972, venue: 'Science 177 (4047), 393–396', url: 'https://doi.org/10.1126/science.177.4047.393' },
	{ key: 'steinhardt2022', short: 'Steinhardt', authors: 'Jacob Steinhardt', title: 'Future ML Systems Will Be Qualitatively Different', year: 2022, venue: 'Bounded Regret (blog)', url: 'https://bounded-regret.ghost.io/future-ml-systems-will-be-qualitatively-different/' },
	{ key: 'brown2020', short: 'Brown et al.', authors: 'Tom B. Brown, Benjamin Mann, Nick Ryder, Melanie Subbiah, Jared Kaplan, Prafulla Dhariwal, et al. (OpenAI)', title: 'Language Models are Few-Shot Learners', year: 2020, venue: 'NeurIPS 2020', arxiv: '2005.14165' },
	{ key: 'chen2021', short: 'Chen et al.', authors: 'Mark Chen, Jerry Tworek, Heewoo Jun, Qiming Yuan, et al. (OpenAI)', title: 'Evaluating Large Language Models Trained on Code', year: 2021, venue: 'arXiv preprint', arxiv: '2107.03374' },
	{ key: 'wei2022cot', short: 'Wei et al.', authors: 'Jason Wei, Xuezhi Wang, Dale Schuurmans, Maarten Bosma, Brian Ichter, Fei Xia, Ed Chi, Quoc Le, Denny Zhou', title: 'Chain-of-Thought Prompting Elicits Reasoning in Large Language Models', year: 2022, venue: 'NeurIPS 2022', arxiv: '2201.11903' },
	{ key: 'wei2022flan', short: 'Wei et al.', authors: 'Jason Wei, Maarten Bosma, Vincent Y. Zhao, Kelvin Guu, Adams Wei Yu, Brian Lester, Nan Du, Andrew M. Dai, Quoc V. Le', title: 'Finetuned Language Models Are Zero-Shot Learners', year: 2022, venue: 'ICLR 2022', arxiv: '2109.01652' },
	{ key: 'sanh2022', short: 'Sanh et al.', authors: 'Victor Sanh, Albert Webson, Colin Raffel, Stephen H. Bach, et al.', title: 'Multitask Prompted Training Enables Zero-Shot Task Generalization', year: 2022, venue: 'ICLR 2022', arxiv: '2110.08207' },
	{ key: 'nye2021', short: 'Nye et al.', authors: 'Maxwell Nye, Anders Johan Andreassen, Guy Gur-Ari, Henryk Michalewski, et al.', title: 'Show Your Work: Scratchpads for Intermediate Computation with Language Models', year: 2021, venue: 'arXiv preprint', arxiv: '2112.00114' },
	{ key: 'kojima2022', short: 'Kojima et al.', authors: 'Takeshi Kojima, Shixiang Shane Gu, Machel Reid, Yutaka Matsuo, Yusuke Iwasawa', title: 'Large Language Models are Zero-Shot Reasoners', year: 2022, venue: 'NeurIPS 2022', arxiv: '2205.11916' },
	{ key: 'kadavath2022', short: 'Kadavath et al.', authors: 'Saurav Kadavath, Tom Conerly, Amanda Askell, et al. (Anthropic)', title: 'Language Models (Mostly) Know What They Know', year: 2022, venue: 'arXiv preprint', arxiv: '2207.05221' },
	{ key: 'srivastava2022', short: 'Srivastava et al.', authors: 'Aarohi Srivastava, Abhinav Rastogi, et al. (BIG-bench collaboration)', title: 'Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models', year: 2022, venue: 'TMLR 2023', arxiv: '2206.04615' },
	{ key: 'hendrycks2021', short: 'Hendrycks et al.', authors: 'Dan Hendrycks, Collin Burns, Steven Basart, Andy Zou, Mantas Mazeika, Dawn Song, Jacob Steinhardt', title: 'Measuring Massive Multitask Language Understanding', year: 2021, venue: 'ICLR 2021', arxiv: '2009.03300' },
	// Models
	{ key: 'rae2021', short: 'Rae et al.', authors: 'Jack W. Rae, Sebastian Borgeaud, Trevor Cai, et al. (DeepMind)', title: 'Scaling Language Models: Methods, Analysis & Insights from Training Gopher', year: 2021, venue: 'arXiv preprint', arxiv: '2112.11446' },
	{ key: 'thoppilan2022', short: 'Thoppilan et al.', authors: 'Romal Thoppilan, Daniel De Freitas, Jamie Hall, et al. (Google)', title: 'LaMDA: Language Models for Dialog Applications', year: 2022, venue: 'arXiv preprint', arxiv: '2201.08239' },
	{ key: 'chowdhery2022', short: 'Chowdhery et al.', authors: 'Aakanksha Chowdhery, Sharan Narang, Jacob Devlin, et al. (Google)', title: 'PaLM: Scaling Language Modeling with Pathways', year: 2022, venue: 'JMLR 2023', arxiv: '2204.02311' },
	{ key: 'openai2023gpt4', short: 'OpenAI', authors: 'OpenAI', title: 'GPT-4 Technical Report', year: 2023, venue: 'arXiv preprint', arxiv: '2303.08774' },
	{ key: 'llama3', short: 'Llama Team', authors: 'Llama Team, AI @ Meta', title: 'The Llama 3 Herd of Models', year: 2024, venue: 'arXiv preprint', arxiv: '2407.21783' },
	{
		key: 'sardana2024',
		short: 'Sardana & Frankle',
		authors: 'Nikhil Sardana, Jonathan Frankle',
		title: 'Beyond Chinchilla-Optimal: Accounting for Inference in Language Model Scaling Laws',
		year: 2024,
		venue: 'arXiv preprint (v1, 31 Dec 2023; a later version at ICML 2024)',
		arxiv: '2401.00448',
	},
	{ key: 'llama31card', short: 'Meta', authors: 'Meta', title: 'Llama 3.1 model card (MODEL_CARD.md)', year: 2024, venue: 'meta-llama/llama-models on GitHub', url: 'https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md' },
	{ key: 'jiang2024', short: 'Jiang et al.', authors: 'Albert Q. Jiang, Alexandre Sablayrolles, Antoine Roux, et al. (Mistral AI)', title: 'Mixtral of Experts', year: 2024, venue: 'arXiv preprint', arxiv: '2401.04088' },
	// DeepSeek
	{ key: 'deepseekv2', short: 'DeepSeek-AI', authors: 'DeepSeek-AI', title: 'DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model', year: 2024, venue: 'arXiv preprint', arxiv: '2405.04434', note: { en: 'Page numbers cited in the course are those of the official PDF in DeepSeek’s GitHub repository.', 'zh-cn': '课程中引用的页码为 DeepSeek GitHub 仓库中官方 PDF 的页码。' } },
	{ key: 'deepseekv3', short: 'DeepSeek-AI', authors: 'DeepSeek-AI', title: 'DeepSeek-V3 Technical Report', year: 2024, venue: 'arXiv preprint', arxiv: '2412.19437', note: { en: 'Page numbers cited in the course are those of the official PDF in DeepSeek’s GitHub repository.', 'zh-cn': '课程中引用的页码为 DeepSeek GitHub 仓库中官方 PDF 的页码。' } },
	{ key: 'deepseekr1', short: 'DeepSeek-AI', authors: 'DeepSeek-AI', title: 'DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning', year: 2025, venue: 'arXiv preprint', arxiv: '2501.12948', note: { en: 'Page numbers cited in the course are those of the official PDF in DeepSeek’s GitHub repository.', 'zh-cn': '课程中引用的页码为 DeepSeek GitHub 仓库中官方 PDF 的页码。' } },
	{ key: 'deepseekr1nature', short: 'Guo et al.', authors: 'Daya Guo, Dejian Yang, Haowei Zhang, et al. (DeepSeek-AI)', title: 'DeepSeek-R1 incentivizes reasoning in LLMs through reinforcement learning', year: 2025, venue: 'Nature (published 17 September 2025)', access: 'secondary', note: { en: 'Cost figures from this version are quoted as reported in news coverage; we did not read the supplement.', 'zh-cn': '该版本中的成本数字引自新闻报道，我们未读到补充材料原文。' } },
	{ key: 'dai2024', short: 'Dai et al.', authors: 'Damai Dai, Chengqi Deng, Chenggang Zhao, et al. (DeepSeek-AI)', title: 'DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts Language Models', year: 2024, venue: 'arXiv preprint', arxiv: '2401.06066', access: 'secondary', note: { en: 'The compute comparison we quote is from secondary summaries of the paper.', 'zh-cn': '文中引用的算力对比来自对该论文的二手摘要。' } },
	// Architecture and training techniques
	{ key: 'vaswani2017', short: 'Vaswani et al.', authors: 'Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Aidan N. Gomez, Łukasz Kaiser, Illia Polosukhin', title: 'Attention Is All You Need', year: 2017, venue: 'NeurIPS 2017', arxiv: '1706.03762' },
	{ key: 'shazeer2017', short: 'Shazeer et al.', authors: 'Noam Shazeer, Azalia Mirhoseini, Krzysztof Maziarz, Andy Davis, Quoc Le, Geoffrey Hinton, Jeff Dean', title: 'Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer', year: 2017, venue: 'ICLR 2017', arxiv: '1701.06538' },
	{ key: 'fedus2022', short: 'Fedus et al.', authors: 'William Fedus, Barret Zoph, Noam Shazeer', title: 'Switch Transformers: Scaling to Trillion Parameter Models with Simple and Efficient Sparsity', year: 2022, venue: 'JMLR 23', arxiv: '2101.03961' },
	{ key: 'shazeer2019', short: 'Shazeer', authors: 'Noam Shazeer', title: 'Fast Transformer Decoding: One Write-Head is All You Need', year: 2019, venue: 'arXiv preprint', arxiv: '1911.02150' },
	{ key: 'ainslie2023', short: 'Ainslie et al.', authors: 'Joshua Ainslie, James Lee-Thorp, Michiel de Jong, Yury Zemlyanskiy, Federico Lebrón, Sumit Sanghai', title: 'GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints', year: 2023, venue: 'EMNLP 2023', arxiv: '2305.13245' },
	{ key: 'gloeckle2024', short: 'Gloeckle et al.', authors: 'Fabian Gloeckle, Badr Youbi Idrissi, Baptiste Rozière, David Lopez-Paz, Gabriel Synnaeve', title: 'Better & Faster Large Language Models via Multi-token Prediction', year: 2024, venue: 'ICML 2024', arxiv: '2404.19737' },
	{ key: 'wang2024auxfree', short: 'Wang et al.', authors: 'Lean Wang, Huazuo Gao, Chenggang Zhao, Xu Sun, Damai Dai', title: 'Auxiliary-Loss-Free Load Balancing Strategy for Mixture-of-Experts', year: 2024, venue: 'arXiv preprint', arxiv: '2408.15664' },
	{ key: 'micikevicius2022', short: 'Micikevicius et al.', authors: 'Paulius Micikevicius, Dusan Stosic, Neil Burgess, et al.', title: 'FP8 Formats for Deep Learning', year: 2022, venue: 'arXiv preprint', arxiv: '2209.05433' },
	// Data and compute
	{ key: 'villalobos2022', short: 'Villalobos et al.', authors: 'Pablo Villalobos, Jaime Sevilla, Lennart Heim, Tamay Besiroglu, Marius Hobbhahn, Anson Ho (Epoch AI)', title: 'Will we run out of data? An analysis of the limits of scaling datasets in Machine Learning (first version)', year: 2022, venue: 'arXiv preprint, v1 (October 2022)', arxiv: '2211.04325' },
	{ key: 'villalobos2024', short: 'Villalobos et al.', authors: 'Pablo Villalobos, Anson Ho, Jaime Sevilla, Tamay Besiroglu, Lennart Heim, Marius Hobbhahn (Epoch AI)', title: 'Will we run out of data? Limits of LLM scaling based on human-generated data', year: 2024, venue: 'ICML 2024 (position paper); arXiv v2', arxiv: '2211.04325' },
	{ key: 'epoch2024compute', short: 'Epoch AI', authors: 'Epoch AI', title: 'Data on Notable AI Models (training compute estimates)', year: 2024, venue: 'Epoch AI database', url: 'https://epoch.ai/data/notable-ai-models', access: 'secondary' },
	{ key: 'top500nov2024', short: 'TOP500', authors: 'TOP500 project', title: 'TOP500 list, November 2024', year: 2024, venue: 'top500.org', url: 'https://top500.org/lists/top500/2024/11/' },
	// The DeepSeek debate: views, news and history
	{ key: 'amodei2025', short: 'Amodei', authors: 'Dario Amodei', title: 'On DeepSeek and Export Controls', year: 2025, venue: 'Essay (January 2025)', url: 'https://darioamodei.com/on-deepseek-and-export-controls', access: 'secondary' },
	{ key: 'semianalysis2025', short: 'SemiAnalysis', authors: 'Dylan Patel et al. (SemiAnalysis)', title: 'DeepSeek Debates: Chinese Leadership On Cost, True Training Cost, Closed Model Margin Impacts', year: 2025, venue: 'SemiAnalysis newsletter (31 January 2025)', url: 'https://semianalysis.com/2025/01/31/deepseek-debates/', access: 'secondary' },
	{ key: 'reuters2025nvidia', short: 'Reuters', authors: 'Reuters', title: 'Report on Nvidia’s one-day fall in market value after the DeepSeek-R1 release (LSEG data: about US$593 billion)', year: 2025, venue: 'Reuters, 27 January 2025 (read in a syndicated copy)', access: 'secondary' },
	{ key: 'nadella2025', short: 'Nadella', authors: 'Satya Nadella', title: '“Jevons paradox strikes again!” (social-media post)', year: 2025, venue: 'X / LinkedIn, 26–27 January 2025, as quoted by Fortune and GeekWire', access: 'secondary' },
	{ key: 'jevons1865', short: 'Jevons', authors: 'William Stanley Jevons', title: 'The Coal Question', year: 1865, venue: 'Macmillan and Co., London', access: 'secondary', note: { en: 'Standard attribution; we did not check the original text.', 'zh-cn': '通行的出处；我们未核对原书。' } },
];
