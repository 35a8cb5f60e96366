/**
 * The math font. Display math (and the few inline formulas plain HTML cannot set) is KaTeX's
 * MathML output, which browsers lay out natively: no KaTeX CSS, fonts or HTML boxes on the page.
 * MathML needs a font with an OpenType MATH table (stretchy brackets, script sizes); readers'
 * systems differ, so the site ships one: STIX Two Math (SIL OFL 1.1, via @fontsource), subset at
 * build time with HarfBuzz to the characters below (~35 KB as WOFF2 instead of ~400 KB). The MATH
 * table and the size variants of brackets survive the subset. `tests/site` checks that every
 * character inside a `<math>` on a built page is in the font.
 */
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';

/** The font's family name in CSS, and where the build serves it (under the base path). */
export const MATH_FONT_FAMILY = 'Course Math';
export const MATH_FONT_PATH = 'fonts/course-math.woff2';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)).join('');

/**
 * Characters the font keeps: printable ASCII; Greek; MathML's automatic italic forms of Latin and
 * Greek letters (an `<mi>x</mi>` is drawn with U+1D465, not "x"); and the operators, relations and
 * symbols the course's formulas use.
 */
export const MATH_FONT_CHARS = [
	range(0x20, 0x7e),
	range(0x391, 0x3c9),
	range(0x3d1, 0x3d6),
	range(0x1d434, 0x1d467),
	range(0x1d6e2, 0x1d71b),
	'ħℎ∂∇∈∉∑∏∫√∞∝∼≈≃≠≡≤≥≪≫≲≳±×÷·⋅∘−∕∣∥‖→←↔⇒⇔…⋯′″‴ℓℒ𝓛⟨⟩⌈⌉⌊⌋°%',
].join('');

const require = createRequire(import.meta.url);

let font: Promise<Buffer> | undefined;

/** The subset font as WOFF2 (built once per build). */
export function mathFont(): Promise<Buffer> {
	font ??= fs.readFile(require.resolve('@fontsource/stix-two-math/files/stix-two-math-latin-400-normal.woff2')).then((source) => subsetFont(source, MATH_FONT_CHARS, { targetFormat: 'woff2' }));
	return font;
}

/** The `@font-face` rule and the rule that sets math in it, for a site served under `base`. */
export function mathFontCss(base: string): string {
	return `@font-face{font-family:'${MATH_FONT_FAMILY}';src:url('${base}${MATH_FONT_PATH}') format('woff2');font-display:swap}math{font-family:'${MATH_FONT_FAMILY}',math}`;
}
