/**
 * Endpoints (the `.ts` routes under src/pages) serve files: figure images, CSVs, fonts, social cards,
 * robots.txt. Each route's file name must carry the extension of what it serves
 * (`[file].svg.ts`, not `[file].ts`). Without one, Astro treats the route as a page. With
 * `trailingSlash: 'always'` the dev server then answers `/fig/x.svg` with 404 and serves only
 * `/fig/x.svg/`. The build still wrote the files, so only `npm run dev` lost its figure images.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const PAGES = 'src/pages';
const endpoints = (fs.readdirSync(PAGES, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => f.split(path.sep).join('/'));

test('every endpoint names the extension of the file it serves', () => {
	expect(endpoints.length).toBeGreaterThanOrEqual(5);
	expect(endpoints.filter((f) => !/\.[a-z0-9]+\.ts$/.test(path.basename(f)))).toEqual([]);
	expect(endpoints).toContain('fig/[file].svg.ts');
});
