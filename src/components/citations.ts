/**
 * Which pages cite which reference, for the bibliography's "Cited in" and the pages' reading
 * times: a page's own `<Cite>`s, the claim check and the glossary through their data files, and a
 * chapter through the figures it places (their sources, and the works their data tables name as
 * "Author Year", e.g. Wei et al.'s Table 1 naming "Rae et al. 2021").
 */
import type { CollectionEntry } from 'astro:content';
import { CLAIMS, GLOSSARY, REFERENCES } from '../data';
import { isFigureId } from '../figures/ids';
import { loadFigure } from '../figures/registry';
import { defaultState } from '../figures/state';
import { CHAPTER_SLUGS } from '../sidebar';

type Entry = CollectionEntry<'docs'>;

export const slugOf = (id: string) => id.replace(/^zh-cn\/?/, '');

async function keysCitedBy(entry: Entry): Promise<Set<string>> {
	const body = entry.body ?? '';
	const keys = new Set([...body.matchAll(/<Cite\s+k=["']([^"']+)["']/g)].map((m) => m[1] ?? ''));
	if (slugOf(entry.id) === 'claims') for (const c of CLAIMS) for (const s of c.sources) keys.add(s.k);
	if (slugOf(entry.id) === 'glossary') for (const t of GLOSSARY) for (const s of t.sources) keys.add(s.k);
	for (const [, id = ''] of body.matchAll(/<Figure\s+id=["']([^"']+)["']/g)) {
		if (!isFigureId(id)) continue;
		const def = await loadFigure(id);
		for (const s of def.sources) keys.add(s.k);
		const cells = def.data(defaultState(def)).rows.flatMap((r) => Object.values(r).filter((v): v is string => typeof v === 'string'));
		// A table quoting another paper's labels may add its own year letter ("Hendrycks et al. 2021a").
		for (const ref of REFERENCES) if (cells.some((c) => c.replace(/(\d{4})[a-z]$/, '$1') === `${ref.short} ${ref.year}`)) keys.add(ref.key);
	}
	return keys;
}

/** Reference key → the pages (of the given entries, one language) that cite it, in reading order. */
export async function citingPages(entries: readonly Entry[]): Promise<Map<string, Entry[]>> {
	const cited = await Promise.all(entries.map(async (e) => [e, await keysCitedBy(e)] as const));
	const order = (e: Entry) => CHAPTER_SLUGS.indexOf(slugOf(e.id));
	return new Map(
		REFERENCES.map((ref) => [
			ref.key,
			cited
				.filter(([, keys]) => keys.has(ref.key))
				.map(([e]) => e)
				.filter((e) => order(e) >= 0)
				.sort((a, b) => order(a) - order(b)),
		]),
	);
}
