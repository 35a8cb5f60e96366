/**
 * The link-preview card of a page: what it says (course name, chapter, title, description in the
 * page's language) and how it is laid out, as a satori element tree. Pure functions only; the
 * fonts and the rasterising are in `render.ts`.
 */
import { LOCALE_INFO, type Locale, textLang } from '../i18n/locales';
import { toTraditional } from '../i18n/zh-tw/convert';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Font names given to satori (see render.ts): Chinese (Simplified and Traditional glyph forms), and Latin for English text. */
export const CJK_FONT = 'Noto Sans SC';
export const CJK_TC_FONT = 'Noto Sans TC';
export const LATIN_FONT = 'Source Sans 3';
/** The Chinese font of a card: Traditional cards in Noto Sans TC (Taiwan's glyph forms), all others in Noto Sans SC. */
export const cjkFont = (locale: Locale) => (locale === 'zh-tw' ? CJK_TC_FONT : CJK_FONT);
/**
 * English text in Source Sans 3 first (proportional quotes and apostrophes), Chinese text in Noto
 * Sans SC or TC first (full-width punctuation, as Chinese typesetting wants). Each falls back to the other.
 */
export const fontStack = (locale: Locale, latinFirst = locale === 'en') => (latinFirst ? `'${LATIN_FONT}', '${cjkFont(locale)}'` : `'${cjkFont(locale)}', '${LATIN_FONT}'`);

/** The course mark, the same in every language (in Traditional characters on Traditional cards). */
export const COURSE_MARK = 'Scale & Emergence · 规模与涌现';
export const courseMark = (locale: Locale) => (locale === 'zh-tw' ? toTraditional(COURSE_MARK) : COURSE_MARK);

export interface OgCard {
	locale: Locale;
	/** "Chapter 2" / "第 2 章", when the page has a chapter number. */
	kicker?: string;
	title: string;
	description: string;
}

export interface OgFrontmatter {
	title: string;
	description?: string | undefined;
	chapter?: number | undefined;
}

/** "Chapter 2" / "第 2 章" (the same labels as the interface, src/i18n/ui.ts). */
export function chapterKicker(locale: Locale, chapter: number): string {
	return textLang(locale) === 'zh-cn' ? `第 ${chapter} 章` : `Chapter ${chapter}`;
}

/**
 * A page's card from its frontmatter. A `zh-tw` page's frontmatter is its Simplified original
 * (content/zh-tw/ holds copies): the card converts it.
 */
export function cardFor(data: OgFrontmatter, locale: Locale): OgCard {
	const text = (s: string) => (locale === 'zh-tw' ? toTraditional(s) : s);
	const card: OgCard = { locale, title: text(data.title.trim()), description: text((data.description ?? '').trim()) };
	if (data.chapter !== undefined) card.kicker = chapterKicker(locale, data.chapter);
	return card;
}

/** The image's text alternative (`og:image:alt`): what the card shows, in reading order. */
export function cardAlt(card: OgCard): string {
	const sep = textLang(card.locale) === 'zh-cn' ? '：' : ': ';
	const heading = card.kicker ? `${card.kicker}${sep}${card.title}` : card.title;
	return `${courseMark(card.locale)} — ${heading}`;
}

/** Every character a set of cards draws (the font subset), sorted, without duplicates. */
export function cardGlyphs(cards: readonly OgCard[]): string {
	const chars = new Set<string>();
	for (const text of [...new Set(cards.map((c) => courseMark(c.locale))), COURSE_MARK, '…', ...cards.flatMap((c) => [c.kicker ?? '', c.title, c.description])]) {
		for (const ch of text) if (ch.trim() !== '' || ch === ' ') chars.add(ch);
	}
	return [...chars].sort().join('');
}

// --- Fitting text ----------------------------------------------------------------------------

/** Ideographs, kana, CJK punctuation and full-width forms: one em wide. */
const WIDE = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u201c\u201d\u2018\u2019]/u;

/**
 * A character's advance in em, estimated for Noto Sans SC (deliberately a little generous, so that
 * text estimated to fit does fit). Curly quotes count as wide: in Noto Sans SC (Chinese cards) they
 * are; for English cards, set in Source Sans 3, that only errs on the safe side.
 */
export function charEm(ch: string): number {
	if (WIDE.test(ch)) return 1;
	if (ch === ' ') return 0.26;
	if (/[ilI.,:;'!|()[\]]/.test(ch)) return 0.3;
	if (/[mwMW]/.test(ch)) return 0.86;
	if (/[A-Z]/.test(ch)) return 0.66;
	if (/[0-9]/.test(ch)) return 0.56;
	return 0.54;
}

/** Estimated width of a string in px at a font size. */
export function textWidth(text: string, fontSize: number): number {
	let em = 0;
	for (const ch of text) em += charEm(ch);
	return em * fontSize;
}

/**
 * Break text into lines no wider than `maxWidth` (estimated), the way a browser would: Latin text
 * breaks at spaces, CJK text between any two characters (but never before closing punctuation
 * or after opening punctuation). A word wider than a line gets a line of its own.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
	const tokens = tokenize(text);
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const candidate = line + token;
		if (line !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth) {
			lines.push(line.trimEnd());
			line = token.trimStart();
		} else {
			line = candidate;
		}
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}

const NO_BREAK_BEFORE = /^[，。、；：？！）》」』”’,.;:?!)\]…%]/u;
const NO_BREAK_AFTER = /[（《「『“‘([]$/u;

/** Break opportunities: a word with its trailing space, or a single CJK character. */
function tokenize(text: string): string[] {
	const raw: string[] = [];
	let word = '';
	for (const ch of text) {
		if (WIDE.test(ch)) {
			if (word) raw.push(word);
			word = '';
			raw.push(ch);
		} else if (ch === ' ') {
			raw.push(`${word} `);
			word = '';
		} else {
			word += ch;
		}
	}
	if (word) raw.push(word);
	// Glue tokens that must not be separated (closing punctuation to what precedes it, opening
	// punctuation to what follows).
	const out: string[] = [];
	for (const token of raw) {
		const prev = out[out.length - 1];
		if (prev !== undefined && !prev.endsWith(' ') && (NO_BREAK_BEFORE.test(token) || NO_BREAK_AFTER.test(prev))) {
			out[out.length - 1] = prev + token;
		} else out.push(token);
	}
	return out;
}

/** The largest size (from `sizes`, largest first) at which text fits in `maxLines` lines. */
export function fitFontSize(text: string, sizes: readonly number[], maxWidth: number, maxLines: number): number {
	for (const size of sizes) if (wrapText(text, size, maxWidth).length <= maxLines) return size;
	return sizes[sizes.length - 1] ?? 16;
}

// --- Layout ----------------------------------------------------------------------------------

/** A satori element: `{ type, props: { style, children } }`, the shape React elements have. */
export interface OgNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: OgNode | string | (OgNode | string)[]; [attr: string]: unknown };
}

const PAD_X = 80;
const CONTENT_WIDTH = OG_WIDTH - 2 * PAD_X;
const TITLE_SIZES = [76, 68, 60, 54, 48] as const;
const DESCRIPTION_SIZES = [34, 31, 28] as const;
const COLORS = { bg: '#f8fafc', ink: '#0f172a', muted: '#475569', mark: '#1e293b', accent: '#1d4ed8', rule: '#e2e8f0' };

/** The course's favicon (public/favicon.svg): a rising line on the accent colour. */
export const MARK_SVG =
	'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><path d="M6 25 L13 17 L18 20 L26 7" fill="none" stroke="#fff" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/><circle cx="26" cy="7" r="2.5" fill="#fbbf24"/></svg>';

/** A faint power-law curve along the bottom edge: the course's subject, as decoration. */
function curveSvg(): string {
	const w = OG_WIDTH;
	const h = 120;
	const points: string[] = [];
	for (let i = 0; i <= 60; i++) {
		const x = (i / 60) * w;
		const y = h - 8 - (h - 24) * (i / 60) ** 2.2;
		points.push(`${x.toFixed(1)},${y.toFixed(1)}`);
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><polyline points="${points.join(' ')}" fill="none" stroke="#1d4ed8" stroke-opacity="0.13" stroke-width="6" stroke-linecap="round"/></svg>`;
}

const svgUri = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const el = (type: string, style: Record<string, string | number>, children?: OgNode['props']['children'], attrs: Record<string, unknown> = {}): OgNode => ({
	type,
	props: { ...attrs, style, ...(children === undefined ? {} : { children }) },
});

/** The card as a satori element tree (1200×630). */
export function cardTree(card: OgCard): OgNode {
	const titleSize = fitFontSize(card.title, TITLE_SIZES, CONTENT_WIDTH, 2);
	const descriptionSize = fitFontSize(card.description, DESCRIPTION_SIZES, CONTENT_WIDTH, 3);
	const locale = LOCALE_INFO[card.locale].htmlLang;
	return el(
		'div',
		{
			width: OG_WIDTH,
			height: OG_HEIGHT,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			position: 'relative',
			backgroundColor: COLORS.bg,
			fontFamily: fontStack(card.locale),
			color: COLORS.ink,
			paddingTop: 56,
			paddingRight: PAD_X,
			paddingBottom: 64,
			paddingLeft: PAD_X,
		},
		[
			el('div', { position: 'absolute', left: 0, top: 0, width: OG_WIDTH, height: 10, backgroundColor: COLORS.accent }),
			el('img', { position: 'absolute', left: 0, bottom: 0, width: OG_WIDTH, height: 120 }, undefined, { src: svgUri(curveSvg()), width: OG_WIDTH, height: 120 }),
			el('div', { display: 'flex', alignItems: 'center', paddingBottom: 22, borderBottom: `2px solid ${COLORS.rule}` }, [
				el('img', { width: 44, height: 44, marginRight: 18 }, undefined, { src: svgUri(MARK_SVG), width: 44, height: 44 }),
				el('div', { fontSize: 28, fontWeight: 700, color: COLORS.mark, letterSpacing: 0.2, fontFamily: fontStack(card.locale, true) }, courseMark(card.locale)),
			]),
			el(
				'div',
				{ display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: 1 },
				[
					...(card.kicker ? [el('div', { fontSize: 30, fontWeight: 700, color: COLORS.accent, marginBottom: 14 }, card.kicker, { lang: locale })] : []),
					el('div', { fontSize: titleSize, fontWeight: 700, lineHeight: 1.16, color: COLORS.ink, lineClamp: 3, display: 'block' }, card.title, { lang: locale }),
					el(
						'div',
						{ fontSize: descriptionSize, fontWeight: 400, lineHeight: 1.45, color: COLORS.muted, marginTop: 26, lineClamp: 3, display: 'block' },
						card.description,
						{ lang: locale },
					),
				],
			),
		],
	);
}
