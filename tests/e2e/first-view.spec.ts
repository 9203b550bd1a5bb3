import { categoryRefsRequest } from '../../src/api/wordpress/first-view-requests';
import { expect, test } from './support/fixtures';

// index.html starts the first view's API requests and its view's code before the app's code
// arrives; the app must then use those, not ask again (and the page's CSP must let that run).

// The script's own look-up of the categories (ids and slugs), which finds a section's feed.
const isLookup = (url: string) => url === categoryRefsRequest(`${new URL(url).origin}/wp-json/wp/v2`);

test.describe('a cold start', () => {
  for (const [what, path, heading] of [
    ['the front page', '/', 'Front page'],
    ['a section', '/category/news/politics', 'Politics'],
  ] as const) {
    test(`of ${what} asks for each API answer and each file once, its first ones preloaded`, async ({ page }) => {
      const requested: string[] = [];
      const files: string[] = [];
      const warnings: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/wp-json/')) requested.push(request.url());
        if (request.url().includes('/assets/')) files.push(request.url());
      });
      page.on('console', (message) => {
        if (message.type() === 'warning' && /preload/i.test(message.text())) warnings.push(message.text());
      });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await page.waitForLoadState('networkidle');

      const preloaded = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map((link) => link.href),
      );
      expect(preloaded.some((url) => url.includes('/posts?')), 'the view’s own articles preloaded').toBe(true);
      expect(requested.filter((url) => !isLookup(url)).slice(0, preloaded.length).sort()).toEqual([...preloaded].sort());
      expect(requested.length, 'every API URL requested once').toBe(new Set(requested).size);
      expect(files.length, 'every file requested once').toBe(new Set(files).size);
      const views = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href));
      expect(views.some((href) => /-view-/.test(href)), 'the view’s code preloaded').toBe(true);
      expect(warnings).toEqual([]);
    });
  }
});

test('nothing shifts while a cold start fills in, even when the sections are slow to come', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    Object.assign(window, { layoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  // The front page's articles arrive first, the sections (the navigation) well after them.
  await page.route(/\/wp-json\/wp\/v2\/categories/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Politics' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
});
