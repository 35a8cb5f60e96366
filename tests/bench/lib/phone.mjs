// Pages on a 360 px phone: the numbers behind `tests/browser/phone.test.ts`, measured by the same
// code (`tests/support/phone.ts`). Per page: its scrollable width against the viewport's; the
// smallest text in its figures' default-view images (the file's smallest font size scaled to the
// width it is shown at) and in their live charts (after a tap on each figure's title); and the
// smallest touch target among controls, buttons and chart points.
import fs from 'node:fs';
import path from 'node:path';
import { figureAnchors, imageText, measureLiveFigure, MIN_TARGET_PX, MIN_TEXT_PX, PHONE, pageWidth } from '../../support/phone.ts';

export { MIN_TARGET_PX, MIN_TEXT_PX, PHONE };

const smallest = (items, px) => items.reduce((a, b) => (a === null || px(b) < px(a) ? b : a), null);

/** @param {{ browser: import('playwright-core').Browser, origin: string, dist: string, rows: any[], log: Function }} o */
export async function phoneChecks({ browser, origin, dist, rows, log }) {
	const out = [];
	const context = await browser.newContext(PHONE);
	const readSvg = (src) => fs.readFileSync(path.join(dist, decodeURIComponent(new URL(src, origin).pathname)), 'utf8');
	try {
		for (const row of rows) {
			const page = await context.newPage();
			try {
				await page.goto(origin + row.page, { waitUntil: 'load' });
				const width = await pageWidth(page);
				const images = row.figures.length ? await imageText(page, readSvg) : [];
				const live = [];
				for (const anchor of row.figures.length ? await figureAnchors(page) : []) {
					try {
						live.push({ anchor, ...(await measureLiveFigure(page, anchor)) });
					} catch (error) {
						live.push({ anchor, error: String(error?.message ?? error).split('\n')[0] });
					}
				}
				const measured = live.filter((l) => !l.error);
				const result = {
					page: row.page,
					width,
					images: images.length,
					notNarrow: images.filter((i) => i.layout !== 'narrow').map((i) => i.src),
					imageText: smallest(images, (i) => i.px),
					figures: live.length,
					errors: live.filter((l) => l.error).map((l) => `${l.anchor}: ${l.error}`),
					liveText: smallest(measured.map((l) => ({ anchor: l.anchor, ...l.smallestText })), (t) => t.px),
					target: smallest(measured.filter((l) => l.smallestTarget).map((l) => ({ anchor: l.anchor, ...l.smallestTarget })), (t) => t.px),
					smallTargets: measured.flatMap((l) => l.small.map((s) => `${l.anchor}: ${s}`)),
					points: measured.reduce((n, l) => n + l.points, 0),
					pointsWithoutTarget: measured.reduce((n, l) => n + Math.max(0, l.points - l.hits), 0),
				};
				const px = (v) => (v == null ? '–' : v.toFixed(1));
				log(`[phone 360 px] ${row.page}: width ${width.scroll}/${width.view}${row.figures.length ? `; smallest text: images ${px(result.imageText?.px)} px, live ${px(result.liveText?.px)} px; smallest target ${px(result.target?.px)} px${result.errors.length ? `; ${result.errors.length} figures failed: ${result.errors[0]}` : ''}` : ''}`);
				out.push(result);
			} finally {
				await page.close();
			}
		}
	} finally {
		await context.close();
	}
	return out;
}
