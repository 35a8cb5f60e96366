/** Citation locators print in the page's language; an untranslatable one fails the build. */
import { describe, expect, test } from 'vitest';
import { CLAIMS } from '../../src/data';
import { FIGURE_IDS } from '../../src/figures/ids';
import { loadFigure } from '../../src/figures/registry';
import { formatLocator } from '../../src/i18n/locator';
import { componentAttributes, readChapters } from '../support/chapters';
import { ENGLISH_LOCATOR } from '../support/zh-text';

describe('formatLocator', () => {
	test.each([
		['§3.2, Table 4, p. 13', '§3.2，表 4，第 13 页'],
		['App. D.2, eq. 10', '附录 D.2，式 10'],
		['abstract; §3.2.3', '摘要；§3.2.3'],
		['§3, Figs. 3–4', '§3，图 3–4'],
		['§2, footnote 1', '§2，脚注 1'],
		['Fig. 1.1 caption; §2', '图 1.1 图注；§2'],
		['refit of Approach 3', '方法 3 的重新拟合'],
		['abstract; Fig. 1; Epoch 2024 blog', '摘要；图 1；Epoch 2024 年博客'],
		['README, model table and §7 License', 'README 的模型表与第 7 节（License）'],
		['§2.1 (C ≈ 6ND)', '§2.1（C ≈ 6ND）'],
		['§2，表 1', '§2，表 1'],
	])('%s → %s', (at, zh) => {
		expect(formatLocator(at, 'zh-cn')).toBe(zh);
		expect(formatLocator(at, 'en')).toBe(at);
	});

	test('an English word it cannot translate fails loudly, naming the locator', () => {
		expect(() => formatLocator('§2, second paragraph', 'zh-cn')).toThrow(/"§2, second paragraph".*"second", "paragraph"/);
	});

	test('every locator of the course has a Chinese form', async () => {
		const figureSources = await Promise.all(FIGURE_IDS.map(async (id) => (await loadFigure(id)).sources));
		const all = [
			...CLAIMS.flatMap((c) => c.sources.map((s) => s.at)),
			...figureSources.flat().map((s) => s.at),
			...readChapters('zh-cn').flatMap((c) => componentAttributes(c.body, 'Cite', 'at')),
		].filter((at): at is string => Boolean(at));
		expect(all.length).toBeGreaterThan(100);
		for (const at of all) expect(formatLocator(at, 'zh-cn'), at).not.toMatch(ENGLISH_LOCATOR);
	});
});
