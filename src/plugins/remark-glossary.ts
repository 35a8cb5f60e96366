/**
 * Links the first use of each glossary term in a chapter to its glossary entry, in the page's
 * language, with the one-line definition as a tooltip. Terms are matched by their names in the
 * glossary data (one source for both languages), so authors never link terms by hand and a
 * chapter can't drift from the glossary's wording.
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { plainText } from '../components/rich-text';
import { glossary } from '../data/glossary';
import type { Lang } from '../data/schema';
import { localizeCoursePath } from './remark-course-links';
import { sourceFile } from './source-file';

/** Pages that are about the glossary or bibliography themselves, or too short to need links. */
const SKIPPED_SLUGS = new Set(['index', 'glossary', 'references', 'claims']);
/** Node types whose text must not be linked (headings keep their own anchor links). */
const SKIPPED_PARENTS = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'inlineMath', 'math']);

interface Matcher {
	id: string;
	definition: string;
	pattern: RegExp;
}

/**
 * Every name of every glossary term in a language, as global patterns (for "inside a longer term"
 * checks), plus the phrases a term declares it is not part of (`enNotIn`: "Epoch AI" is not an epoch).
 */
function allForms(lang: Lang): RegExp[] {
	const names = termMatchers(lang).map((m) => new RegExp(m.pattern.source, `${m.pattern.flags}g`));
	const notTerms = lang === 'en' ? glossary.flatMap((t) => t.enNotIn ?? []).map((p) => new RegExp(`(?<![\\w-])${escapeRegExp(p)}(?![\\w-])`, 'gi')) : [];
	return [...names, ...notTerms];
}

/** Spans of `text` covered by any glossary term's name. */
function termSpans(text: string, forms: RegExp[]): [number, number][] {
	const spans: [number, number][] = [];
	for (const form of forms) {
		form.lastIndex = 0;
		for (const m of text.matchAll(form)) spans.push([m.index, m.index + m[0].length]);
	}
	return spans;
}

/**
 * The first occurrence of a term that is not part of a longer term's name: on a Chinese page
 * 可约损失 (reducible loss) must not be found inside 不可约损失 (irreducible loss).
 */
function firstStandalone(text: string, matcher: Matcher, spans: [number, number][]): { index: number; text: string } | null {
	const pattern = new RegExp(matcher.pattern.source, `${matcher.pattern.flags.replace('g', '')}g`);
	for (const m of text.matchAll(pattern)) {
		const start = m.index;
		const end = start + m[0].length;
		const inside = spans.some(([s, e]) => s <= start && e >= end && e - s > end - start);
		if (!inside) return { index: start, text: m[0] };
	}
	return null;
}

/** Build one regular expression per term; English forms match whole words, case-insensitively. */
export function termMatchers(lang: Lang): Matcher[] {
	return glossary.map((term) => {
		const forms = lang === 'en' ? [term.en, ...(term.enAlso ?? [])] : [term.zh, ...(term.zhAlso ?? [])];
		const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length).map(escapeRegExp);
		const source = sorted.map((f) => (/^[\x00-\x7F]+$/.test(f.replace(/\\/g, '')) ? `(?<![\\w-])${f}(?![\\w-])` : f)).join('|');
		return {
			id: term.id,
			definition: plainText(term.definition[lang]),
			pattern: new RegExp(source, lang === 'en' ? 'i' : ''),
		};
	});
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function remarkGlossary(options: { base: string }) {
	return (tree: Root, vfile: VFile) => {
		const file = sourceFile(vfile);
		if (!file.isChapter || SKIPPED_SLUGS.has(file.slug)) return;
		const pending = termMatchers(file.lang);
		const forms = allForms(file.lang);
		visit(tree, (node, index, parent) => {
			if (SKIPPED_PARENTS.has(node.type)) return SKIP;
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
				// Citations and figures render their own text; don't reach into them.
				const name = (node as { name?: string | null }).name;
				if (name === 'Cite' || name === 'Figure') return SKIP;
			}
			if (node.type !== 'text' || !parent || index === undefined || pending.length === 0) return;
			const replacement = linkFirstUses(node as Text, pending, forms, file.lang, options.base);
			if (!replacement) return;
			(parent as Parent).children.splice(index, 1, ...replacement);
			return [SKIP, index + replacement.length];
		});
	};
}

/** Split a text node around the earliest pending term it contains; `null` when none occurs. */
function linkFirstUses(node: Text, pending: Matcher[], forms: RegExp[], lang: Lang, base: string): PhrasingContent[] | null {
	let best: { matcher: Matcher; index: number; text: string } | null = null;
	const spans = termSpans(node.value, forms);
	for (const matcher of pending) {
		const m = firstStandalone(node.value, matcher, spans);
		if (m && (!best || m.index < best.index)) best = { matcher, ...m };
	}
	if (!best) return null;
	pending.splice(pending.indexOf(best.matcher), 1);
	const before = node.value.slice(0, best.index);
	const after = node.value.slice(best.index + best.text.length);
	const link: PhrasingContent = {
		type: 'link',
		url: localizeCoursePath(`/glossary/#term-${best.matcher.id}`, lang, base),
		title: best.matcher.definition,
		children: [{ type: 'text', value: best.text }],
		data: { hProperties: { className: ['term-link'] } },
	};
	const out: PhrasingContent[] = [];
	if (before) out.push({ type: 'text', value: before });
	out.push(link);
	if (after) {
		// Later terms may occur in the rest of this text node too.
		const rest: Text = { type: 'text', value: after };
		out.push(...(linkFirstUses(rest, pending, forms, lang, base) ?? [rest]));
	}
	return out;
}
