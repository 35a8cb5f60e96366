// Which of a build's pages are the course's chapters and which locale each page is in, read from the
// site itself: the chapters are the sidebar's first group (`src/sidebar.ts`) in every language
// built, and a locale is any `/xx-yy/` path prefix, so a new chapter or a new locale (zh-tw) needs
// no change here.
import { sidebar } from '../../../src/sidebar.ts';

const CHAPTER_SLUGS = new Set(sidebar[0]?.items ?? []);

/**
 * A page's locale: its `/xx-yy/` path prefix (`zh-cn`, `zh-tw`, …), or '' for the root locale.
 * @param {string} page
 */
export const localeOf = (page) => /^\/([a-z]{2,3}-[a-z0-9]{2,8})\//i.exec(page)?.[1]?.toLowerCase() ?? '';

/**
 * The page's path without its locale prefix.
 * @param {string} page
 */
export const unlocalized = (page) => {
	const locale = localeOf(page);
	return locale ? page.slice(locale.length + 1) : page;
};

/**
 * The chapter pages among a build's rows (from `countSite`), in every locale.
 * @template {{ page: string }} T
 * @param {T[]} rows
 * @returns {T[]}
 */
export const chapterRows = (rows) => rows.filter((r) => CHAPTER_SLUGS.has(unlocalized(r.page).replace(/^\/|\/$/g, '')));

/**
 * The chapters with the most and the fewest HTML elements (the first in path order on a tie).
 * @template {{ page: string, elements: number }} T
 * @param {T[]} rows
 * @returns {{ heaviest: T, lightest: T, chapters: number } | null}
 */
export function heaviestAndLightest(rows) {
	const chapters = chapterRows(rows);
	if (!chapters.length) return null;
	const heaviest = chapters.reduce((a, b) => (b.elements > a.elements ? b : a));
	const lightest = chapters.reduce((a, b) => (b.elements < a.elements ? b : a));
	return { heaviest, lightest, chapters: chapters.length };
}

/**
 * Rows grouped by locale, the root locale first.
 * @template {{ page: string }} T
 * @param {T[]} rows
 * @returns {[string, T[]][]}
 */
export function byLocale(rows) {
	/** @type {Map<string, T[]>} */
	const groups = new Map();
	for (const r of rows) {
		const locale = localeOf(r.page);
		if (!groups.has(locale)) groups.set(locale, []);
		groups.get(locale)?.push(r);
	}
	return [...groups.entries()].sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)));
}

/**
 * Is this page in the root locale (English here)?
 * @param {string} page
 */
export const isRootLocale = (page) => localeOf(page) === '';
