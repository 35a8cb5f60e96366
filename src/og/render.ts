/**
 * Rasterise link-preview cards at build time: the card tree (`card.ts`) → SVG with satori → PNG
 * with resvg. Text is drawn only with fonts from npm packages, never system fonts:
 * - Noto Sans SC (`@expo-google-fonts/noto-sans-sc`, SIL OFL 1.1) for Chinese, and everything else
 *   in Chinese cards; Noto Sans TC (`@expo-google-fonts/noto-sans-tc`, SIL OFL 1.1) instead on the
 *   Traditional edition's cards, for Taiwan's glyph forms. Their full TTFs are 7–10 MB per weight:
 *   they are subset with HarfBuzz (`subset-font`) to exactly the characters the cards draw, once per
 *   build, in memory.
 * - Source Sans 3 (`@fontsource/source-sans-3`, SIL OFL 1.1; its Latin subset, 20 KB per weight)
 *   for English text, where Noto Sans SC's full-width quotes and apostrophes would look wrong.
 *   Noto Sans SC's Latin letters are Source Sans, so both languages share one design.
 * No font file reaches dist/: the cards are PNGs.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import subsetFont from 'subset-font';
import { cardGlyphs, cardTree, CJK_FONT, CJK_TC_FONT, LATIN_FONT, OG_HEIGHT, OG_WIDTH, type OgCard } from './card';

const WEIGHTS = [400, 700] as const;
type Weight = (typeof WEIGHTS)[number];

const CJK_FILES: Record<Weight, string> = {
	400: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
	700: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
};
const CJK_TC_FILES: Record<Weight, string> = {
	400: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
	700: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
};
const LATIN_FILES: Record<Weight, string> = {
	400: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff',
	700: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff',
};

export interface OgFont {
	name: string;
	data: Buffer;
	weight: Weight;
	style: 'normal';
}

// Resolved from the project root, not from this module: the build bundles this file elsewhere.
const requireFromRoot = createRequire(path.join(process.cwd(), 'package.json'));

/**
 * The fonts in the two weights the cards use: Noto Sans SC cut down to `glyphs`, and, when there
 * are Traditional cards, Noto Sans TC cut down to `traditionalGlyphs`.
 */
export async function loadFonts(glyphs: string, traditionalGlyphs = ''): Promise<OgFont[]> {
	const read = (spec: string) => fs.readFile(requireFromRoot.resolve(spec));
	const subset = async (spec: string, chars: string) => subsetFont(await read(spec), chars, { targetFormat: 'truetype' });
	const fonts = await Promise.all(
		WEIGHTS.map(async (weight): Promise<OgFont[]> => {
			const [latin, sc, tc] = await Promise.all([read(LATIN_FILES[weight]), subset(CJK_FILES[weight], glyphs), traditionalGlyphs ? subset(CJK_TC_FILES[weight], traditionalGlyphs) : null]);
			return [
				{ name: LATIN_FONT, data: latin, weight, style: 'normal' },
				{ name: CJK_FONT, data: sc, weight, style: 'normal' },
				...(tc ? [{ name: CJK_TC_FONT, data: tc, weight, style: 'normal' } as const] : []),
			];
		}),
	);
	return fonts.flat();
}

const fontCache = new Map<string, Promise<OgFont[]>>();

/** `loadFonts`, once per character set (one build subsets once for all its cards). */
export function fontsFor(cards: readonly OgCard[]): Promise<OgFont[]> {
	const glyphs = cardGlyphs(cards.filter((c) => c.locale !== 'zh-tw'));
	const traditional = cards.some((c) => c.locale === 'zh-tw') ? cardGlyphs(cards.filter((c) => c.locale === 'zh-tw')) : '';
	const key = `${glyphs}\n${traditional}`;
	let fonts = fontCache.get(key);
	if (!fonts) {
		fonts = loadFonts(glyphs, traditional);
		fontCache.set(key, fonts);
	}
	return fonts;
}

/** The card as an SVG string. Fails if any character has no glyph in the fonts. */
export async function renderCardSvg(card: OgCard, fonts: OgFont[]): Promise<string> {
	return satori(cardTree(card) as Parameters<typeof satori>[0], {
		width: OG_WIDTH,
		height: OG_HEIGHT,
		fonts,
		loadAdditionalAsset: async (code, segment) => {
			throw new Error(`Link preview for "${card.title}": no glyph for ${JSON.stringify(segment)} (${code}) in the card fonts`);
		},
	});
}

/** The card as a 1200×630 PNG. */
export async function renderCardPng(card: OgCard, fonts: OgFont[]): Promise<Buffer> {
	const svg = await renderCardSvg(card, fonts);
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: OG_WIDTH },
		font: { loadSystemFonts: false },
		background: '#f8fafc',
	}).render();
	return png.asPng();
}
