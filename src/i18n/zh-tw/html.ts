/**
 * A `zh-tw` page is its `zh-cn` page, converted: every component, plugin and data file renders the
 * Simplified text it always has, and this converts the finished HTML (`src/middleware.ts`, in dev
 * and build alike; Pagefind then indexes what it wrote). One conversion point for everything a
 * reader sees: chapter prose, interface strings, figure captions and tables, the claim ledger, the
 * glossary, reference notes, titles and descriptions in the head.
 *
 * What is converted: text and reader-facing attributes (tooltips, accessible names, descriptions)
 * of every element whose language (its nearest `lang` attribute) is `zh-TW`. What is not:
 * - quotations kept as written (`[data-verbatim]`: the claim ledger quotes its source articles, one
 *   Simplified, one Traditional), titles of works (`<cite>`), code (`code`, `pre`, `kbd`, `samp`),
 *   scripts and styles, TeX source (`annotation`);
 * - elements in another language (`lang="en"`, `lang="zh-CN"`), and the language picker, whose
 *   entries are each language's name in its own script;
 * - URLs, ids, class names, form values: only the attributes in `CONVERTED_ATTRIBUTES` change.
 * Links to Simplified pages (`/zh-cn/…`) become links to the same `zh-tw` page, and figure images
 * (`/fig/….zh-cn.….svg`) their Traditional files, except a link that names its language
 * (`hreflang`, as the note linking to the Simplified edition does).
 *
 * The HTML is not re-serialised: converted text replaces the original bytes in place, found by the
 * parser's source positions, so everything else stays exactly as Astro wrote it.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { toTraditional } from './convert';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export const ZH_TW = 'zh-TW';

/** Elements whose content keeps its form. */
const KEPT_ELEMENTS = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'cite', 'annotation', 'annotation-xml', 'starlight-lang-select', 'textarea']);

/** Attributes a reader reads or hears (everything else is an identifier, a URL or a value). */
const CONVERTED_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'aria-valuetext', 'aria-roledescription', 'aria-description', 'placeholder', 'content', 'label', 'data-labels']);

/** `<meta>` elements whose `content` is text (the others carry URLs, sizes, locales). */
const TEXT_META = /^(?:description|og:title|og:description|og:image:alt|og:site_name|twitter:title|twitter:description|twitter:image:alt)$/;

interface Edit {
	start: number;
	end: number;
	text: string;
}

/** Whether a page's HTML has anything in Traditional Chinese to convert (cheap, before parsing). */
export const hasZhTw = (html: string) => /\slang="zh-TW"/.test(html);

/**
 * The page with everything in `zh-TW` converted and its Simplified links retargeted. `base` is the
 * site's base path (`/` or `/repo/`). With `everything`, the whole document counts as `zh-TW`
 * (a figure's Simplified SVG file, which has no `lang`).
 */
export function convertHtml(html: string, base: string, { everything = false } = {}): string {
	if (!everything && !hasZhTw(html)) return html;
	const document = parse(html, { sourceCodeLocationInfo: true });
	const edits: Edit[] = [];
	const simplifiedPage = new RegExp(`^${escapeRegExp(base)}zh-cn(?=/|$)`);
	const simplifiedFigure = new RegExp(`^${escapeRegExp(base)}fig/[^/]*\\.zh-cn\\.`);

	const convertRange = (start: number | undefined, end: number | undefined) => {
		if (start === undefined || end === undefined) return;
		const raw = html.slice(start, end);
		const text = toTraditional(raw);
		if (text !== raw) edits.push({ start, end, text });
	};

	const visit = (node: Node, inZhTw: boolean) => {
		if (node.nodeName === '#text') {
			if (inZhTw) convertRange(node.sourceCodeLocation?.startOffset, node.sourceCodeLocation?.endOffset);
			return;
		}
		if (!('tagName' in node)) {
			for (const child of 'childNodes' in node ? node.childNodes : []) visit(child, inZhTw);
			return;
		}
		const el = node as Element;
		const lang = attr(el, 'lang');
		const here = lang === undefined ? inZhTw : lang === ZH_TW;
		if (here) editAttributes(el);
		if (KEPT_ELEMENTS.has(el.tagName) || attr(el, 'data-verbatim') !== undefined) return;
		for (const child of el.tagName === 'template' ? (el as DefaultTreeAdapterMap['template']).content.childNodes : el.childNodes) visit(child, here);
	};

	const editAttributes = (el: Element) => {
		const locations = el.sourceCodeLocation?.attrs ?? {};
		for (const { name, value } of el.attrs) {
			const at = locations[name];
			if (!at) continue;
			if (CONVERTED_ATTRIBUTES.has(name) && (name !== 'content' || (el.tagName === 'meta' && TEXT_META.test(attr(el, 'name') ?? attr(el, 'property') ?? '')))) {
				convertRange(at.startOffset, at.endOffset);
			} else if (name === 'href' && el.tagName === 'a' && attr(el, 'hreflang') === undefined && simplifiedPage.test(value)) {
				edits.push({ start: at.startOffset, end: at.endOffset, text: `href="${escapeAttribute(value.replace(simplifiedPage, `${base}zh-tw`))}"` });
			} else if (name === 'src' && el.tagName === 'img' && simplifiedFigure.test(value)) {
				edits.push({ start: at.startOffset, end: at.endOffset, text: `src="${escapeAttribute(traditionalFigureFile(value))}"` });
			}
		}
	};

	visit(document, everything);
	edits.sort((a, b) => a.start - b.start);
	const parts: string[] = [];
	let last = 0;
	for (const { start, end, text } of edits) {
		parts.push(html.slice(last, start), text);
		last = end;
	}
	parts.push(html.slice(last));
	return parts.join('');
}

/** The Traditional file of a figure's Simplified static image (`x-0.zh-cn.wide.light.svg` → `x-0.zh-tw.wide.light.svg`). */
export const traditionalFigureFile = (file: string) => file.replace('.zh-cn.', '.zh-tw.');

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
