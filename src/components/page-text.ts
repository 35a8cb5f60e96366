/**
 * The text a page renders, for its reading time: the MDX prose plus what its components print
 * from data files (the claim ledger, the glossary, the bibliography, the verdict key, figure
 * titles and captions). Counting the MDX source alone gave the claim check "1 min · 157 words".
 */
import { CLAIMS, GLOSSARY, REFERENCES } from '../data';
import type { Lang } from '../data/schema';
import { VERDICT_IDS, VERDICTS } from '../data/verdicts';
import { isFigureId } from '../figures/ids';
import { loadFigure } from '../figures/registry';

/** Text printed by a data-driven component, keyed by the component's name in MDX. */
const COMPONENT_TEXT: Record<string, (lang: Lang) => string> = {
	ClaimLedger: (lang) =>
		CLAIMS.map((c) => [c.location[lang], c.quote, lang === 'en' ? c.english : '', c.correction[lang]].join(' ')).join('\n'),
	GlossaryList: (lang) => GLOSSARY.map((t) => `${t.en} ${t.zh} ${t.definition[lang]}`).join('\n'),
	Bibliography: (lang) => REFERENCES.map((r) => [r.authors, r.title, r.venue ?? '', r.note?.[lang] ?? ''].join(' ')).join('\n'),
	VerdictKey: (lang) => VERDICT_IDS.map((v) => `${VERDICTS[v].label[lang]} ${VERDICTS[v].meaning[lang]}`).join('\n'),
};

/** The MDX body with each data-driven component and figure replaced by the text it renders. */
export async function renderedText(body: string, lang: Lang): Promise<string> {
	let text = body;
	for (const [name, render] of Object.entries(COMPONENT_TEXT)) {
		text = text.replace(new RegExp(`<${name}\\b[^>]*/>`, 'g'), () => `\n${render(lang)}\n`);
	}
	const figures = [...text.matchAll(/<Figure\s+id=["']([^"']+)["'][^>]*\/>/g)];
	for (const m of figures) {
		const id = m[1] ?? '';
		if (!isFigureId(id)) continue;
		const def = await loadFigure(id);
		text = text.replace(m[0], `\n${def.title[lang]}\n${def.caption[lang]}\n`);
	}
	return text;
}
