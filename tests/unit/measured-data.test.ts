/**
 * Every measured dataset is traceable: each CSV in src/data/measured/ has a provenance record, its
 * bytes match the recorded sha256, its rows match the recorded count and parse with the dataset's
 * row schema, its columns are the documented ones, and the paper it credits is in the bibliography.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHINCHILLA_RUNS } from '../../src/data/measured/chinchilla';
import { csvHeader, parseCsv } from '../../src/data/measured/csv';
import { ROW_SCHEMAS } from '../../src/data/measured/schemas';
import { SOURCES } from '../../src/data/measured/sources';
import { references } from '../../src/data/references';

const DIR = new URL('../../src/data/measured/', import.meta.url);
const csvFiles = readdirSync(DIR).filter((f) => f.endsWith('.csv'));

describe('measured datasets', () => {
	test('every committed CSV has exactly one provenance record, and every record a CSV', () => {
		expect(csvFiles.length).toBeGreaterThan(0);
		expect(SOURCES.map((s) => s.file).sort()).toEqual([...csvFiles].sort());
		expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
	});

	for (const source of SOURCES) {
		describe(source.id, () => {
			const bytes = readFileSync(new URL(source.file, DIR));
			const text = bytes.toString('utf8');

			test('its bytes match the recorded sha256', () => {
				expect(createHash('sha256').update(bytes).digest('hex')).toBe(source.sha256);
			});

			test('its columns are the documented ones, in order', () => {
				expect(csvHeader(text)).toEqual(source.columns.map((c) => c.key));
			});

			test('every row parses with its schema, and the row count is the recorded one', () => {
				const schema = ROW_SCHEMAS[source.id as keyof typeof ROW_SCHEMAS];
				expect(schema, `add a row schema for ${source.id} to src/data/measured/schemas.ts`).toBeDefined();
				expect(parseCsv(text, schema, source.file)).toHaveLength(source.rows);
			});

			test('it credits a paper in the bibliography and names its regeneration script', () => {
				expect(references.map((r) => r.key)).toContain(source.paper);
				const script = source.regenerate.split(' ')[1] ?? '';
				expect(existsSync(new URL(`../../${script}`, import.meta.url)), script).toBe(true);
			});
		});
	}

	test('a malformed cell fails with the file, row and column named', () => {
		const bad = 'params_N,flops_C,loss_nats\n1e9,1e20,2.5\n1e9,abc,2.5\n';
		expect(() => parseCsv(bad, ROW_SCHEMAS['chinchilla-fig4'], 'x.csv')).toThrow(/x\.csv, data row 2, column flops_C/);
	});
});

describe('the Chinchilla Figure 4 extraction', () => {
	test('has the 245 points of the replication, with tokens derived as C / 6N', () => {
		expect(CHINCHILLA_RUNS).toHaveLength(245);
		for (const run of CHINCHILLA_RUNS) expect(Math.abs((6 * run.n * run.d) / run.c - 1)).toBeLessThan(1e-12);
		// The first and last rows of the replication notebook's table (data_analysis.ipynb, cell 4).
		expect(CHINCHILLA_RUNS[0]?.d).toBeCloseTo(2.45106e8, -3);
		expect(CHINCHILLA_RUNS[244]?.d).toBeCloseTo(3.177545e11, -6);
	});

	test('lies within the ranges Hoffmann et al. trained: about 70M to 16B parameters (the smallest point reads 57M)', () => {
		const n = CHINCHILLA_RUNS.map((r) => r.n);
		const loss = CHINCHILLA_RUNS.map((r) => r.loss);
		expect(Math.min(...n)).toBeCloseTo(5.73e7, -5);
		expect(Math.max(...n)).toBeCloseTo(1.618e10, -7);
		expect(Math.min(...loss)).toBeCloseTo(2.077, 3);
		expect(Math.max(...loss)).toBeCloseTo(5.006, 3);
	});
});
