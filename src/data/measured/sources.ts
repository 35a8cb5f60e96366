/**
 * Provenance of every measured dataset the course draws (`sources.json`, one record per CSV in this
 * folder). The JSON is read by the regeneration scripts in `scripts/data/` too, so it stays JSON;
 * this module is its schema and typed view. `tests/unit/measured-data.test.ts` checks each CSV
 * against its record: schema, row count and sha256.
 */
import { z } from 'zod';
import { localized } from '../schema';
import sourcesJson from './sources.json';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a lowercase hex sha256');

/** One upstream file (or folder of files) at a pinned commit. */
const upstreamSchema = z
	.object({
		/** `owner/name` on GitHub. */
		repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/),
		/** The full 40-digit commit the file was read at. */
		commit: z.string().regex(/^[0-9a-f]{40}$/),
		/** Path inside the repository: one file, or a folder when `files` lists what was read in it. */
		path: z.string().min(1),
		/** sha256 of the upstream file (when `path` is a file). */
		sha256: sha256.optional(),
		/** For a folder: every file read (path relative to `path`), with its sha256. */
		files: z.array(z.object({ path: z.string().min(1), sha256 }).strict()).optional(),
	})
	.strict()
	.refine((u) => Boolean(u.sha256) !== Boolean(u.files?.length), { message: 'give either sha256 (one file) or files (a folder)' });

export const datasetSourceSchema = z
	.object({
		/** Stable id, also the CSV's base name. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
		file: z.string().regex(/^[a-z0-9-]+\.csv$/),
		title: localized,
		upstream: z.array(upstreamSchema).min(1).or(upstreamSchema),
		licence: z
			.object({
				/** SPDX id of the licence that covers the data, or null when the upstream states none. */
				spdx: z.string().min(1).nullable(),
				/** How to name the licence when it has no SPDX id (e.g. a licence stated on a web page without a version). */
				name: localized.optional(),
				/** Where the licence is stated (a file in the repository or a page), when there is one. */
				url: z.url().optional(),
				note: localized.optional(),
			})
			.strict(),
		/** Bibliography key of the paper to cite (must exist in `src/data/references.ts`). */
		paper: z.string().min(1),
		/** The credit line shown beside every figure that draws this dataset. */
		credit: localized,
		/** The exact command that rebuilds the CSV from the upstream file(s); one script may write several CSVs. */
		regenerate: z.string().startsWith('node scripts/data/').or(z.string().startsWith('python3 scripts/data/')),
		/** What the course derives from the data, or filters out of it, and how. */
		derived: localized.optional(),
		columns: z.array(z.object({ key: z.string().regex(/^[a-z][a-z0-9_]*$/i), unit: z.string().min(1), description: z.string().min(1) }).strict()).min(1),
		rows: z.number().int().positive(),
		/** sha256 of the committed CSV. */
		sha256,
	})
	.strict();
export type DatasetSource = z.output<typeof datasetSourceSchema>;

export const SOURCES: readonly DatasetSource[] = z.array(datasetSourceSchema).parse(sourcesJson);

export function sourceOf(id: string): DatasetSource {
	const source = SOURCES.find((s) => s.id === id);
	if (!source) throw new Error(`[course] no measured dataset "${id}" in src/data/measured/sources.json`);
	return source;
}
