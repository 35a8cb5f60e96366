/**
 * The Traditional Chinese edition's build steps, as one Astro integration: the copies of the
 * `zh-cn` chapters that Starlight routes under `/zh-tw/` (content.ts), kept current in dev, and
 * the converted figure modules the browser runs on `zh-tw` pages (vite.ts). The pages themselves
 * are converted by `src/middleware.ts`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { WITH_ZH_TW } from '../locales';
import { copyChapter, SOURCE_DIR, syncGeneratedContent } from './content';
import { zhTwModules } from './vite';

export function zhTwEdition(): AstroIntegration {
	let contentDir = '';
	return {
		name: 'course-zh-tw',
		hooks: {
			'astro:config:setup': ({ config, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				updateConfig({ vite: { plugins: zhTwModules(path.join(root, 'src')) } });
				contentDir = path.join(root, 'content');
				if (!WITH_ZH_TW) return;
				const written = syncGeneratedContent(contentDir);
				if (written.length) logger.info(`content/zh-tw: ${written.length} chapter(s) copied from content/zh-cn for conversion`);
			},
			'astro:server:setup': ({ server }) => {
				if (!WITH_ZH_TW) return;
				const source = path.join(contentDir, SOURCE_DIR) + path.sep;
				const onChange = (file: string) => {
					if (file.startsWith(source) && /\.mdx?$/.test(file)) copyChapter(contentDir, path.relative(source, file));
				};
				server.watcher.add(source);
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
			},
		},
	};
}
