/** The SVG font-size reading shared by the phone test and the bench (`tests/support/phone.ts`). */
import { describe, expect, test } from 'vitest';
import { svgFileText } from '../support/phone';

const svg = (root: string, body = '') => `<?xml version="1.0" encoding="UTF-8"?>\n<svg ${root} xmlns="http://www.w3.org/2000/svg">${body}</svg>\n`;

describe('svgFileText', () => {
	test('the root style overrides the root font-size attribute, in either order', () => {
		for (const root of ['style="font-size:12.5px" viewBox="0 0 320 130" font-size="10"', 'font-size="10" viewBox="0 0 320 130" style="font-size:12.5px"']) {
			expect(svgFileText(svg(root, '<text>a</text>'))).toEqual({ minFont: 12.5, viewWidth: 320 });
		}
	});

	test('without a root style the attribute counts; a smaller size inside wins', () => {
		expect(svgFileText(svg('viewBox="0 0 640 400" font-size="10"')).minFont).toBe(10);
		expect(svgFileText(svg('style="font-size:12.5px" viewBox="0 0 320 130" font-size="10"', '<g font-size="9"><text>a</text></g>')).minFont).toBe(9);
		expect(svgFileText(svg('style="font-size:12.5px" viewBox="0 0 320 130"', '<text style="font-size: 8.5px">a</text>')).minFont).toBe(8.5);
	});
});
