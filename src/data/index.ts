/**
 * The course's data, parsed once with its schemas: a malformed entry fails the build (and the
 * unit tests) with the entry named, instead of rendering a half-empty page.
 */
import { z } from 'zod';
import { claims as claimInputs } from './claims';
import { reasoningClaims as reasoningClaimInputs } from './claims-reasoning';
import { glossary as glossaryInputs } from './glossary';
import { references as referenceInputs } from './references';
import { claimSchema, glossaryTermSchema, type Lang, reasoningClaimSchema, referenceSchema } from './schema';

function parseAll<T extends z.ZodType>(schema: T, items: unknown[], what: string, keyOf: (item: unknown) => string): z.output<T>[] {
	const seen = new Set<string>();
	return items.map((item, i) => {
		const result = schema.safeParse(item);
		const key = keyOf(item) || `#${i}`;
		if (!result.success) throw new Error(`[course] src/data: ${what} "${key}": ${z.prettifyError(result.error)}`);
		if (seen.has(key)) throw new Error(`[course] src/data: duplicate ${what} "${key}"`);
		seen.add(key);
		return result.data;
	});
}

const field = (name: string) => (item: unknown) => String((item as Record<string, unknown>)?.[name] ?? '');

export const REFERENCES = parseAll(referenceSchema, referenceInputs, 'reference', field('key'));
export const CLAIMS = parseAll(claimSchema, claimInputs, 'claim', field('slug'));
export const GLOSSARY = parseAll(glossaryTermSchema, glossaryInputs, 'glossary term', field('id'));
export const REASONING_CLAIMS = parseAll(reasoningClaimSchema, reasoningClaimInputs, 'reasoning claim', field('slug'));

// Both ledgers anchor their entries as `#claim-<slug>` on the same page: a shared slug would give
// two elements one id, so it fails the build.
for (const c of REASONING_CLAIMS) {
	if (CLAIMS.some((s) => s.slug === c.slug)) throw new Error(`[course] src/data: claim slug "${c.slug}" is used in both claims.ts and claims-reasoning.ts`);
}

export const REFERENCE_BY_KEY = new Map(REFERENCES.map((r) => [r.key, r]));

/** "Kaplan et al." → "Kaplan 等" on Chinese pages. */
export function shortAuthors(short: string, lang: Lang): string {
	return lang === 'zh-cn' ? short.replace(/ et al\.$/, ' 等') : short;
}

/**
 * The year as cited: "2022a", "2022b", … when one author label has several works in a year
 * (Wei et al. 2022 has three), in the order of the bibliography file; otherwise just the year.
 */
export function citedYear(key: string): string {
	const ref = REFERENCE_BY_KEY.get(key);
	if (!ref) return '';
	const same = REFERENCES.filter((r) => r.short === ref.short && r.year === ref.year);
	return same.length > 1 ? `${ref.year}${String.fromCharCode(97 + same.indexOf(ref))}` : String(ref.year);
}

/** A `zhAvoid` entry as a pattern: `/…/` is a regular expression, anything else a literal string. */
export function avoidPattern(variant: string): RegExp {
	const regex = /^\/(.+)\/$/.exec(variant);
	return new RegExp(regex ? (regex[1] ?? '') : variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
}
