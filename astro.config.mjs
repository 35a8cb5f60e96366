// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { remarkCourseChecks } from './src/plugins/remark-course-checks.ts';
import { remarkCourseLinks } from './src/plugins/remark-course-links.ts';
import { remarkGlossary } from './src/plugins/remark-glossary.ts';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { rehypeFocusableScroll } from './src/plugins/rehype-focusable-scroll.ts';
import { sidebar } from './src/sidebar.ts';
import { BASE, SITE } from './src/site.ts';

export default defineConfig({
	site: SITE,
	base: BASE,
	trailingSlash: 'always',
	markdown: {
		// Astro 7's default Markdown engine ignores remark/rehype plugins; the unified processor runs
		// them, and MDX inherits it. KaTeX renders at build time: no math JavaScript in the browser.
		processor: unified({
			remarkPlugins: [
				remarkHeadingIds,
				remarkCourseChecks,
				[remarkCourseLinks, { base: BASE }],
				remarkMath,
				[remarkGlossary, { base: BASE }],
			],
			rehypePlugins: [[rehypeKatex, { strict: 'error', throwOnError: true, output: 'htmlAndMathml' }], rehypeFocusableScroll],
		}),
	},
	integrations: [
		starlight({
			title: { en: 'Scale & Emergence', 'zh-CN': '规模与涌现' },
			description: 'An open, bilingual, interactive course on emergent abilities, neural scaling laws and the DeepSeek efficiency debate.',
			defaultLocale: 'root',
			locales: {
				root: { label: 'English', lang: 'en' },
				'zh-cn': { label: '简体中文', lang: 'zh-CN' },
			},
			sidebar,
			customCss: ['katex/dist/katex.min.css', './src/styles/course.css'],
			markdown: { processedDirs: ['./content/'] },
			lastUpdated: false,
			expressiveCode: {
				// Code blocks scroll sideways on a phone: make them reachable by keyboard, like the
				// math and tables handled by rehypeFocusableScroll (which runs before code rendering).
				plugins: [
					{
						name: 'focusable-code',
						hooks: {
							postprocessRenderedBlock: ({ renderData }) => {
								const visitNode = (node) => {
									if (node.type === 'element' && node.tagName === 'pre') node.properties.tabIndex = 0;
									for (const child of node.children ?? []) visitNode(child);
								};
								visitNode(renderData.blockAst);
							},
						},
					},
				],
			},
			pagination: true,
			head: [
				// Without JavaScript the figure controls can't do anything: hide them (the figures
				// themselves, captions and tables are static HTML and stay).
				{ tag: 'noscript', content: '<style>.fig-controls,.fig-js-only{display:none!important}</style>' },
			],
		}),
		mdx(),
	],
});
