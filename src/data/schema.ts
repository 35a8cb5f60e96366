/**
 * Zod schemas for the course's data files. The schemas are the source of truth:
 * the types below are inferred from them, and `tests/unit/data.test.ts` parses
 * every data file with them, so a malformed entry fails the tests with its path.
 */
import { z } from 'zod';

/** The two languages of the course. `en` is the root locale, `zh-cn` lives under `/zh-cn/`. */
export const LANGS = ['en', 'zh-cn'] as const;
export type Lang = (typeof LANGS)[number];

/** A string in both languages. */
export const localized = z.object({ en: z.string().min(1), 'zh-cn': z.string().min(1) }).strict();
export type Localized = z.infer<typeof localized>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase ascii words joined by hyphens');

/** A bibliography entry. The key is what chapters cite with `<Cite k="…">`. */
export const referenceSchema = z
	.object({
		key: z.string().regex(/^[a-z][a-z0-9]*$/),
		authors: z.string().min(1),
		title: z.string().min(1),
		year: z.number().int().min(1800).max(2100),
		venue: z.string().min(1).optional(),
		arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/).optional(),
		url: z.url().optional(),
		/** Short author label used in inline citations, e.g. "Kaplan et al." */
		short: z.string().min(1),
		/** How we could read it; `secondary` means only reports of it were seen (facts.md [S]). */
		access: z.enum(['primary', 'secondary']).default('primary'),
		note: localized.optional(),
	})
	.strict()
	.refine((r) => r.arxiv || r.url || r.venue, { message: 'a reference needs an arXiv id, a URL or a venue' });
export type Reference = z.output<typeof referenceSchema>;

/** A citation of one source: its key and where in it (section, table, page). */
export const citationSchema = z.object({ k: z.string(), at: z.string().optional() }).strict();

/** One factual claim of the two source articles, with our verdict. */
export const claimSchema = z
	.object({
		slug,
		/** Which seed article: `000` (shared/seeds/000_….txt) or `001`. */
		seed: z.enum(['000', '001']),
		/** Where in the article, in words (section heading or table). */
		location: localized,
		/** The claim quoted verbatim in its original language (Chinese, as printed). */
		quote: z.string().min(1),
		/** A short English rendering of the quote (text with **bold** and maths `$…$`, as in chapters). */
		english: z.string().min(1),
		/**
		 * Where the source page's own text garbles a formula (a web page's maths pasted as text), the
		 * formula it meant, in TeX: shown typeset beside the verbatim quote.
		 */
		intended: z.string().min(1).optional(),
		verdict: z.enum(['correct', 'misleading', 'wrong', 'unsourced']),
		/** What is right, in each language: text with **bold** and inline maths `$…$`, as in chapters. */
		correction: localized,
		sources: z.array(citationSchema).min(1),
		/** The chapter section that explains it: `/<chapter>/#<section-id>`. */
		explainedIn: z.string().regex(/^\/[a-z0-9-]+\/#[a-z0-9-]+$/),
	})
	.strict();
export type Claim = z.output<typeof claimSchema>;

/** One glossary term. Both names are required; `zhAvoid` lists translations Chinese pages must not use. */
export const glossaryTermSchema = z
	.object({
		id: slug,
		en: z.string().min(1),
		/** The one accepted Simplified Chinese name. */
		zh: z.string().min(1),
		/** Other English spellings that count as a use of the term (e.g. plural, abbreviation). */
		enAlso: z.array(z.string().min(1)).default([]),
		/** Other forms that count as a use on Chinese pages (e.g. an English abbreviation such as "MoE"). */
		zhAlso: z.array(z.string().min(1)).default([]),
		/**
		 * Chinese renderings that are NOT accepted: a test fails when any Chinese page or figure uses
		 * one. An entry written `/…/` is a regular expression (e.g. “5 样本” for “5-shot”).
		 */
		zhAvoid: z.array(z.string().min(1)).default([]),
		definition: localized,
		/** English phrases in which a form of the term is not the term ("Epoch AI" for epoch): never linked. */
		enNotIn: z.array(z.string().min(1)).default([]),
		/** Where a definition's numbers come from: shown as citations after it, like a chapter's. */
		sources: z.array(citationSchema).default([]),
	})
	.strict();
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;

/**
 * One popular claim about reasoning models (the claim check's second part, facts.md G-E). Not a
 * quotation from the seed articles: the claim as it commonly circulates, in both languages.
 */
export const reasoningClaimSchema = z
	.object({
		slug,
		/** The claim as commonly phrased (plain text). */
		claim: localized,
		// Verdict, correction, sources and explaining section exactly as in the seed ledger.
		...claimSchema.pick({ verdict: true, correction: true, sources: true, explainedIn: true }).shape,
	})
	.strict();
export type ReasoningClaim = z.output<typeof reasoningClaimSchema>;
