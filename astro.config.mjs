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
import { focusableCode } from './src/plugins/expressive-code-focusable.ts';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { rehypeFocusableScroll } from './src/plugins/rehype-focusable-scroll.ts';
import { KATEX_OPTIONS, rehypeKatexMathml, rehypeMathText } from './src/plugins/rehype-math-text.ts';
import { mathFontCss } from './src/fonts/math.ts';
import { figurePreload } from './src/plugins/figure-preload.ts';
import { measuredRows } from './src/plugins/measured-rows.ts';
import { rehypeAnchorLabel } from './src/plugins/rehype-anchor-label.ts';
import { sidebar } from './src/sidebar.ts';
import { LOCALE_INFO, WITH_ZH_TW } from './src/i18n/locales.ts';
import { zhTwEdition } from './src/i18n/zh-tw/integration.ts';
import { BASE, REPO_URL, SITE } from './src/site.ts';

export default defineConfig({
	// Figures' computations run in a module worker that loads figure definitions on demand.
	// Measured datasets are imported as `<file>.csv?rows`: validated rows, checked at build time.
	vite: { worker: { format: 'es', plugins: () => [measuredRows()] }, plugins: [measuredRows()] },
	site: SITE,
	base: BASE,
	trailingSlash: 'always',
	markdown: {
		// Astro 7's default Markdown engine ignores remark/rehype plugins; the unified processor runs
		// them, and MDX inherits it. Math renders at build time, no math JavaScript in the browser:
		// simple inline math as plain HTML (rehypeMathText), everything else as KaTeX's MathML,
		// which browsers lay out natively in the site's math font (src/fonts/math.ts).
		processor: unified({
			remarkPlugins: [
				remarkHeadingIds,
				remarkCourseChecks,
				[remarkCourseLinks, { base: BASE }],
				remarkMath,
				[remarkGlossary, { base: BASE }],
			],
			rehypePlugins: [rehypeMathText, [rehypeKatex, KATEX_OPTIONS], rehypeKatexMathml, rehypeFocusableScroll],
		}),
	},
	integrations: [
		// First: it writes content/zh-tw/ before Starlight's content collection reads it.
		zhTwEdition(),
		starlight({
			// The zh-TW strings are Simplified like the zh-CN ones: pages are converted after rendering.
			title: { en: 'Scale & Emergence', 'zh-CN': '规模与涌现', 'zh-TW': '规模与涌现' },
			description: 'An open, bilingual, interactive course on emergent abilities, neural scaling laws and the DeepSeek efficiency debate.',
			defaultLocale: 'root',
			locales: {
				root: { label: LOCALE_INFO.en.label, lang: LOCALE_INFO.en.htmlLang },
				'zh-cn': { label: LOCALE_INFO['zh-cn'].label, lang: LOCALE_INFO['zh-cn'].htmlLang },
				// Generated from zh-cn (content/zh-tw/ is a build-time copy; src/i18n/zh-tw/ converts).
				...(WITH_ZH_TW ? { 'zh-tw': { label: LOCALE_INFO['zh-tw'].label, lang: LOCALE_INFO['zh-tw'].htmlLang } } : {}),
			},
			sidebar,
			customCss: ['./src/styles/course.css', './src/styles/print.css'],
			routeMiddleware: './src/route-middleware.ts',
			// The zh-tw pages' footer says they are converted from the Simplified edition.
			components: { Footer: './src/components/overrides/Footer.astro' },
			markdown: { processedDirs: ['./content/'] },
			lastUpdated: false,
			// On the deployed site: a link to the repository (issues: "found a wrong number?") and an
			// "Edit page" link to the chapter's source file.
			...(REPO_URL ? { social: [{ icon: 'github', label: 'GitHub', href: REPO_URL }], editLink: { baseUrl: `${REPO_URL}/edit/main/` } } : {}),
			// Code blocks scroll sideways on a phone: keyboard-focusable, like math and tables.
			expressiveCode: { plugins: [focusableCode] },
			pagination: true,
			head: [
				// Without JavaScript the figure controls can't do anything: hide them (the figures
				// themselves, captions and tables are static HTML and stay).
				{ tag: 'noscript', content: '<style>.fig-controls,.fig-js-only{display:none!important}</style>' },
				// The math font lives under the base path, which only the config knows.
				{ tag: 'style', content: mathFontCss(BASE) },
				// Printed links show absolute URLs: src/styles/print.css reads the site's origin here.
				{ tag: 'style', content: `@media print{:root{--course-site:${JSON.stringify(SITE)}}}` },
			],
		}),
		// After Starlight, whose heading anchors this relabels on Chinese pages (the plugin explains).
		{
			name: 'course-anchor-label',
			hooks: {
				'astro:config:setup': ({ config }) => {
					const options = /** @type {{ rehypePlugins?: unknown[] }} */ (config.markdown.processor?.options ?? {});
					options.rehypePlugins?.push(rehypeAnchorLabel);
				},
			},
		},
		mdx(),
		figurePreload(),
	],
});
