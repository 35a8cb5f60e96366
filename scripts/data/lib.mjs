/**
 * Shared steps of the dataset scripts in this folder. Each script turns one pinned upstream file
 * into one small CSV in `src/data/measured/`, and refuses to run when the upstream bytes are not
 * the ones recorded in `src/data/measured/sources.json` (so a regenerated CSV is the committed one).
 *
 * Upstream repositories are read from a local git clone (bare or not), e.g.
 *   git clone https://github.com/epoch-research/analyzing-chinchilla /tmp/analyzing-chinchilla
 *   node scripts/data/chinchilla-fig4.mjs /tmp/analyzing-chinchilla
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MEASURED = `${ROOT}src/data/measured/`;

export const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/** The provenance record of one dataset (`sources.json`). */
export function source(id) {
	const all = JSON.parse(readFileSync(`${MEASURED}sources.json`, 'utf8'));
	const record = all.find((s) => s.id === id);
	if (!record) throw new Error(`no dataset "${id}" in src/data/measured/sources.json`);
	return record;
}

/** The bytes of `path` at the pinned commit of a local clone, checked against the recorded hash. */
export function readUpstream(cloneDir, { commit, path, sha256: expected }) {
	if (!cloneDir) throw new Error('usage: node scripts/data/<dataset>.mjs <path to a git clone of the upstream repository>');
	const bytes = execFileSync('git', ['-C', cloneDir, 'show', `${commit}:${path}`], { maxBuffer: 1 << 30 });
	const actual = sha256(bytes);
	if (expected && actual !== expected) throw new Error(`${path} at ${commit}: sha256 ${actual}, expected ${expected}`);
	return bytes;
}

/** Write rows (arrays of strings) as CSV with a header; fields are quoted only when needed. */
export function writeCsv(file, header, rows) {
	const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
	const text = `${[header, ...rows].map((r) => r.map((v) => quote(String(v))).join(',')).join('\n')}\n`;
	writeFileSync(`${MEASURED}${file}`, text);
	console.log(`wrote src/data/measured/${file}: ${rows.length} rows, sha256 ${sha256(text)}`);
	return text;
}

/** Parse a simple CSV (RFC 4180 quoting) into an array of objects keyed by the header. */
export { csvParse } from 'd3-dsv';
