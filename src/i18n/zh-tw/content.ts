/**
 * `content/zh-tw/` is made, not written: a copy of every `content/zh-cn/` chapter, so that Starlight
 * routes the Traditional edition with the same slugs and heading ids (`/zh-tw/<slug>/#<id>`). The
 * copies stay in Simplified Chinese and render exactly like their originals; the finished pages are
 * converted (src/i18n/zh-tw/html.ts). The folder is ignored by git and rewritten whenever the
 * configuration loads (dev, build, check, tests) and, in dev, whenever a `zh-cn` file changes.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SOURCE_DIR = 'zh-cn';
export const GENERATED_DIR = 'zh-tw';

const isChapter = (name: string) => /\.mdx?$/.test(name);

/** Make `content/zh-tw/` mirror `content/zh-cn/`: copy what changed, remove what is gone. Returns the files written. */
export function syncGeneratedContent(contentDir: string): string[] {
	const from = path.join(contentDir, SOURCE_DIR);
	const to = path.join(contentDir, GENERATED_DIR);
	fs.mkdirSync(to, { recursive: true });
	const sources = new Set(fs.readdirSync(from).filter(isChapter));
	for (const name of fs.readdirSync(to)) if (isChapter(name) && !sources.has(name)) fs.rmSync(path.join(to, name));
	return [...sources].filter((name) => copyChapter(contentDir, name));
}

/** Copy one `zh-cn` chapter to `zh-tw` if its copy differs (or remove the copy if the source is gone). Returns whether it wrote. */
export function copyChapter(contentDir: string, name: string): boolean {
	const source = path.join(contentDir, SOURCE_DIR, name);
	const target = path.join(contentDir, GENERATED_DIR, name);
	if (!fs.existsSync(source)) {
		fs.rmSync(target, { force: true });
		return true;
	}
	const text = fs.readFileSync(source);
	if (fs.existsSync(target) && fs.readFileSync(target).equals(text)) return false;
	fs.mkdirSync(path.dirname(target), { recursive: true });
	fs.writeFileSync(target, text);
	return true;
}
