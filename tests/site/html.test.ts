/**
 * Every built page validates with html-validate (`.htmlvalidate.json`: the recommended rules).
 * Rules switched off there, each only because its violations are in Starlight's own markup:
 * - void-style: Astro/Starlight write `<meta/>`; both forms are valid HTML.
 * - no-implicit-button-type: Starlight's search and menu buttons have no `type`.
 * - no-inline-style: Starlight's search dialog and icons use `style="…"`.
 * - valid-id: Starlight's skip link targets `#_top`.
 * - unique-landmark: Starlight's two table-of-contents `<nav>`s (mobile and desktop) share a name.
 * - no-raw-characters: Starlight writes the site title "Scale & Emergence" unescaped in `<title>`.
 * Messages inside Expressive Code blocks (Starlight's code renderer puts `<div>` lines inside
 * `<code>` and an icon-only copy button with a `title`) are not ours and are left out below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { expect, test } from 'vitest';
import { assertBuilt, builtPages, DIST, fileForPath } from '../support/site';

/** Offsets of Expressive Code blocks in a page's source. */
function expressiveCodeRanges(source: string): [number, number][] {
	const ranges: [number, number][] = [];
	for (const m of source.matchAll(/<div class="expressive-code">/g)) {
		const end = source.indexOf('</figure></div>', m.index);
		ranges.push([m.index, end === -1 ? source.length : end]);
	}
	return ranges;
}

test('every built page is valid HTML (outside markup we do not own)', async () => {
	assertBuilt();
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	const files = builtPages().flatMap((p) => fileForPath(p) ?? []);
	for (const file of files) {
		const source = fs.readFileSync(file, 'utf8');
		const ranges = expressiveCodeRanges(source);
		const report = await validator.validateString(source, file);
		for (const result of report.results) {
			for (const m of result.messages) {
				if (ranges.some(([a, b]) => m.offset >= a && m.offset <= b)) continue;
				problems.push(`${path.relative(DIST, file)}:${m.line}:${m.column} [${m.ruleId}] ${m.message}`);
			}
		}
	}
	expect(files.length).toBeGreaterThan(15);
	expect(problems).toEqual([]);
});
