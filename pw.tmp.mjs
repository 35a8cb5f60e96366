import { chromium } from 'playwright-core';
const [,, url, prefix, width = '1100', selectors = ''] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--headless','--disable-background-networking','--disable-component-update','--disable-sync','--disable-dev-shm-usage'] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 1000 } });
const page = await ctx.newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(url, { waitUntil: 'load' });
await page.screenshot({ path: `${prefix}-top.png` });
let i = 0;
for (const sel of selectors.split(',').filter(Boolean)) {
  const el = page.locator(sel).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await el.screenshot({ path: `${prefix}-${i++}.png` });
}
const h = await page.evaluate(() => document.body.scrollHeight);
console.log('height', h, 'errors', JSON.stringify(errors));
await browser.close();
