/**
 * Content integrity: both languages have every chapter, with the same section anchors in the same
 * order, the same figures and exercises; every figure and citation a chapter uses exists; every
 * claim of the ledger points at a real section; Chinese chapters use the glossary's translations.
 */
import { describe, expect, test } from 'vitest';
import { avoidPattern, CLAIMS, GLOSSARY, REFERENCE_BY_KEY } from '../../src/data';
import { FIGURE_IDS } from '../../src/figures/ids';
import { FIGURE_LOADERS } from '../../src/figures/registry';
import { CHAPTER_SLUGS } from '../../src/sidebar';
import { componentAttributes, headingIds, missingTranslations, proseOnly, readChapters } from '../support/chapters';

const en = readChapters('en');
const zh = readChapters('zh-cn');
const bySlug = (list: typeof en) => new Map(list.map((c) => [c.slug, c]));
const enBySlug = bySlug(en);
const zhBySlug = bySlug(zh);
/** Pages that teach (not the home page or the data-driven reference pages). */
const TEACHING = CHAPTER_SLUGS.filter((s) => !['claims', 'glossary', 'references'].includes(s));

test('every chapter exists in both languages (same file names)', () => {
	expect(missingTranslations()).toEqual([]);
	for (const slug of ['index', ...CHAPTER_SLUGS]) {
		expect(enBySlug.has(slug), `content/en/${slug}.mdx`).toBe(true);
		expect(zhBySlug.has(slug), `content/zh-cn/${slug}.mdx`).toBe(true);
	}
});

describe.each([...enBySlug.keys()])('chapter %s', (slug) => {
	const a = enBySlug.get(slug);
	const b = zhBySlug.get(slug);
	test('has the same section anchors in the same order in both languages', () => {
		expect(b && headingIds(b.body)).toEqual(a && headingIds(a.body));
	});
	test('places the same figures in both languages, and each figure exists', () => {
		const figures = componentAttributes(a?.body ?? '', 'Figure', 'id');
		expect(componentAttributes(b?.body ?? '', 'Figure', 'id')).toEqual(figures);
		for (const id of figures) {
			expect(FIGURE_IDS as readonly string[], `${a?.file}: <Figure id="${id}">`).toContain(id);
			expect(FIGURE_LOADERS[id as (typeof FIGURE_IDS)[number]], `src/figures/defs/${id}.ts`).toBeDefined();
		}
	});
	test('cites only known references', () => {
		for (const chapter of [a, b]) {
			for (const k of componentAttributes(chapter?.body ?? '', 'Cite', 'k')) {
				expect(REFERENCE_BY_KEY.has(k), `${chapter?.file}: <Cite k="${k}">`).toBe(true);
			}
		}
	});
	test('has a title and a description in both languages', () => {
		for (const chapter of [a, b]) {
			expect(chapter?.frontmatter, chapter?.file).toMatch(/^title: .+/m);
			expect(chapter?.frontmatter, chapter?.file).toMatch(/^description: .{20,}/m);
		}
	});
});

describe.each(TEACHING)('teaching chapter %s', (slug) => {
	test.each(['en', 'zh-cn'] as const)('(%s) has goals, takeaways, a summary and exercises with solutions', (lang) => {
		const chapter = (lang === 'en' ? enBySlug : zhBySlug).get(slug);
		const body = chapter?.body ?? '';
		expect(body, chapter?.file).toContain('<Goals>');
		expect(body, chapter?.file).toContain('<Takeaway>');
		expect(headingIds(body), chapter?.file).toEqual(expect.arrayContaining(['summary', 'exercises']));
		const exercises = (body.match(/<Exercise>/g) ?? []).length;
		expect(exercises, chapter?.file).toBeGreaterThanOrEqual(3);
		expect((body.match(/<Solution>/g) ?? []).length, chapter?.file).toBe(exercises);
	});
	test('the two languages have the same number of exercises', () => {
		const count = (s: string | undefined) => (s?.match(/<Exercise>/g) ?? []).length;
		expect(count(zhBySlug.get(slug)?.body)).toBe(count(enBySlug.get(slug)?.body));
	});
});

test('every figure of the course is placed in some chapter', () => {
	const used = new Set(en.flatMap((c) => componentAttributes(c.body, 'Figure', 'id')));
	expect([...FIGURE_IDS].filter((id) => !used.has(id))).toEqual([]);
});

describe('claim ledger', () => {
	test.each(CLAIMS.map((c) => [c.slug, c] as const))('%s points at a real section and cites known sources', (_slug, claim) => {
		const [, chapter = '', section = ''] = /^\/([a-z0-9-]+)\/#([a-z0-9-]+)$/.exec(claim.explainedIn) ?? [];
		for (const list of [enBySlug, zhBySlug]) {
			const target = list.get(chapter);
			expect(target, `${claim.slug}: chapter ${chapter}`).toBeDefined();
			expect(headingIds(target?.body ?? ''), `${claim.slug}: ${claim.explainedIn}`).toContain(section);
		}
		for (const s of claim.sources) expect(REFERENCE_BY_KEY.has(s.k), `${claim.slug}: source ${s.k}`).toBe(true);
	});
	test('every <Correction claim> in a chapter is a claim of the ledger', () => {
		const slugs = new Set(CLAIMS.map((c) => c.slug));
		for (const chapter of [...en, ...zh]) {
			for (const slug of componentAttributes(chapter.body, 'Correction', 'claim')) expect(slugs.has(slug), `${chapter.file}: ${slug}`).toBe(true);
		}
	});
});

describe('glossary', () => {
	test('every term has an English and a Chinese name and a definition in both languages', () => {
		for (const term of GLOSSARY) {
			expect(term.en.trim(), term.id).not.toBe('');
			expect(term.zh, term.id).toMatch(/[\u3400-\u9fff]|[A-Za-z]/);
			expect(term.definition.en.length, term.id).toBeGreaterThan(10);
			expect(term.definition['zh-cn'], term.id).toMatch(/[\u3400-\u9fff]/);
		}
	});
	test.each(zh.map((c) => [c.file, c] as const))('%s uses only the accepted Chinese translations', (_file, chapter) => {
		const prose = proseOnly(chapter.body);
		const misuses = GLOSSARY.flatMap((term) => term.zhAvoid.filter((variant) => avoidPattern(variant).test(prose)).map((v) => `"${v}" (use "${term.zh}" for ${term.en})`));
		expect(misuses).toEqual([]);
	});
});
