import { test } from 'vitest'; import fs from 'node:fs';
import { staticFigure } from '../../../src/figures/static';
import { FIGURE_IDS } from '../../../src/figures/ids';
test('w', async () => { const ids = (process.env.FIGS ?? '').split(',').filter(Boolean); for (const id of (ids.length ? ids : FIGURE_IDS) as any) for (const lang of ['en', 'zh-cn'] as const) for (const p of await staticFigure(id, lang)) for (const t of ['light', 'dark'] as const) fs.writeFileSync(`/tmp/figs/${p.files[t]}`, p.svg[t]); });
