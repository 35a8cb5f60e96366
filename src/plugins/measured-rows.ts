/**
 * `import rows from './epoch-compute.csv?rows'`: a committed CSV as the rows its Zod schema outputs
 * (src/data/measured/schemas.ts), parsed and validated here, once, at build time. A malformed cell
 * fails the build with the file, row and column named (parseCsv's message). The module that reaches
 * the browser is the validated rows as JSON, so a figure on measured data ships neither Zod nor a
 * CSV parser, and does not re-check 988 rows on a reader's phone: measured at 4× CPU, that check was
 * about a fifth of the compute-trend figure's first redraw. `tests/unit/measured-data.test.ts`
 * checks every file against the same schemas, and that these modules give exactly what parseCsv does.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { parseCsv } from '../data/measured/csv';
import { ROW_SCHEMAS, type DatasetId } from '../data/measured/schemas';

export const ROWS_QUERY = '?rows';

/** The module text for one CSV: its validated rows, parsed by the browser with JSON.parse (faster than an object literal). */
export function rowsModule(file: string, text: string): string {
	const id = path.basename(file, '.csv');
	if (!(id in ROW_SCHEMAS)) throw new Error(`[course] ${file}: no row schema named "${id}" in src/data/measured/schemas.ts`);
	const rows = parseCsv(text, ROW_SCHEMAS[id as DatasetId], path.basename(file));
	return `export default JSON.parse(${JSON.stringify(JSON.stringify(rows))});\n`;
}

export function measuredRows(): Plugin {
	return {
		name: 'course-measured-rows',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!source.endsWith(`.csv${ROWS_QUERY}`)) return null;
			// The importer may carry a query of its own (`epoch.ts?zh-tw`): resolve from its file.
			const file = await this.resolve(source.slice(0, -ROWS_QUERY.length), importer?.replace(/\?.*$/, ''), { ...options, skipSelf: true });
			return file && !file.external ? file.id + ROWS_QUERY : null;
		},
		load(id) {
			if (!id.endsWith(`.csv${ROWS_QUERY}`)) return null;
			const file = id.slice(0, -ROWS_QUERY.length);
			this.addWatchFile(file);
			return rowsModule(file, fs.readFileSync(file, 'utf8'));
		},
	};
}
