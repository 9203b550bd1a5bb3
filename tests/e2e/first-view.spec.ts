import { expect, test } from './support/fixtures';

// index.html starts the first view's API requests before the app's code arrives; the app must
// then use those answers, not ask again (and the page's CSP must let that script run).
test.describe('a cold start', () => {
  for (const [what, path, heading] of [
    ['the front page', '/', 'Front page'],
    ['a section', '/category/news/politics', 'Politics'],
  ] as const) {
    test(`of ${what} asks for each API answer once, its first ones preloaded`, async ({ page }) => {
      const requested: string[] = [];
      const warnings: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/wp-json/')) requested.push(request.url());
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
      expect(preloaded.length).toBeGreaterThan(0);
      expect(requested.slice(0, preloaded.length).sort()).toEqual([...preloaded].sort());
      expect(requested.length, 'every API URL requested once').toBe(new Set(requested).size);
      expect(warnings).toEqual([]);
    });
  }
});
