/**
 * Page weight, deterministically: the number of HTML elements a page's parser must build and style
 * (Lighthouse flags DOM size; math and long tables once made a chapter ten thousand elements).
 * Shared by the site test (`tests/site/pages.test.ts`), which guards the budget, and the bench,
 * which reports the counts; erasable TypeScript, so that Node imports it as it is.
 */
import { parseHTML } from 'linkedom';

/** The most HTML elements a page may have. */
export const ELEMENT_BUDGET = 3000;

/** Every element of a page's HTML, as parsed (linkedom), `<html>` included. */
export function elementCount(html: string): number {
	return parseHTML(html).document.querySelectorAll('*').length;
}
