import { expect, test } from './support/fixtures';

/**
 * Every post carries the XSS corpus (mocks/fixtures/xss-payloads.ts) in its title, excerpt, body
 * and caption. Each payload, if it ran, would call window.__xss(id).
 */
test('no payload runs anywhere a post is shown', async ({ page, health }) => {
  // Payloads point images at junk URLs; those loads may fail. Chromium also reports inline styles and
  // handlers it meets while the sanitizer parses the HTML in an inert document (DOMParser
  // inherits the page's CSP): a report, not a run. What reaches the page is checked below.
  health.expect(/HTTP 404|request failed|Executing inline event handler violates|Applying inline style violates/);
  await page.addInitScript(() => {
    const ran: number[] = [];
    Object.assign(window, { __xss: (id: number) => ran.push(id), __xssRan: ran });
  });
  await page.goto('/__mock/scenario/hostile-content');
  const ran = () => page.evaluate(() => (window as unknown as { __xssRan: number[] }).__xssRan);

  await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached();
  await page.goto('/category/news/politics');
  await expect(page.getByRole('feed').getByRole('article').first()).toContainText('Hostile story');
  await page.getByRole('feed').getByRole('article').first().getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hostile story');
  await expect(page.getByRole('figure')).toContainText('Hostile caption');
  await page.mouse.move(200, 400);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(1000);

  expect(await ran()).toEqual([]);
  const live = await page.evaluate(() =>
    [...document.querySelectorAll('main *')].flatMap((element) => [
      ...(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'STYLE', 'FORM'].includes(element.tagName) ? [element.tagName] : []),
      ...[...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name) || /^\s*(javascript|vbscript):/i.test(attribute.value))
        .map((attribute) => `${element.tagName}[${attribute.name}]`),
    ]),
  );
  expect(live).toEqual([]);
  await page.goto('/__mock/scenario/none');
});
