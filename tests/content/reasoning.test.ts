/**
 * The reasoning chapter and what it adds elsewhere: its place in the reading path, the claim check's
 * second part (anchors, sections, sources), the new glossary terms in use in both languages, and the
 * numbers the chapter states checked against the data files they come from.
 */
import { describe, expect, test } from 'vitest';
import { CLAIMS, GLOSSARY, REASONING_CLAIMS, REFERENCE_BY_KEY } from '../../src/data';
import { R1_REPORTED } from '../../src/lib/reasoning-data';
import { termMatchers } from '../../src/plugins/remark-glossary';
import { CHAPTER_SLUGS } from '../../src/sidebar';
import { componentAttributes, headingIds, proseOnly, readChapters } from '../support/chapters';

const chapters = { en: readChapters('en'), 'zh-cn': readChapters('zh-cn') } as const;
const chapter = (lang: 'en' | 'zh-cn', slug: string) => chapters[lang].find((c) => c.slug === slug);

test('the chapter comes right after deepseek in the reading path, and is numbered so', () => {
	expect(CHAPTER_SLUGS.indexOf('reasoning')).toBe(CHAPTER_SLUGS.indexOf('deepseek') + 1);
	for (const lang of ['en', 'zh-cn'] as const) {
		const numbers = CHAPTER_SLUGS.map((slug) => Number(/^chapter: (\d+)$/m.exec(chapter(lang, slug)?.frontmatter ?? '')?.[1]));
		expect(numbers, lang).toEqual(CHAPTER_SLUGS.map((_, i) => i + 1));
	}
});

test('the chapter places its two figures, and limits places repeated-data, in both languages', () => {
	for (const lang of ['en', 'zh-cn'] as const) {
		expect(componentAttributes(chapter(lang, 'reasoning')?.body ?? '', 'Figure', 'id')).toEqual(['r1-zero-results', 'repeated-sampling']);
		expect(componentAttributes(chapter(lang, 'limits')?.body ?? '', 'Figure', 'id')).toContain('repeated-data');
		expect(headingIds(chapter(lang, 'limits')?.body ?? '')).toContain('repeated-data');
	}
});

describe('claim check, part 2 (popular claims about reasoning models)', () => {
	test('covers the twelve claims of facts.md G-E, with slugs distinct from the seed ledger', () => {
		expect(REASONING_CLAIMS).toHaveLength(12);
		const seed = new Set(CLAIMS.map((c) => c.slug));
		for (const c of REASONING_CLAIMS) expect(seed.has(c.slug), c.slug).toBe(false);
	});
	test.each(REASONING_CLAIMS.map((c) => [c.slug, c] as const))('%s points at a real section and cites known sources', (_slug, claim) => {
		const [, page = '', section = ''] = /^\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(claim.explainedIn) ?? [];
		for (const lang of ['en', 'zh-cn'] as const) expect(headingIds(chapter(lang, page)?.body ?? ''), `${lang} ${claim.explainedIn}`).toContain(section);
		for (const s of claim.sources) expect(REFERENCE_BY_KEY.has(s.k), s.k).toBe(true);
	});
	test('the claims page renders the second part under its own heading in both languages', () => {
		for (const lang of ['en', 'zh-cn'] as const) {
			const body = chapter(lang, 'claims')?.body ?? '';
			expect(headingIds(body)).toEqual(expect.arrayContaining(['ledger', 'reasoning-claims']));
			expect(body.indexOf('<ReasoningClaimLedger />')).toBeGreaterThan(body.indexOf('<ClaimLedger />'));
		}
	});
	test('every claim link in the chapter names a claim of the second part', () => {
		const slugs = new Set(REASONING_CLAIMS.map((c) => c.slug));
		for (const lang of ['en', 'zh-cn'] as const) {
			const links = [...(chapter(lang, 'reasoning')?.body ?? '').matchAll(/\/claims\/#claim-([a-z0-9-]+)/g)].map((m) => m[1] ?? '');
			expect(links.length).toBeGreaterThan(0);
			for (const slug of links) expect(slugs.has(slug), slug).toBe(true);
		}
	});
});

describe('glossary terms the chapter introduces', () => {
	const NEW_TERMS = ['test-time-compute', 'train-time-compute', 'reasoning-model', 'majority-voting', 'coverage', 'verifier', 'reward-model', 'rule-based-reward', 'reward-hacking', 'cold-start-data', 'aha-moment', 'repeated-sampling'];
	const EXISTING = ['grpo', 'reinforcement-learning', 'pass-at-k', 'distillation'];
	test.each(['en', 'zh-cn'] as const)('each is used in the %s chapter under its accepted name', (lang) => {
		const prose = proseOnly(chapter(lang, 'reasoning')?.body ?? '');
		const matchers = new Map(termMatchers(lang).map((m) => [m.id, m.pattern]));
		for (const id of [...NEW_TERMS, ...EXISTING]) {
			expect(GLOSSARY.some((t) => t.id === id), id).toBe(true);
			expect(matchers.get(id)?.test(prose), `${lang}: ${id}`).toBe(true);
		}
	});
	test('over-training and the repeated-data terms are used where they are explained', () => {
		const limits = (lang: 'en' | 'zh-cn') => proseOnly(chapter(lang, 'limits')?.body ?? '');
		for (const lang of ['en', 'zh-cn'] as const) {
			const matchers = new Map(termMatchers(lang).map((m) => [m.id, m.pattern]));
			for (const id of ['effective-data', 'epoch']) expect(matchers.get(id)?.test(limits(lang)), `${lang}: ${id}`).toBe(true);
		}
	});
	test('"Epoch AI" is not an epoch and "news coverage" is not coverage; the real terms still link', async () => {
		const { compile } = await import('@mdx-js/mdx');
		const { VFile } = await import('vfile');
		const { remarkGlossary } = await import('../../src/plugins/remark-glossary');
		const linked = async (source: string) =>
			String(await compile(new VFile({ value: source, path: `${process.cwd()}/content/en/x.mdx` }), { remarkPlugins: [[remarkGlossary, { base: '/' }]], jsx: true }));
		const out = await linked('Epoch AI estimates the stock; news coverage followed. Train for four epochs and measure coverage.\n');
		expect(out.match(/term-epoch"/g)?.length).toBe(1);
		expect(out.match(/term-coverage"/g)?.length).toBe(1);
		// Had "Epoch" or "news coverage" been linked, these texts would be split around a link.
		expect(out).toContain('Epoch AI estimates');
		expect(out).toContain('news coverage followed');
	});
});

describe('numbers in the chapter match the data file', () => {
	test.each([
		['r1-zero', 'aime2024', 'cons@64'],
		['o1-1217', 'gpqa', 'pass@1'],
		['r1', 'gpqa', 'pass@1'],
		['qwen32b-rl', 'aime2024', 'pass@1'],
		['qwen32b-distill', 'aime2024', 'pass@1'],
	])('%s %s %s appears in both languages', (model, benchmark, aggregation) => {
		const value = R1_REPORTED.find((r) => r.model === model && r.benchmark === benchmark && r.aggregation === aggregation)?.value;
		expect(value).toBeDefined();
		for (const lang of ['en', 'zh-cn'] as const) expect(chapter(lang, 'reasoning')?.body, lang).toContain((value ?? 0).toFixed(1));
	});
});
