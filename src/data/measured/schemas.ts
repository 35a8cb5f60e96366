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

export const ROW_SCHEMAS = {
	'chinchilla-fig4': z.object({ params_N: positive, flops_C: positive, loss_nats: positive }).strict(),
} as const satisfies Record<string, z.ZodType>;
