/**
 * Figures on a phone, measured in Chromium: what the phone test (`tests/browser/phone.test.ts`)
 * asserts and the bench (`tests/bench/lib/phone.mjs`) reports, measured by the same code. Erasable
 * TypeScript only and no imports of project files, so that Node ≥ 23.6 imports it as it is (the
 * bench runs without a bundler).
 */
import type { Page } from 'playwright-core';
import { scrollToElement } from './browser.ts';

/** A small phone: 360 CSS px wide, at twice the pixel density, with touch. */
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
/** The smallest text a chart may render, in CSS px. */
export const MIN_TEXT_PX = 11;
/** The smallest touch target (WCAG 2.5.8), in CSS px. */
export const MIN_TARGET_PX = 24;

/** The smallest font size (in chart units) an SVG file sets, and its viewBox width. */
export function svgFileText(svg: string): { minFont: number; viewWidth: number } {
	const viewWidth = Number(/viewBox="0 0 ([\d.]+)/.exec(svg)?.[1]);
	// Plot's root carries both a `font-size` attribute and an inline style that overrides it: when
	// the style sets one, the attribute sets nothing (in whichever order the two are written).
	const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
	const effective = /font-size:\s*[\d.]+px/.test(root) ? svg.replace(root, root.replace(/ font-size="[\d.]+"/, '')) : svg;
	const sizes = [...effective.matchAll(/font-size(?:="|:)\s*([\d.]+)/g)].map((m) => Number(m[1]));
	return { minFont: Math.min(...sizes), viewWidth };
}

/** The page's scrollable width against its viewport's: wider means it scrolls sideways. */
export function pageWidth(page: Page): Promise<{ scroll: number; view: number }> {
	return page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
}

export interface ImageText {
	src: string;
	layout: string | null;
	/** Smallest font size in the file, in chart units, and the file's width in the same units. */
	minFont: number;
	viewWidth: number;
	/** The width the image is shown at, CSS px. */
	shown: number;
	/** The smallest text as shown, CSS px. */
	px: number;
}

/**
 * Every default-view image the page shows, with the smallest text it renders: the file's smallest
 * font size scaled by the width it is shown at. `readSvg` returns an image's file from its `src`.
 */
export async function imageText(page: Page, readSvg: (src: string) => string): Promise<ImageText[]> {
	const images = await page.locator('.fig-chart img:visible').evaluateAll((imgs) =>
		imgs.map((img) => ({ src: img.getAttribute('src') ?? '', shown: img.getBoundingClientRect().width, layout: img.getAttribute('data-layout') })),
	);
	return images.map((img) => {
		const { minFont, viewWidth } = svgFileText(readSvg(img.src));
		return { ...img, minFont, viewWidth, px: minFont * (img.shown / viewWidth) };
	});
}

/** The `id`s of the page's figures (`fig-<figure id>`). */
export function figureAnchors(page: Page): Promise<string[]> {
	return page.locator('figure.course-figure').evaluateAll((els) => els.map((el) => el.id));
}

export interface LiveFigure {
	/** The smallest text the live chart renders (chart text and legend swatches), CSS px. */
	smallestText: { px: number; text: string };
	/** Touch targets (controls, buttons, points' hit areas) smaller than MIN_TARGET_PX either way. */
	small: string[];
	/** The smallest touch target, by its shorter side, CSS px. */
	smallestTarget: { px: number; what: string } | null;
	/** Points that can be focused, and their hit areas. */
	points: number;
	hits: number;
}

/**
 * Reach for a figure as a reader on a phone does (scroll to it, tap its title), wait for the live
 * chart, and measure it. `anchor` is the figure's `id` (`fig-<figure id>`).
 */
export async function measureLiveFigure(page: Page, anchor: string): Promise<LiveFigure> {
	const { x, y } = await scrollToElement(page.locator(`#${anchor} .fig-title`));
	await page.touchscreen.tap(x, y);
	await page.waitForSelector(`#${anchor} course-figure[data-state="ready"]`, { timeout: 20_000 });
	await page.waitForFunction((fig) => Number(document.querySelector(`#${fig} course-figure`)?.getAttribute('data-rendered') ?? 0) > 0, anchor);
	return page.locator(`#${anchor}`).evaluate((figure, minTarget) => {
		const smallestText = { px: Infinity, text: '' };
		const consider = (el: Element, px: number) => {
			if (px < smallestText.px) Object.assign(smallestText, { px, text: el.textContent?.trim().slice(0, 30) ?? '' });
		};
		for (const text of figure.querySelectorAll<SVGTextElement>('.fig-plots svg[role] text, .fig-plots svg[role] tspan')) {
			if (!text.textContent?.trim() || !text.getClientRects().length) continue;
			consider(text, parseFloat(getComputedStyle(text).fontSize) * (text.ownerSVGElement?.getScreenCTM()?.a ?? 1));
		}
		for (const el of figure.querySelectorAll<HTMLElement>('.fig-plots [class$="-swatches"] *')) {
			if (el.textContent?.trim() && !el.children.length) consider(el, parseFloat(getComputedStyle(el).fontSize));
		}
		const small: string[] = [];
		let smallestTarget: { px: number; what: string } | null = null;
		for (const el of figure.querySelectorAll<HTMLElement>('.fig-controls input[type="range"], .fig-controls input[type="text"], .fig-choice label, button, .fig-hit')) {
			const box = el.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue; // hidden
			const name = el.getAttribute('data-param') ?? el.textContent?.trim().slice(0, 20) ?? '';
			const what = `${el.tagName.toLowerCase()}${el.getAttribute('class') ? `.${el.getAttribute('class')}` : ''}${name ? ` “${name}”` : ''} ${box.width.toFixed(1)}×${box.height.toFixed(1)}`;
			const px = Math.min(box.width, box.height);
			if (px < minTarget) small.push(what);
			if (!smallestTarget || px < smallestTarget.px) smallestTarget = { px, what };
		}
		return { smallestText, small, smallestTarget, points: figure.querySelectorAll('.fig-point').length, hits: figure.querySelectorAll('.fig-hit').length };
	}, MIN_TARGET_PX);
}
