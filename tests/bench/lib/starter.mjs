// The Starlight starter, for comparison: a minimal Starlight site written out by the bench (no
// scaffolding from the internet), in a folder inside the project so that Node resolves `astro` and
// `@astrojs/starlight` from the project's own node_modules (the same published versions as ours).
// It follows Starlight's "basics" starter (splash home page, an example guide, an example reference
// page; the hero image is left out), with our two locales so that Starlight's own language picker is
// in the baseline too, and a code block on the reference page so that Expressive Code is as well.
import fs from 'node:fs';
import path from 'node:path';

const CONFIG = `// Written by tests/bench: Starlight's basics starter, with the course's two locales.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
	site: 'http://localhost:4321',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: { en: 'My Docs', 'zh-CN': '我的文档' },
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				'zh-cn': { label: '简体中文', lang: 'zh-CN' },
			},
			social: [{ icon: 'github', label: 'GitHub', href: 'https://github.com/withastro/starlight' }],
			sidebar: [
				{ label: 'Guides', translations: { 'zh-CN': '指南' }, items: [{ label: 'Example Guide', translations: { 'zh-CN': '示例指南' }, slug: 'guides/example' }] },
				{ label: 'Reference', translations: { 'zh-CN': '参考' }, items: [{ autogenerate: { directory: 'reference' } }] },
			],
		}),
	],
});
`;

// The starter ships a favicon in public/ (Starlight links /favicon.svg); a stand-in of similar size.
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><path fill-rule="evenodd" d="M81 36 64 0 47 36l-1 2-9-10a6 6 0 0 0-9 9l10 10h-2L0 64l36 17h2L28 91a6 6 0 1 0 9 9l9-10 1 2 17 36 17-36v-2l9 10a6 6 0 1 0 9-9l-9-9 2-1 36-17-36-17-2-1 9-9a6 6 0 1 0-9-9l-9 10v-2Zm-17 2-2 5c-4 8-11 15-19 19l-5 2 5 2c8 4 15 11 19 19l2 5 2-5c4-8 11-15 19-19l5-2-5-2c-8-4-15-11-19-19l-2-5Z" clip-rule="evenodd"/><path d="M118 19a6 6 0 0 0-9-9l-3 3a6 6 0 1 0 9 9l3-3Zm-96 4c-2 2-6 2-9 0l-3-3a6 6 0 1 1 9-9l3 3c3 2 3 6 0 9Zm0 82c-2-2-6-2-9 0l-3 3a6 6 0 1 0 9 9l3-3c3-2 3-6 0-9Zm96 4a6 6 0 0 1-9 9l-3-3a6 6 0 1 1 9-9l3 3Z"/><style>path{fill:#000}@media (prefers-color-scheme:dark){path{fill:#fff}}</style></svg>
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

const pages = {
	en: {
		index: `---
title: Welcome to Starlight
description: Get started building your docs site with Starlight.
template: splash
hero:
  tagline: Congrats on setting up a new Starlight project!
  actions:
    - text: Example Guide
      link: /guides/example/
      icon: right-arrow
    - text: Read the Starlight docs
      link: https://starlight.astro.build
      icon: external
      variant: minimal
---

import { Card, CardGrid } from '@astrojs/starlight/components';

## Next steps

<CardGrid stagger>
	<Card title="Update content" icon="pencil">
		Edit \`src/content/docs/index.mdx\` to see this page change.
	</Card>
	<Card title="Add new content" icon="add-document">
		Add Markdown or MDX files to \`src/content/docs\` to create new pages.
	</Card>
	<Card title="Configure your site" icon="setting">
		Edit your \`sidebar\` and other config in \`astro.config.mjs\`.
	</Card>
	<Card title="Read the docs" icon="open-book">
		Learn more in [the Starlight Docs](https://starlight.astro.build/).
	</Card>
</CardGrid>
`,
		guide: `---
title: Example Guide
description: A guide in my new Starlight docs site.
---

Guides lead a user through a specific task they want to accomplish, often with a sequence of steps.
Writing a good guide requires thinking about what your users are trying to do.

## Further reading

- Read [about how-to guides](https://diataxis.fr/how-to-guides/) in the Diátaxis framework
`,
		reference: `---
title: Example Reference
description: A reference page in my new Starlight docs site.
---

Reference pages are ideal for outlining how things work in terse and clear terms.
Less concerned with telling a story or addressing a specific use case, they should give a comprehensive outline of what you're documenting.

\`\`\`js
// astro.config.mjs
import starlight from '@astrojs/starlight';
export default { integrations: [starlight({ title: 'My Docs' })] };
\`\`\`

## Further reading

- Read [about reference](https://diataxis.fr/reference/) in the Diátaxis framework
`,
	},
	'zh-cn': {
		index: `---
title: 欢迎使用 Starlight
description: 开始使用 Starlight 构建你的文档网站。
template: splash
hero:
  tagline: 恭喜你创建了一个新的 Starlight 项目！
  actions:
    - text: 示例指南
      link: /zh-cn/guides/example/
      icon: right-arrow
    - text: 阅读 Starlight 文档
      link: https://starlight.astro.build
      icon: external
      variant: minimal
---

import { Card, CardGrid } from '@astrojs/starlight/components';

## 下一步

<CardGrid stagger>
	<Card title="更新内容" icon="pencil">
		编辑 \`src/content/docs/index.mdx\`，看看这个页面的变化。
	</Card>
	<Card title="添加新内容" icon="add-document">
		在 \`src/content/docs\` 中添加 Markdown 或 MDX 文件来创建新页面。
	</Card>
	<Card title="配置你的网站" icon="setting">
		在 \`astro.config.mjs\` 中编辑 \`sidebar\` 和其他配置。
	</Card>
	<Card title="阅读文档" icon="open-book">
		在 [Starlight 文档](https://starlight.astro.build/) 中了解更多。
	</Card>
</CardGrid>
`,
		guide: `---
title: 示例指南
description: 我的新 Starlight 文档网站中的一篇指南。
---

指南引导用户完成他们想要完成的某项具体任务，通常包含一系列步骤。
写好一篇指南，需要思考用户究竟想做什么。

## 延伸阅读

- 阅读 Diátaxis 框架中[关于操作指南](https://diataxis.fr/how-to-guides/)的介绍
`,
		reference: `---
title: 示例参考
description: 我的新 Starlight 文档网站中的一个参考页面。
---

参考页面适合用简洁明了的语言说明事物如何运作。
它们不太关注讲故事或具体用例，而应全面概述你所记录的内容。

\`\`\`js
// astro.config.mjs
import starlight from '@astrojs/starlight';
export default { integrations: [starlight({ title: 'My Docs' })] };
\`\`\`

## 延伸阅读

- 阅读 Diátaxis 框架中[关于参考](https://diataxis.fr/reference/)的介绍
`,
	},
};

/**
 * Write the starter into `dir` (replacing what was there) and return its root. Its package.json
 * lists astro and Starlight at the versions installed in `projectRoot` (as the real starter does:
 * Astro crawls those dependencies to bundle Starlight's components instead of leaving them to Node).
 */
export function writeStarter(dir, projectRoot) {
	const version = (pkg) => JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version;
	const versions = { '@astrojs/starlight': version('@astrojs/starlight'), astro: version('astro') };
	fs.rmSync(dir, { recursive: true, force: true });
	const write = (rel, text) => {
		const file = path.join(dir, rel);
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, text);
	};
	write('package.json', JSON.stringify({ name: 'starlight-starter-bench', private: true, type: 'module', dependencies: versions }, null, 2) + '\n');
	write('astro.config.mjs', CONFIG);
	write('public/favicon.svg', FAVICON);
	write('src/content.config.ts', CONTENT_CONFIG);
	for (const [lang, p] of Object.entries(pages)) {
		const prefix = lang === 'en' ? '' : `${lang}/`;
		write(`src/content/docs/${prefix}index.mdx`, p.index);
		write(`src/content/docs/${prefix}guides/example.md`, p.guide);
		write(`src/content/docs/${prefix}reference/example.md`, p.reference);
	}
	return { dir, versions };
}
