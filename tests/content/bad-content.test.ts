/**
 * Bad content fails loudly, naming the file: bad frontmatter and an unknown figure fail the real
 * build (run in a scratch copy of the project), an unknown citation or claim fails it too (the
 * same plugin: see tests/unit/plugins.test.ts), and a missing translation fails the content tests.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { missingTranslations } from '../support/chapters';

const ROOT = path.resolve('.');
const scratch: string[] = [];
afterAll(() => {
	for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the project with a few real pages plus the given extra chapter files. */
function scratchProject(files: Record<string, string>): string {
	// Inside the project (tests/.tmp is git-ignored), so `node_modules` resolves as usual: a
	// symlinked node_modules breaks Vite's build.
	fs.mkdirSync(path.join(ROOT, 'tests/.tmp'), { recursive: true });
	const dir = fs.mkdtempSync(path.join(ROOT, 'tests/.tmp', 'bad-content-'));
	scratch.push(dir);
	for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
		fs.cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
	}
	for (const lang of ['en', 'zh-cn']) {
		fs.mkdirSync(path.join(dir, 'content', lang), { recursive: true });
		for (const page of ['index', 'claims', 'glossary', 'references', 'emergence', 'scaling-laws', 'mirage', 'limits', 'deepseek', 'reasoning', 'outlook']) {
			// Pages the sidebar and links need, reduced to their frontmatter.
			const source = fs.readFileSync(path.join(ROOT, 'content', lang, `${page}.mdx`), 'utf8');
			fs.writeFileSync(path.join(dir, 'content', lang, `${page}.mdx`), `${/^---\n[\s\S]*?\n---\n/.exec(source)?.[0] ?? ''}\nText.\n`);
		}
	}
	for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, file), text);
	return dir;
}

/** Run an Astro command with the project's Node; return its exit status and output. */
function astro(dir: string, command: 'sync' | 'build'): { status: number; output: string } {
	try {
		const output = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), command], {
			cwd: dir,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
			stdio: 'pipe',
			encoding: 'utf8',
		});
		return { status: 0, output };
	} catch (error) {
		const e = error as { status: number; stdout: string; stderr: string };
		return { status: e.status, output: `${e.stdout}\n${e.stderr}` };
	}
}

describe('bad content fails with the file named', () => {
	test('bad frontmatter: the build stops, naming the file and each bad field', () => {
		const dir = scratchProject({ 'content/en/broken.mdx': '---\ntitle: Broken\ndescription: short\nchapter: twelve\n---\n\nText.\n' });
		const { status, output } = astro(dir, 'sync');
		expect(status).not.toBe(0);
		expect(output).toContain('content/en/broken.mdx');
		expect(output).toMatch(/description/);
		expect(output).toMatch(/chapter/);
	}, 60_000);

	test('an unknown figure: the build stops, naming the chapter file and the figure', () => {
		const dir = scratchProject({
			'content/en/scaling-laws.mdx': "---\ntitle: Scaling laws\ndescription: A chapter that places a figure that does not exist.\nchapter: 2\n---\nimport { Figure } from '~/components';\n\n## A section {/* #a-section */}\n\n<Figure id=\"no-such-figure\" />\n",
		});
		const { status, output } = astro(dir, 'build');
		expect(status).not.toBe(0);
		expect(output).toContain('content/en/scaling-laws.mdx');
		expect(output).toContain('<Figure id="no-such-figure">: unknown figure id');
	}, 120_000);

	test('a missing translation: the content check names the missing file', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'course-i18n-'));
		scratch.push(dir);
		for (const lang of ['en', 'zh-cn']) fs.mkdirSync(path.join(dir, lang));
		fs.writeFileSync(path.join(dir, 'en', 'a.mdx'), '');
		fs.writeFileSync(path.join(dir, 'en', 'b.mdx'), '');
		fs.writeFileSync(path.join(dir, 'zh-cn', 'a.mdx'), '');
		fs.writeFileSync(path.join(dir, 'zh-cn', 'c.mdx'), '');
		expect(missingTranslations(dir)).toEqual(['content/en/c.mdx', 'content/zh-cn/b.mdx']);
	});
});
