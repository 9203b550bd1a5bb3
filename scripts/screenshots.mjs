// Screenshots of each view at phone and desktop widths, for looking at what readers see.
// Usage: node scripts/screenshots.mjs [baseUrl] [outDir]   (needs Debian's /usr/bin/chromium)
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4173';
const out = process.argv[3] ?? 'results/screens';
const views = (process.env.VIEWS ?? '/,/category/news/politics,/article/LEAD,/category/nope').split(',');
const widths = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
];

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const size of widths) {
  const page = await browser.newPage({ viewport: { width: size.width, height: size.height } });
  page.on('console', (message) => message.type() === 'error' && console.log(`console error: ${message.text()}`));
  for (const view of views) {
    let path = view;
    if (view.includes('LEAD')) {
      await page.goto(`${base}/`);
      path = await page.locator('.card--lead h2 a').getAttribute('href');
    }
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    const file = `${out}/${size.name}${path.replace(/[^a-z0-9]+/gi, '-').slice(0, 60) || '-home'}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
