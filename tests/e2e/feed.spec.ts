import type { Page } from '@playwright/test';
import { expect, snapshot, test } from './support/fixtures';
import {
  articlesOnScreen,
  feed,
  feedArticleAt,
  readWholeFeed,
  scrollToEnd,
  scrollY,
  trackFeedPages,
} from './support/reader';

const PAGE = 10;
const AUTO_PAGES = 5;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/** Scrolls to the end of the feed until `pages` pages have loaded, checking each arrives by itself. */
const scrollInPages = async (page: Page, requested: number[], pages: number) => {
  for (let next = requested.length + 1; next <= pages; next += 1) {
    await scrollToEnd(page);
    // The reader reaches the last article loaded so far…
    await expect(feedArticleAt(page, (next - 1) * PAGE)).toBeInViewport();
    // …and the next page loads without being asked.
    await expect.poll(() => [...requested]).toEqual(range(1, next));
    await expect(feed(page)).toHaveAttribute('aria-busy', 'false');
  }
};

test.describe('journey 1: home → a category → scroll', () => {
  test('Politics loads pages 2, 3 and 4 by itself as the reader scrolls, then says it has ended', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached();
    await snapshot(page, testInfo, 'home');

    const requested = trackFeedPages(page);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Politics' }).click();
    await expect(page).toHaveURL('/category/news/politics');
    await expect(page.getByRole('heading', { level: 1, name: 'Politics' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem')).toHaveText(['Home', 'News', 'Politics']);
    await expect(feedArticleAt(page, 1)).toBeVisible();
    await expect(feedArticleAt(page, 1)).toHaveAttribute('aria-setsize', '36');
    await snapshot(page, testInfo, 'category');

    // Nothing more loads until the reader scrolls.
    await page.waitForTimeout(500);
    expect(requested).toEqual([1]);

    await scrollInPages(page, requested, 4);
    await scrollToEnd(page);
    await expect(feedArticleAt(page, 36)).toBeInViewport();
    await expect(page.getByText('No more articles', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load More' })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: 'more articles loaded' })).toHaveText('6 more articles loaded. No more articles.');
    await snapshot(page, testInfo, 'category-end');

    const all = await readWholeFeed(page);
    expect([...all.keys()].sort((a, b) => a - b)).toEqual(range(1, 36));
    expect(new Set(all.values()).size, 'no article twice').toBe(36);
    expect(requested).toEqual([1, 2, 3, 4]);
  });

  test(`News loads pages 2 to ${AUTO_PAGES} by itself, then Load More takes over`, async ({ page }) => {
    const requested = trackFeedPages(page);
    await page.goto('/category/news');
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
    await expect(feedArticleAt(page, 1)).toBeVisible();
    await scrollInPages(page, requested, AUTO_PAGES);

    // The fifth page was the last to load by itself: reaching its end loads nothing.
    await scrollToEnd(page);
    await expect(feedArticleAt(page, AUTO_PAGES * PAGE)).toBeInViewport();
    await page.waitForTimeout(800);
    expect(requested).toEqual(range(1, AUTO_PAGES));

    const loadMore = page.getByRole('button', { name: 'Load More', exact: true });
    await loadMore.click();
    await expect.poll(() => [...requested]).toEqual(range(1, AUTO_PAGES + 1));
    await expect(page.getByRole('status').filter({ hasText: 'more articles loaded' })).toHaveText(`${PAGE} more articles loaded.`);
    await expect(feedArticleAt(page, AUTO_PAGES * PAGE + 1)).toBeInViewport();
    await scrollToEnd(page);
    await expect(feedArticleAt(page, (AUTO_PAGES + 1) * PAGE)).toBeInViewport();
    await page.waitForTimeout(500);
    expect(requested).toEqual(range(1, AUTO_PAGES + 1));
    await expect(loadMore).toBeVisible();

    const all = await readWholeFeed(page);
    expect(all.size).toBe((AUTO_PAGES + 1) * PAGE);
    expect(new Set(all.values()).size, 'no article twice').toBe((AUTO_PAGES + 1) * PAGE);
  });

  test('past its window of pages the feed lets the oldest go, and brings them back when the reader scrolls up', async ({ page }) => {
    const requested = trackFeedPages(page);
    await page.goto('/category/news');
    await expect(feedArticleAt(page, 1)).toBeVisible();
    const firstTitle = await feedArticleAt(page, 1).getByRole('heading').textContent();
    await scrollInPages(page, requested, AUTO_PAGES);
    const loadMore = page.getByRole('button', { name: 'Load More', exact: true });
    for (let next = AUTO_PAGES + 1; next <= 12; next += 1) {
      await loadMore.click();
      // Focus goes to the page's first article; the list draws only the cards around it.
      await expect(feedArticleAt(page, (next - 1) * PAGE + 1)).toBeAttached();
    }
    const heightBefore = await page.evaluate(() => document.documentElement.scrollHeight);
    // Back at the top: page 1 was let go, and is read again in its place.
    requested.length = 0;
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expect(feedArticleAt(page, 1)).toBeInViewport();
    await expect(feedArticleAt(page, 1).getByRole('heading')).toHaveText(firstTitle ?? '');
    expect(requested).toContain(1);
    // Nothing moved: the gaps stood in at the heights the articles had.
    const heightAfter = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs(heightAfter - heightBefore)).toBeLessThanOrEqual(2);
  });

  test('a short category shows all its articles and the end, with no Load More', async ({ page }) => {
    await page.goto('/category/news/science');
    await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeVisible();
    await expect(feedArticleAt(page, 1)).toHaveAttribute('aria-setsize', '7');
    await scrollToEnd(page);
    await expect(feedArticleAt(page, 7)).toBeInViewport();
    await expect(feedArticleAt(page, 8)).toHaveCount(0);
    await expect(page.getByText('No more articles', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Load More' })).toHaveCount(0);
    expect((await readWholeFeed(page)).size).toBe(7);
  });
});

test.describe('journey 2: an article deep in the feed → Back', () => {
  test('restores the same articles and the scroll position', async ({ page }, testInfo) => {
    const requested = trackFeedPages(page);
    await page.goto('/category/news/politics');
    await expect(feedArticleAt(page, 1)).toBeVisible();
    await scrollInPages(page, requested, 3);

    const deep = feedArticleAt(page, 25);
    await deep.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy({ top: -120, behavior: 'instant' }));
    await expect(page.getByRole('feed')).toHaveAttribute('aria-busy', 'false');
    const link = deep.getByRole('heading').getByRole('link');
    const title = (await link.textContent()) ?? '';
    const before = { onScreen: await articlesOnScreen(page), y: await scrollY(page) };
    expect(before.y).toBeGreaterThan(2000);

    await link.click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText(title);

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Politics' })).toBeAttached();
    await expect(feedArticleAt(page, 25)).toBeInViewport();
    expect(Math.abs((await scrollY(page)) - before.y), 'scroll position restored').toBeLessThanOrEqual(4);
    expect(await articlesOnScreen(page)).toEqual(before.onScreen);
    await snapshot(page, testInfo, 'category-after-back');
    // Every page the reader had is still there (reading on to the end may load the next one).
    const all = await readWholeFeed(page);
    expect(range(1, 30).filter((position) => !all.has(position)), 'articles missing after Back').toEqual([]);
  });
});
