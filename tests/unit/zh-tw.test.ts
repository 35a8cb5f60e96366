/**
 * The Traditional Chinese edition's converter (src/i18n/zh-tw/): the phrase table's choices, the
 * quotation marks, what the page converter leaves alone, the figure-module converter and the
 * generated content folder.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import OpenCC from 'opencc-js';
import { parseAst } from 'vite';
import { describe, expect, test } from 'vitest';
import { GLOSSARY } from '../../src/data';
import { localeOfId, textLang } from '../../src/i18n/locales';
import { syncGeneratedContent } from '../../src/i18n/zh-tw/content';
import { simplifiedOnlyCharacters, toTraditional } from '../../src/i18n/zh-tw/convert';
import { convertHtml, traditionalFigureFile } from '../../src/i18n/zh-tw/html';
import { PHRASES } from '../../src/i18n/zh-tw/phrases';
import { convertLiterals } from '../../src/i18n/zh-tw/vite';

const opencc = OpenCC.Converter({ from: 'cn', to: 'twp' });
const SIMPLIFIED_ONLY = await simplifiedOnlyCharacters();
const simplifiedIn = (text: string) => [...new Set([...text].filter((c) => SIMPLIFIED_ONLY.has(c)))].join('');

describe('toTraditional', () => {
	test.each(PHRASES.map((p) => [p.cn, p.tw] as const))('the phrase table decides: %s → %s, alone and in a sentence', (cn, tw) => {
		expect(toTraditional(cn)).toBe(tw);
		expect(toTraditional(`我们看${cn}。`)).toBe(`我們看${tw}。`);
	});

	test('each phrase-table entry changes what OpenCC alone would print somewhere in the course', () => {
		const contexts: Record<string, string> = { 只: '这只能说明', 单只: '单只蚂蚁', 线性: '在线性坐标上', 拟合: '重新拟合中', 墙钟: '墙钟时间', 局部: '局部表示', 联系: '联系起来' };
		for (const { cn, tw } of PHRASES) {
			const sample = contexts[cn] ?? cn;
			if (cn === '单只') continue; // kept only so that the 只 rule does not undo OpenCC's measure word
			expect(opencc(sample), cn).not.toBe(toTraditional(sample));
			expect(toTraditional(sample)).toContain(tw);
		}
	});

	test('Taiwan phrasing where OpenCC has it right', () => {
		expect(toTraditional('训练数据和代码、内存、芯片、默认设置、采样概率、键值缓存')).toBe('訓練資料和程式碼、記憶體、晶片、預設設定、取樣機率、鍵值快取');
		expect(toTraditional('在线性坐标上拟合中：参数量与激活参数，高质量数据，推断成本，损失函数')).toBe('在線性座標上擬合中：參數量與激活參數，高品質資料，推論成本，損失函數');
	});

	test('quotation marks become corner brackets; an English apostrophe stays', () => {
		expect(toTraditional('所谓“涌现”，即‘突然’出现')).toBe('所謂「湧現」，即『突然』出現');
		expect(toTraditional('DeepSeek’s 模型')).toBe('DeepSeek’s 模型');
		expect(toTraditional('“Jevons paradox strikes again!”')).toBe('「Jevons paradox strikes again!」');
	});

	test('text without Chinese is returned unchanged', () => {
		for (const s of ['', 'scaling-laws', 'https://example.org/zh-cn/x?a=1#b', '$L(N)=E+A/N^\\alpha$', '6ND']) expect(toTraditional(s)).toBe(s);
	});

	test('a phrase already in Traditional form is not converted again (參數 stays 參數)', () => {
		expect(toTraditional('參數量')).toBe('參數量');
	});
});

describe('the glossary in the Traditional edition', () => {
	test.each(GLOSSARY.map((t) => [t.id, t] as const))('%s: its name converts to Traditional characters and stays distinct from every rejected variant', (_, term) => {
		const name = toTraditional(term.zh);
		expect(simplifiedIn(name)).toBe('');
		for (const variant of term.zhAvoid.filter((v) => !v.startsWith('/'))) expect(toTraditional(variant), variant).not.toBe(name);
	});
});

describe('simplifiedOnlyCharacters', () => {
	test('lists characters only Simplified text uses, not those Traditional text shares', () => {
		for (const c of '这发万于参数们种') expect(SIMPLIFIED_ONLY.has(c), c).toBe(true);
		for (const c of '干后里只面系一的參數') expect(SIMPLIFIED_ONLY.has(c), c).toBe(false);
	});
});

describe('convertHtml', () => {
	const page = (body: string, lang = 'zh-TW') => `<!doctype html><html lang="${lang}"><head><title>规模与涌现</title><meta name="description" content="数据"><meta property="og:url" content="https://x.org/zh-cn/a/"></head><body>${body}</body></html>`;
	const convert = (body: string, lang?: string) => convertHtml(page(body, lang), '/b/');

	test('converts text, titles and reader-facing attributes; leaves everything else byte for byte', () => {
		const out = convert('<p class="数据" id="x" title="参数量">训练数据&amp;代码 <b>涌现</b></p>');
		expect(out).toContain('<title>規模與湧現</title>');
		expect(out).toContain('<meta name="description" content="資料">');
		expect(out).toContain('<p class="数据" id="x" title="參數量">訓練資料&amp;程式碼 <b>湧現</b></p>');
		expect(out).toContain('content="https://x.org/zh-cn/a/"');
	});

	test('quotations, titles of works, code, TeX source, other languages and the language picker keep their form', () => {
		const kept = [
			'<blockquote lang="zh" data-verbatim>参数规模缩减90%</blockquote>',
			'<cite>数据之书</cite>',
			'<code>数据</code>',
			'<pre>代码</pre>',
			'<math><mtext>精确匹配</mtext><annotation encoding="application/x-tex">\\text{精确匹配}</annotation></math>',
			'<section lang="zh-CN">简体中文说明</section>',
			'<starlight-lang-select><select><option value="/b/zh-cn/">简体中文</option></select></starlight-lang-select>',
			'<script>const a = "数据";</script>',
		];
		const out = convert(kept.join(''));
		for (const k of kept.filter((k) => !k.startsWith('<math'))) expect(out).toContain(k);
		expect(out).toContain('<mtext>精確匹配</mtext><annotation encoding="application/x-tex">\\text{精确匹配}</annotation>');
	});

	test('links to Simplified pages lead to the same Traditional page, unless they name their language', () => {
		const out = convert('<a href="/b/zh-cn/emergence/#x">一</a><a href="/b/zh-cn/">二</a><a href="/b/zh-cn/a/" hreflang="zh-CN">简体中文版</a><a href="/b/emergence/">en</a><img src="/b/fig/isoflop-0.zh-cn.wide.light.svg" alt="图">');
		expect(out).toContain('<a href="/b/zh-tw/emergence/#x">一</a><a href="/b/zh-tw/">二</a><a href="/b/zh-cn/a/" hreflang="zh-CN">簡體中文版</a><a href="/b/emergence/">en</a>');
		expect(out).toContain('<img src="/b/fig/isoflop-0.zh-tw.wide.light.svg" alt="圖">');
	});

	test('only what is in zh-TW: an English page with a Traditional section converts that section only', () => {
		const out = convert('<p>数据</p><section lang="zh-TW"><a href="/b/zh-cn/">数据</a></section>', 'en');
		expect(out).toContain('<p>数据</p><section lang="zh-TW"><a href="/b/zh-tw/">資料</a></section>');
		expect(convertHtml('<html lang="zh-CN"><body>数据</body></html>', '/')).toBe('<html lang="zh-CN"><body>数据</body></html>');
	});

	test('a figure file is converted whole', () => {
		const svg = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>训练数据</text><title>参数</title></svg>\n';
		expect(convertHtml(svg, '/', { everything: true })).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text>訓練資料</text><title>參數</title></svg>\n');
		expect(traditionalFigureFile('kv-cache-0.zh-cn.narrow.dark.svg')).toBe('kv-cache-0.zh-tw.narrow.dark.svg');
	});
});

describe('convertLiterals (figure modules for the browser)', () => {
	const run = (code: string) => convertLiterals(code, parseAst(code) as never)?.code ?? code;

	test('strings, template strings, regular expressions and property names; code and ascii untouched', () => {
		const code = "const a = '数据', b = `${n} 词元`, c = /[万亿]$/u, d = { 万: 1e4, 'zh-cn': '参数' }, e = \"it's\"; f(a, 'zh-cn');";
		expect(run(code)).toBe('const a = "資料", b = `${n} 詞元`, c = /[萬億]$/u, d = { "萬": 1e4, \'zh-cn\': "參數" }, e = "it\'s"; f(a, \'zh-cn\');');
	});

	test('a module without Chinese is left alone', () => {
		expect(convertLiterals('export const x = 1;', parseAst('export const x = 1;') as never)).toBeNull();
	});

	test('escapes in template strings survive', () => {
		const code = 'const t = `数据 \\` ${x} \\${y} \\\\`;';
		const out = run(code);
		expect(new Function('x', `${out.replace('const t =', 'return')}`)(1)).toBe('資料 ` 1 ${y} \\');
	});
});

test('Chinese text written in the stylesheets (printed labels) has its Traditional form, converted', () => {
	const css = fs.readFileSync(path.resolve('src/styles/print.css'), 'utf8');
	const simplified = [...css.matchAll(/:lang\(zh-CN\)[^{]*\{\s*content: '([^']+)'/g)].map((m) => m[1] ?? '');
	const traditional = [...css.matchAll(/:lang\(zh-TW\)[^{]*\{\s*content: '([^']+)'/g)].map((m) => m[1] ?? '');
	expect(simplified.length).toBeGreaterThan(0);
	expect(traditional).toEqual(simplified.map(toTraditional));
	// Nothing else in a stylesheet is Simplified-only text.
	for (const file of ['src/styles/print.css', 'src/styles/course.css']) {
		const text = fs.readFileSync(path.resolve(file), 'utf8').replace(/:lang\(zh-CN\)[^{]*\{[^}]*\}/g, '');
		expect(simplifiedIn(text), file).toBe('');
	}
});

describe('generated content and locales', () => {
	test('content/zh-tw mirrors content/zh-cn: copies, updates, removes', () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhtw-'));
		fs.mkdirSync(path.join(dir, 'zh-cn'));
		fs.writeFileSync(path.join(dir, 'zh-cn', 'a.mdx'), '---\ntitle: 数据\n---\n');
		fs.writeFileSync(path.join(dir, 'zh-cn', 'b.mdx'), 'b');
		expect(syncGeneratedContent(dir).sort()).toEqual(['a.mdx', 'b.mdx']);
		expect(syncGeneratedContent(dir)).toEqual([]);
		fs.rmSync(path.join(dir, 'zh-cn', 'b.mdx'));
		fs.writeFileSync(path.join(dir, 'zh-cn', 'a.mdx'), 'changed');
		expect(syncGeneratedContent(dir)).toEqual(['a.mdx']);
		expect(fs.readdirSync(path.join(dir, 'zh-tw'))).toEqual(['a.mdx']);
		expect(fs.readFileSync(path.join(dir, 'zh-tw', 'a.mdx'), 'utf8')).toBe('changed');
		fs.rmSync(dir, { recursive: true });
	});

	test('a zh-tw page renders Simplified text (converted afterwards) under its own locale', () => {
		expect(localeOfId('zh-tw/emergence')).toBe('zh-tw');
		expect(localeOfId('zh-tw')).toBe('zh-tw');
		expect(localeOfId('zh-cn/x')).toBe('zh-cn');
		expect(localeOfId('en')).toBe('en');
		expect(localeOfId('emergence')).toBe('en');
		expect(textLang('zh-tw')).toBe('zh-cn');
	});
});
