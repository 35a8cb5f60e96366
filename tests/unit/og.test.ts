/** Link-preview cards: paths, card text, text fitting, the layout tree and the rasteriser. */
import { describe, expect, test } from 'vitest';
import {
	cardAlt,
	cardFor,
	cardGlyphs,
	cardTree,
	COURSE_MARK,
	fitFontSize,
	OG_HEIGHT,
	OG_WIDTH,
	type OgNode,
	textWidth,
	wrapText,
} from '../../src/og/card';
import { isNotFoundId, langOfId, ogImageSlug, ogImageUrl, ogSourceId } from '../../src/og/paths';
import { fontsFor, loadFonts, renderCardPng } from '../../src/og/render';

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
	const view = Buffer.from(png);
	expect([...view.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(view.toString('latin1', 12, 16)).toBe('IHDR');
	return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

describe('paths', () => {
	test.each([
		['index', 'index', 'en'],
		['zh-cn', 'zh-cn/index', 'zh-cn'],
		['scaling-laws', 'scaling-laws', 'en'],
		['zh-cn/scaling-laws', 'zh-cn/scaling-laws', 'zh-cn'],
		['zh-tw', 'zh-tw/index', 'zh-tw'],
		['zh-tw/scaling-laws', 'zh-tw/scaling-laws', 'zh-tw'],
	] as const)('%s → og/%s.png (%s)', (id, slug, lang) => {
		expect(ogImageSlug(id)).toBe(slug);
		expect(langOfId(id)).toBe(lang);
	});

	test('a chapter whose slug starts with "zh-cn" is not mistaken for Chinese', () => {
		expect(langOfId('zh-cnx')).toBe('en');
	});

	test('the 404 page uses its language’s home image; other pages their own', () => {
		expect(ogSourceId('404', undefined)).toBe('index');
		expect(ogSourceId('404', 'zh-cn')).toBe('zh-cn');
		expect(ogSourceId('zh-cn/404', 'zh-cn')).toBe('zh-cn');
		expect(isNotFoundId('zh-cn/404')).toBe(true);
		expect(isNotFoundId('4040')).toBe(false);
		expect(ogSourceId('limits', undefined)).toBe('limits');
		expect(ogSourceId('zh-cn/limits', 'zh-cn')).toBe('zh-cn/limits');
	});

	test.each([
		['/', 'http://localhost:4321', 'http://localhost:4321/og/zh-cn/limits.png'],
		['/scale-and-emergence/', 'https://x.github.io', 'https://x.github.io/scale-and-emergence/og/zh-cn/limits.png'],
		['scale-and-emergence', 'https://x.github.io/', 'https://x.github.io/scale-and-emergence/og/zh-cn/limits.png'],
		['/a/b', new URL('https://example.org/ignored/path'), 'https://example.org/a/b/og/zh-cn/limits.png'],
	] as const)('absolute URL under base %s', (base, site, url) => {
		expect(ogImageUrl('zh-cn/limits', base, site)).toBe(url);
	});
});

describe('card text', () => {
	test('chapter label in the page’s language, only when there is a chapter', () => {
		expect(cardFor({ title: 'Scaling laws', description: 'd', chapter: 2 }, 'en').kicker).toBe('Chapter 2');
		expect(cardFor({ title: '规模定律', description: 'd', chapter: 2 }, 'zh-cn').kicker).toBe('第 2 章');
		expect(cardFor({ title: 'Scale & Emergence', description: 'd' }, 'en').kicker).toBeUndefined();
	});

	test('alt text names the course, the chapter and the title', () => {
		expect(cardAlt(cardFor({ title: 'Scaling laws', chapter: 2 }, 'en'))).toBe(`${COURSE_MARK} — Chapter 2: Scaling laws`);
		expect(cardAlt(cardFor({ title: '规模定律', chapter: 2 }, 'zh-cn'))).toBe(`${COURSE_MARK} — 第 2 章：规模定律`);
		expect(cardAlt(cardFor({ title: '规模与涌现' }, 'zh-cn'))).toBe(`${COURSE_MARK} — 规模与涌现`);
	});

	test('glyphs: every drawn character once, sorted, including the course mark', () => {
		const glyphs = cardGlyphs([cardFor({ title: 'aab', description: '涌现 b', chapter: 3 }, 'zh-cn')]);
		expect([...glyphs]).toEqual([...new Set(glyphs)]);
		expect([...glyphs]).toEqual([...glyphs].sort());
		for (const ch of `${COURSE_MARK}aab涌现第3章…`) expect(glyphs).toContain(ch);
		expect(glyphs).not.toMatch(/[\n\t]/);
	});
});

describe('text fitting', () => {
	const latin = 'What DeepSeek-V2, V3 and R1 really report: mixture of experts, latent attention, FP8, multi-token prediction.';
	const chinese = '训练算力要花多少钱（从 FLOPs 到 GPU 时再到金额），模型离公开人类文本的存量还有多远。';

	test('CJK characters are estimated wider than Latin letters', () => {
		expect(textWidth('规模', 10)).toBe(20);
		expect(textWidth('ab', 10)).toBeLessThan(12);
		expect(textWidth('', 10)).toBe(0);
	});

	test('Latin text breaks at spaces, within the width, losing no word', () => {
		const lines = wrapText(latin, 32, 600);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(textWidth(line, 32)).toBeLessThanOrEqual(600);
		expect(lines.join(' ')).toBe(latin);
		for (const line of lines) expect(line).toBe(line.trim());
	});

	test('Chinese text breaks between characters, never before closing punctuation', () => {
		const lines = wrapText(chinese, 32, 400);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(textWidth(line, 32)).toBeLessThanOrEqual(400);
		for (const line of lines) expect(line).not.toMatch(/^[，。）、]/);
		for (const line of lines) expect(line).not.toMatch(/（$/);
		expect(lines.join('').replace(/\s/g, '')).toBe(chinese.replace(/\s/g, ''));
	});

	test('a word wider than the line gets a line of its own', () => {
		expect(wrapText('a supercalifragilistic b', 40, 100)).toEqual(['a', 'supercalifragilistic', 'b']);
	});

	test('empty text has no lines', () => {
		expect(wrapText('', 30, 500)).toEqual([]);
	});

	test('the largest size that fits, else the smallest', () => {
		expect(fitFontSize('Glossary', [76, 60, 48], 1040, 2)).toBe(76);
		const long = 'The DeepSeek efficiency debate: what the reports show about cost';
		const size = fitFontSize(long, [76, 60, 48], 1040, 2);
		expect(size).toBeLessThan(76);
		expect(wrapText(long, size, 1040).length).toBeLessThanOrEqual(2);
		expect(fitFontSize('x '.repeat(400), [76, 60, 48], 1040, 2)).toBe(48);
	});
});

describe('card layout', () => {
	const texts = (node: OgNode | string): string[] => {
		if (typeof node === 'string') return [node];
		const c = node.props.children;
		return c === undefined ? [] : (Array.isArray(c) ? c : [c]).flatMap(texts);
	};

	test('the tree is 1200×630 and shows mark, chapter, title and description', () => {
		const card = cardFor({ title: '规模定律', description: '双对数坐标上的幂律。', chapter: 2 }, 'zh-cn');
		const tree = cardTree(card);
		expect(tree.props.style?.['width']).toBe(OG_WIDTH);
		expect(tree.props.style?.['height']).toBe(OG_HEIGHT);
		expect(texts(tree)).toEqual([COURSE_MARK, '第 2 章', '规模定律', '双对数坐标上的幂律。']);
	});

	test('no chapter line without a chapter', () => {
		const tree = cardTree(cardFor({ title: 'Glossary', description: 'Every term.' }, 'en'));
		expect(texts(tree)).toEqual([COURSE_MARK, 'Glossary', 'Every term.']);
	});
});

describe('rendering (Noto Sans SC from npm, subset)', () => {
	const en = cardFor({ title: 'Scaling laws', description: 'Power laws on log-log axes, C ≈ 6ND, and what the 2024 replication changed.', chapter: 2 }, 'en');
	const zh = cardFor({ title: '规模定律', description: '双对数坐标上的幂律、Kaplan 的三条规模定律，以及 2024 年复现研究带来的修正。', chapter: 2 }, 'zh-cn');

	test('the subset fonts are small and the PNGs are 1200×630 and differ by language', async () => {
		const fonts = await loadFonts(cardGlyphs([en, zh]));
		expect(fonts.map((f) => `${f.name} ${f.weight}`).sort()).toEqual(['Noto Sans SC 400', 'Noto Sans SC 700', 'Source Sans 3 400', 'Source Sans 3 700']);
		// Noto Sans SC is 10 MB per weight in full; the subset keeps only the characters drawn.
		for (const f of fonts) expect(f.data.length).toBeLessThan(60_000);
		const [enPng, zhPng] = await Promise.all([renderCardPng(en, fonts), renderCardPng(zh, fonts)]);
		for (const png of [enPng, zhPng]) {
			expect(pngSize(png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
			expect(png.length).toBeLessThan(150_000);
		}
		expect(Buffer.compare(enPng, zhPng)).not.toBe(0);
	});

	test('a Traditional card: its text converted from the Simplified frontmatter, set in Noto Sans TC (subset), with Taiwan glyph forms', async () => {
		const tw = cardFor({ title: '规模定律', description: '双对数坐标上的幂律、Kaplan 的三条规模定律，以及 2024 年复现研究带来的修正。', chapter: 2 }, 'zh-tw');
		expect([tw.kicker, tw.title, tw.description]).toEqual(['第 2 章', '規模定律', '雙對數座標上的冪律、Kaplan 的三條規模定律，以及 2024 年復現研究帶來的修正。']);
		expect(cardAlt(tw)).toBe('Scale & Emergence · 規模與湧現 — 第 2 章：規模定律');
		expect(cardTree(tw).props.style?.['fontFamily']).toBe("'Noto Sans TC', 'Source Sans 3'");
		const fonts = await fontsFor([en, zh, tw]);
		expect(fonts.map((f) => `${f.name} ${f.weight}`).sort()).toEqual(['Noto Sans SC 400', 'Noto Sans SC 700', 'Noto Sans TC 400', 'Noto Sans TC 700', 'Source Sans 3 400', 'Source Sans 3 700']);
		for (const f of fonts) expect(f.data.length).toBeLessThan(60_000);
		const [zhPng, twPng] = await Promise.all([renderCardPng(zh, fonts), renderCardPng(tw, fonts)]);
		expect(pngSize(twPng)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
		expect(Buffer.compare(zhPng, twPng)).not.toBe(0);
	});

	test('a character missing from the font fails loudly instead of drawing nothing', async () => {
		const fonts = await loadFonts(cardGlyphs([en]));
		await expect(renderCardPng(zh, fonts)).rejects.toThrow(/no glyph/);
	});
});
