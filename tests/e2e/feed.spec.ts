import { expect, snapshot, test } from './support/fixtures';
import { cardLinks, feed, feedArticles, scrollToEnd, scrollY } from './support/reader';

const PAGE = 10;
const AUTO_PAGES = 5;

test.describe('journey 1: home → a category → scroll', () => {
  test('Politics loads pages 2, 3 and 4 by itself as the reader scrolls, then says it has ended', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached();
    await snapshot(page, testInfo, 'home');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Politics' }).click();
    await expect(page).toHaveURL('/category/news/politics');
    await expect(page.getByRole('heading', { level: 1, name: 'Politics' })).toBeVisible();
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
    await expect(crumbs).toHaveText(['Home', 'News', 'Politics']);
    await expect(feedArticles(page)).toHaveCount(PAGE);
    const total = Number(await feedArticles(page).first().getAttribute('aria-setsize'));
    expect(total).toBe(36);
    await snapshot(page, testInfo, 'category');

    // Nothing more loads until the reader scrolls.
    await page.waitForTimeout(500);
    await expect(feedArticles(page)).toHaveCount(PAGE);

    for (const count of [20, 30, total]) {
      await scrollToEnd(page);
      await expect(feedArticles(page)).toHaveCount(count);
    }
    await expect(page.getByText('No more articles', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load More' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'more articles loaded' })).toHaveText(
      `${total - 30} more articles loaded. No more articles.`,
    );
    await expect(feed(page)).toHaveAttribute('aria-busy', 'false');
    await expect(feedArticles(page).last()).toHaveAttribute('aria-posinset', String(total));
    expect(new Set(await cardLinks(page)).size).toBe(total);
    await snapshot(page, testInfo, 'category-end');
  });

  test(`News loads pages 2 to ${AUTO_PAGES} by itself, then Load More takes over`, async ({ page }) => {
    await page.goto('/category/news');
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
    await expect(feedArticles(page)).toHaveCount(PAGE);
    for (let pages = 2; pages <= AUTO_PAGES; pages += 1) {
      await scrollToEnd(page);
      await expect(feedArticles(page)).toHaveCount(pages * PAGE);
    }
    // The fifth page was the last to load by itself: scrolling on loads nothing.
    await scrollToEnd(page);
    await page.waitForTimeout(800);
    await expect(feedArticles(page)).toHaveCount(AUTO_PAGES * PAGE);

    const loadMore = page.getByRole('button', { name: 'Load More' });
    await loadMore.click();
    await expect(feedArticles(page)).toHaveCount((AUTO_PAGES + 1) * PAGE);
    await expect(page.getByRole('status').filter({ hasText: 'more articles loaded' })).toHaveText(`${PAGE} more articles loaded.`);
    await scrollToEnd(page);
    await page.waitForTimeout(500);
    await expect(feedArticles(page)).toHaveCount((AUTO_PAGES + 1) * PAGE);
    await expect(loadMore).toBeVisible();
    expect(new Set(await cardLinks(page)).size).toBe((AUTO_PAGES + 1) * PAGE);
  });

  test('a short category shows all its articles and the end, with no Load More', async ({ page }) => {
    await page.goto('/category/news/science');
    await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeVisible();
    await expect(feedArticles(page)).toHaveCount(7);
    await expect(feedArticles(page).first()).toHaveAttribute('aria-setsize', '7');
    await expect(page.getByText('No more articles', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load More' })).toHaveCount(0);
  });
});

test.describe('journey 2: an article deep in the feed → Back', () => {
  test('restores the same articles and the scroll position', async ({ page }, testInfo) => {
    await page.goto('/category/news/politics');
    await expect(feedArticles(page)).toHaveCount(PAGE);
    for (const count of [20, 30]) {
      await scrollToEnd(page);
      await expect(feedArticles(page)).toHaveCount(count);
    }
    const deep = feedArticles(page).nth(24);
    const link = deep.getByRole('heading').getByRole('link');
    await link.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy({ top: -120, behavior: 'instant' }));
    const title = (await link.textContent()) ?? '';
    const before = { links: await cardLinks(page), y: await scrollY(page) };
    expect(before.y).toBeGreaterThan(2000);

    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(title);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Politics' })).toBeAttached();
    await expect(feedArticles(page)).toHaveCount(30);
    expect(await cardLinks(page)).toEqual(before.links);
    await expect.poll(() => scrollY(page)).toBeGreaterThan(0);
    expect(Math.abs((await scrollY(page)) - before.y)).toBeLessThanOrEqual(4);
    await expect(link).toBeInViewport();
    await snapshot(page, testInfo, 'category-after-back');
  });
});
