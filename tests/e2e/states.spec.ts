import { expect, snapshot, test } from './support/fixtures';
import { feedArticleAt } from './support/reader';

const serverError = JSON.stringify({ code: 'internal_server_error', message: 'Internal Server Error', data: { status: 500 } });

test.describe('journey 4: not found and failures', () => {
  for (const [what, path] of [
    ['an unknown article', '/article/no-such-story-anywhere'],
    ['an unknown category', '/category/news/no-such-section'],
    ['an unknown page', '/no/such/page'],
  ] as const) {
    test(`${what} shows the not-found view with a way home`, async ({ page }, testInfo) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
      await expect(page).toHaveTitle('Not found · Gazette');
      await snapshot(page, testInfo, 'not-found');
      await page.getByRole('link', { name: 'Go to the front page' }).click();
      await expect(page).toHaveURL('/');
      await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeFocused();
    });
  }

  test('a backend failure shows the error view, and Retry recovers', async ({ page, health }, testInfo) => {
    health.expect(/(HTTP 500|status of 500).*\/wp-json\/wp\/v2\/posts/);
    await page.route('**/wp-json/wp/v2/posts**', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: serverError }),
    );
    await page.goto('/category/news/politics');
    await expect(page.getByRole('heading', { level: 1, name: "This page didn't load" })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('alert')).toContainText("We couldn't load this page.");
    await expect(page).toHaveTitle('Something went wrong · Gazette');
    await snapshot(page, testInfo, 'error');

    await page.unroute('**/wp-json/wp/v2/posts**');
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Politics' })).toBeVisible();
    await expect(feedArticleAt(page, 1)).toBeVisible();
    await expect(feedArticleAt(page, 1)).toHaveAttribute('aria-setsize', '36');
  });
});
