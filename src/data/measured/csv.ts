/**
 * Committed CSVs become typed rows here, validated by a Zod row schema: a malformed cell fails with
 * the file, row and column named, at build time and in tests (never a silent NaN in a figure).
 */
import { csvParse } from 'd3-dsv';
import type { z } from 'zod';

export function parseCsv<S extends z.ZodType>(text: string, schema: S, file: string): z.output<S>[] {
	return csvParse(text).map((row, i) => {
		const parsed = schema.safeParse(row);
		if (!parsed.success) {
			const issue = parsed.error.issues[0];
			throw new Error(`[course] src/data/measured/${file}, data row ${i + 1}, column ${String(issue?.path.join('.'))}: ${issue?.message}`);
		}
		return parsed.data;
	});
}

/** Header names of a CSV text (its first line). */
export function csvHeader(text: string): string[] {
	return csvParse(text.slice(0, text.indexOf('\n') + 1) + '\n').columns;
}
