/**
 * The row schema of every committed CSV, by dataset id. Kept apart from the datasets themselves so
 * that tests can check every file without pulling every CSV into one module.
 */
import { z } from 'zod';

/** A number written in a CSV cell: finite, decimal or exponent notation. */
export const num = z
	.string()
	.regex(/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i, 'a decimal number')
	.transform(Number)
	.pipe(z.number().finite());
export const positive = num.pipe(z.number().positive());
/** A number ≥ 0 (scores, standard errors). */
export const nonNegative = num.pipe(z.number().nonnegative());
/** A share in [0, 1] (accuracy, exact match). */
export const fraction = num.pipe(z.number().min(0).max(1));
/** A cell that may be empty (upstream has no value): `undefined`, else the inner schema's value. */
export const orEmpty = <S extends z.ZodType<unknown, string>>(inner: S) => z.literal('').transform(() => undefined).or(inner);
/** A 0/1 flag. */
export const flag = z.enum(['0', '1']).transform((v) => v === '1');
/** A whole number written without exponent (steps, token counts, FLOP as exact integers). */
export const integer = z
	.string()
	.regex(/^\d+$/, 'a whole number')
	.transform(Number)
	.pipe(z.number().nonnegative());
const text = z.string().min(1);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a YYYY-MM-DD date');

const PORIAN_CONFIG = z.enum(['rw-kaplan', 'rw-head', 'rw-warmup', 'rw-cosine', 'rw-tuned', 'owt2-kaplan', 'owt2-head', 'owt2-warmup', 'owt2-cosine', 'owt2-tuned', 'rw-kaplan-adjusted']);
const PYTHIA_TASKS = ['lambada_openai', 'piqa', 'arc_easy', 'arc_challenge', 'sciq', 'winogrande', 'logiqa'] as const;
const pythiaRow = z
	.object({
		model: z.enum(['pythia-70m', 'pythia-160m', 'pythia-410m', 'pythia-1b', 'pythia-1.4b', 'pythia-2.8b', 'pythia-6.9b', 'pythia-12b']),
		step: integer,
		...Object.fromEntries(PYTHIA_TASKS.flatMap((t) => [[`${t}_acc`, fraction] as const, [`${t}_acc_stderr`, nonNegative] as const])),
	})
	.strict();

export const ROW_SCHEMAS = {
	'chinchilla-fig4': z.object({ params_N: positive, flops_C: positive, loss_nats: positive }).strict(),
	'porian-isoflop': z.object({ config: PORIAN_CONFIG, budget_C: positive, params_N: positive, tokens_D: positive, loss: positive, in_fit: flag }).strict(),
	'porian-optima': z.object({ config: PORIAN_CONFIG, budget_C: positive, params_N_opt: positive, log_N_opt_sd: positive }).strict(),
	'porian-configs': z
		.object({
			config: PORIAN_CONFIG,
			dataset: z.enum(['rw', 'owt2']),
			hparams: z.enum(['base', 'tuned']),
			warmup: z.enum(['long', 'short']),
			decay: z.enum(['kaplan', 'chinchilla', 'const']),
			param_count: z.enum(['kaplan', 'standard']),
			loss: z.enum(['train', 'val']),
			a: positive,
			a_lo: positive,
			a_hi: positive,
			a_r2: fraction,
			budgets_in_fit: integer,
		})
		.strict(),
	'olmo-ladder': z
		.object({
			size: z.enum(['190M', '370M', '760M', '1.3B', '7B-4T', '13B-5T']),
			role: z.enum(['ladder', 'target']),
			multiple: orEmpty(positive),
			step: orEmpty(integer),
			final: flag,
			params_N: integer,
			tokens_D: integer,
			flops_C: integer,
			loss_c4: positive,
		})
		.strict(),
	'obsscaling-emergent': z
		.object({
			model: text,
			family: text,
			params_B: positive,
			tokens_T: orEmpty(positive),
			flops_1e21: orEmpty(positive),
			ipa_exact_match: orEmpty(fraction),
			ipa_bleu: orEmpty(num.pipe(z.number().min(0).max(100))),
			word_unscrambling_exact_match: orEmpty(fraction),
			persian_qa_acc: orEmpty(fraction),
			arithmetic_3ds_acc: orEmpty(fraction),
			arithmetic_3da_acc: orEmpty(fraction),
			arithmetic_2dm_acc: orEmpty(fraction),
			arithmetic_2da_acc: orEmpty(fraction),
			mmlu: fraction,
			arc_c: orEmpty(fraction),
			hellaswag: fraction,
			winograd: fraction,
			truthfulqa: fraction,
			gsm8k: fraction,
			xwinograd: orEmpty(fraction),
			humaneval: orEmpty(fraction),
		})
		.strict(),
	'pythia-evals-0shot': pythiaRow,
	'pythia-evals-5shot': pythiaRow,
	'epoch-compute': z
		.object({
			model: text,
			date,
			/** Empty for one system upstream. */
			domain: z.string(),
			compute_flop: positive,
			compute_confidence: z.enum(['Confident', 'Likely', 'Speculative', 'Unknown']),
			compute_method: z.string(),
			compute_lower: orEmpty(positive),
			compute_upper: orEmpty(positive),
			notable: flag,
			language: flag,
		})
		.strict(),
	'epoch-systems': z
		.object({
			model: text,
			organization: z.string(),
			params: orEmpty(positive),
			dataset_size: orEmpty(nonNegative),
			epochs: orEmpty(positive),
			finetune: flag,
			dataset_unit: z.enum(['', 'tokens', 'words', 'both']),
		})
		.strict(),
} as const satisfies Record<string, z.ZodType>;

/** A dataset id: the name of its CSV in this folder, without `.csv`. */
export type DatasetId = keyof typeof ROW_SCHEMAS;
/** The rows of a dataset as its schema outputs them (what `import rows from './<id>.csv?rows'` gives). */
export type Rows<K extends DatasetId> = z.output<(typeof ROW_SCHEMAS)[K]>[];
