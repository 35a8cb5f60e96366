import { compile } from '@mdx-js/mdx';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { describe, expect, test } from 'vitest';
import { VFile } from 'vfile';
import { remarkCourseChecks } from '../../src/plugins/remark-course-checks';
import { localizeCoursePath, remarkCourseLinks } from '../../src/plugins/remark-course-links';
import { remarkHeadingIds } from '../../src/plugins/remark-heading-ids';

/** Compile an MDX chapter as if it were `content/<lang>/<slug>.mdx`, with the course's plugins. */
async function compileChapter(source: string, path = 'content/en/test-chapter.mdx', base = '/repo/') {
	const file = new VFile({ value: source, path: `${process.cwd()}/${path}` });
	const out = await compile(file, {
		remarkPlugins: [remarkHeadingIds, remarkCourseChecks, [remarkCourseLinks, { base }], remarkMath],
		rehypePlugins: [rehypeKatex],
		jsx: true,
	});
	return String(out);
}

describe('remarkHeadingIds', () => {
	test('sets the explicit id and removes the comment', async () => {
		const out = await compileChapter('## Power laws {/* #power-laws */}\n');
		expect(out).toContain('id="power-laws"');
		expect(out).toContain('Power laws');
		expect(out).not.toContain('#power-laws */');
	});
	test('a chapter heading without an id fails and names the file', async () => {
		await expect(compileChapter('## No id here\n', 'content/zh-cn/x.mdx')).rejects.toThrow(/content\/zh-cn\/x\.mdx.*No id here/);
	});
	test('an error in a generated zh-tw copy names the Simplified file to edit', async () => {
		await expect(compileChapter('## No id here\n', 'content/zh-tw/x.mdx')).rejects.toThrow(/content\/zh-cn\/x\.mdx \(in its generated zh-tw copy\).*No id here/);
	});
	test('a generated zh-tw copy renders like its Simplified original (its links are retargeted after rendering)', async () => {
		const out = await compileChapter('[x](/claims/#claim-gpt3-params)\n', 'content/zh-tw/x.mdx');
		expect(out).toContain('/repo/zh-cn/claims/#claim-gpt3-params');
	});
	test('a duplicated id fails', async () => {
		await expect(compileChapter('## A {/* #a */}\n\n## B {/* #a */}\n')).rejects.toThrow(/"#a" is used twice/);
	});
});

describe('remarkCourseChecks', () => {
	test('an unknown figure id fails the build, naming the file and the figure', async () => {
		await expect(compileChapter('<Figure id="no-such-figure" />\n', 'content/en/scaling-laws.mdx')).rejects.toThrow(
			/content\/en\/scaling-laws\.mdx.*<Figure id="no-such-figure">: unknown figure id/,
		);
	});
	test('a figure without an id fails', async () => {
		await expect(compileChapter('<Figure />\n')).rejects.toThrow(/<Figure> needs id/);
	});
	test('an unknown citation key fails', async () => {
		await expect(compileChapter('Text <Cite k="nobody2099" />.\n')).rejects.toThrow(/unknown reference key/);
	});
	test('an unknown claim slug fails', async () => {
		await expect(compileChapter('<Correction claim="not-a-claim">\n\nx\n\n</Correction>\n')).rejects.toThrow(/unknown claim slug/);
	});
	test('known ids pass', async () => {
		await expect(compileChapter('<Figure id="isoflop" />\n\n<Cite k="kaplan2020" at="§1" />\n')).resolves.toContain('isoflop');
	});
});

describe('remarkCourseLinks', () => {
	test('course paths get the base path, and the language on Chinese pages', () => {
		expect(localizeCoursePath('/claims/#claim-x', 'en', '/repo/')).toBe('/repo/claims/#claim-x');
		expect(localizeCoursePath('/claims/#claim-x', 'zh-cn', '/repo/')).toBe('/repo/zh-cn/claims/#claim-x');
		expect(localizeCoursePath('/', 'zh-cn', '/')).toBe('/zh-cn/');
		expect(localizeCoursePath('https://arxiv.org/abs/1', 'zh-cn', '/repo/')).toBe('https://arxiv.org/abs/1');
	});
	test('a link to a chapter that does not exist fails', async () => {
		await expect(compileChapter('[x](/no-such-chapter/)\n')).rejects.toThrow(/no chapter "no-such-chapter"/);
	});
	test('links in a Chinese chapter are rewritten', async () => {
		const out = await compileChapter('[x](/claims/#claim-gpt3-params)\n', 'content/zh-cn/x.mdx');
		expect(out).toContain('/repo/zh-cn/claims/#claim-gpt3-params');
	});
});

describe('remarkGlossary', () => {
	async function linked(source: string, path: string) {
		const { remarkGlossary } = await import('../../src/plugins/remark-glossary');
		const file = new VFile({ value: source, path: `${process.cwd()}/${path}` });
		return String(await compile(file, { remarkPlugins: [[remarkGlossary, { base: '/' }]], jsx: true }));
	}
	test('links only the first use of a term, to the glossary in the page’s language', async () => {
		const out = await linked('A power law here, and another power law there.\n', 'content/en/x.mdx');
		expect(out.match(/glossary\/#term-power-law/g)?.length).toBe(1);
		const zh = await linked('幂律很常见。幂律也很简单。\n', 'content/zh-cn/x.mdx');
		expect(zh).toContain('/zh-cn/glossary/#term-power-law');
		expect(zh.match(/term-power-law/g)?.length).toBe(1);
	});
	test('a term inside a longer term is not linked on its own (可约损失 inside 不可约损失)', async () => {
		const out = await linked('不可约损失很重要。后来又提到不可约损失。\n', 'content/zh-cn/x.mdx');
		expect(out).toContain('term-irreducible-loss');
		expect(out).not.toContain('term-reducible-loss');
	});
	test('headings, code and math are never linked', async () => {
		const out = await linked('## power law {/* #p */}\n\n`power law`\n', 'content/en/x.mdx');
		expect(out).not.toContain('glossary/#term');
	});
});
