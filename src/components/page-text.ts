/**
 * The text a page renders, for its reading time: the MDX prose plus what its components print
 * from data files (the claim ledger, the glossary, the bibliography, the verdict key, figure
 * titles and captions). Counting the MDX source alone gave the claim check "1 min · 157 words".
 */
import type { CollectionEntry } from 'astro:content';
import { CLAIMS, citedYear, GLOSSARY, REASONING_CLAIMS, REFERENCES, shortAuthors } from '../data';
import { SOURCES, sourceOf } from '../data/measured/sources';
import type { Lang } from '../data/schema';
import { VERDICT_IDS, VERDICTS } from '../data/verdicts';
import { isFigureId } from '../figures/ids';
import { loadFigure } from '../figures/registry';
import { formatLocator } from '../i18n/locator';
import { ui } from '../i18n/ui';
import { citingPages, slugOf } from './citations';
import { plainText } from './rich-text';

type Entry = CollectionEntry<'docs'>;

/** A section's title as its heading reads (markup and the id comment removed), or null. */
export function sectionTitle(entry: Entry | undefined, id: string): string | null {
	const heading = new RegExp(`^#{2,3} (.*?)\\s*\\{/\\*\\s*#${id}\\s*\\*/\\}\\s*$`, 'm').exec(entry?.body ?? '')?.[1];
	return heading ? heading.replace(/\*\*|`/g, '').replace(/\$([^$]+)\$/g, '$1') : null;
}

/** A citation as printed: "Kaplan et al. 2020 §1.2" (punctuation does not count). */
const citeText = (k: string, at: string | undefined, lang: Lang) =>
	`${shortAuthors(REFERENCES.find((r) => r.key === k)?.short ?? '', lang)} ${citedYear(k)} ${at ? formatLocator(at, lang) : ''}`;

/**
 * What both claim ledgers print after the claim itself (ClaimEntry.astro): the verdict's heading,
 * the correction, the sources and the section that explains it.
 */
function claimRuling(c: (typeof CLAIMS)[number] | (typeof REASONING_CLAIMS)[number], lang: Lang, entries: readonly Entry[]): string[] {
	const [, chapter = '', hash = ''] = /^\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(c.explainedIn) ?? [];
	const target = entries.find((e) => slugOf(e.id) === chapter);
	return [
		VERDICTS[c.verdict].heading[lang],
		plainText(c.correction[lang]),
		ui(lang, 'claimSources'),
		...c.sources.map((s) => citeText(s.k, s.at, lang)),
		ui(lang, 'claimExplained'),
		target?.data.title ?? '',
		sectionTitle(target, hash) ?? '',
	];
}

/** Text printed by a data-driven component, keyed by the component's name in MDX. */
const COMPONENT_TEXT: Record<string, (lang: Lang, entries: readonly Entry[]) => Promise<string> | string> = {
	ClaimLedger: (lang, entries) =>
		CLAIMS.map((c) =>
			[VERDICTS[c.verdict].label[lang], c.location[lang], c.quote, lang === 'en' ? plainText(c.english) : '', ...claimRuling(c, lang, entries)].join(' '),
		).join('\n'),
	GlossaryList: (lang) => GLOSSARY.map((t) => [t.en, t.zh, plainText(t.definition[lang]), ...t.sources.map((s) => citeText(s.k, s.at, lang))].join(' ')).join('\n'),
	Bibliography: async (lang, entries) => {
		const citing = await citingPages(entries);
		return REFERENCES.map((r) => {
			const pages = citing.get(r.key) ?? [];
			const cited = pages.length > 0 ? `${ui(lang, 'citedIn')} ${pages.map((e) => e.data.title).join(' ')}` : ui(lang, 'notCited');
			return [r.authors, citedYear(r.key), r.title, r.venue ?? '', r.arxiv ? `arXiv:${r.arxiv}` : (r.url ?? ''), r.note?.[lang] ?? '', cited].join(' ');
		}).join('\n');
	},
	ReasoningClaimLedger: (lang, entries) =>
		REASONING_CLAIMS.map((c) => [VERDICTS[c.verdict].label[lang], ui(lang, 'claimPopular'), c.claim[lang], ...claimRuling(c, lang, entries)].join(' ')).join('\n'),
	VerdictKey: (lang) => VERDICT_IDS.map((v) => `${VERDICTS[v].label[lang]} ${VERDICTS[v].meaning[lang]}`).join('\n'),
	DatasetList: (lang) => {
		const groups = new Map<string, typeof SOURCES[number][]>();
		for (const s of SOURCES) groups.set(s.credit.en, [...(groups.get(s.credit.en) ?? []), s]);
		return [...groups.values()]
			.map((sources) => {
				const first = sources[0];
				if (!first) return '';
				return [first.credit[lang], ...sources.map((s) => s.title[lang]), first.licence.name?.[lang] ?? first.licence.spdx ?? '', first.licence.note?.[lang] ?? ''].join(' ');
			})
			.join('\n');
	},
};

/**
 * The MDX body with each data-driven component and figure replaced by the text it renders.
 * `entries` are the pages of the same language (for titles the components print).
 */
export async function renderedText(body: string, lang: Lang, entries: readonly Entry[]): Promise<string> {
	let text = body;
	for (const [name, render] of Object.entries(COMPONENT_TEXT)) {
		if (!new RegExp(`<${name}\\b`).test(text)) continue;
		const rendered = await render(lang, entries);
		text = text.replace(new RegExp(`<${name}\\b[^>]*/>`, 'g'), () => `\n${rendered}\n`);
	}
	for (const m of [...text.matchAll(/<Figure\s+id=["']([^"']+)["'][^>]*\/>/g)]) {
		const id = m[1] ?? '';
		if (!isFigureId(id)) continue;
		const def = await loadFigure(id);
		const credits = [...new Set((def.datasets ?? []).map((d) => sourceOf(d).credit[lang]))];
		text = text.replace(m[0], `\n${def.title[lang]}\n${def.caption[lang]}\n${credits.join('\n')}\n`);
	}
	return text;
}
