import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expect, snapshot, test } from './support/fixtures';
import { feedArticleAt, feedArticles, scrollNearEndOfStory, scrollThrough, scrollToEnd } from './support/reader';

const serverError = JSON.stringify({ code: 'internal_server_error', message: 'Internal Server Error', data: { status: 500 } });

/** Each view in the state the issue asks to scan it in. */
const views: Record<string, (page: Page) => Promise<void>> = {
  home: async (page) => {
    await page.goto('/');
    await expect(page.getByRole('region', { name: 'Latest' }).getByRole('article').first()).toBeVisible();
    // Sections load as the reader nears them: scan the page as read to the end.
    await scrollThrough(page);
    await expect(page.getByRole('region', { name: 'Politics' }).getByRole('article')).toHaveCount(4);
    await expect(page.locator('.card--skeleton')).toHaveCount(0);
  },
  'category after loading more': async (page) => {
    await page.goto('/category/news/politics');
    await expect(feedArticleAt(page, 1)).toBeVisible();
    for (const last of [10, 20]) {
      await scrollToEnd(page);
      await expect(feedArticleAt(page, last)).toBeInViewport();
      await expect(feedArticleAt(page, last + 1)).toBeAttached();
      await expect(page.getByRole('feed')).toHaveAttribute('aria-busy', 'false');
    }
  },
  'article with related expanded': async (page) => {
    await page.goto('/category/news/politics');
    await feedArticles(page).first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scrollNearEndOfStory(page);
    await expect(page.getByRole('region', { name: 'You may also like' }).getByRole('article')).toHaveCount(3);
    await page.getByRole('button', { name: 'Load More Related Articles' }).click();
    await expect(page.getByRole('region', { name: 'You may also like' }).getByRole('article')).toHaveCount(6);
    await scrollThrough(page);
    await expect(page.getByRole('complementary', { name: 'Check Also' })).toBeVisible();
  },
  'not found': async (page) => {
    await page.goto('/article/no-such-story-anywhere');
    await expect(page.getByRole('heading', { level: 1, name: "We couldn't find that page" })).toBeVisible();
  },
  error: async (page) => {
    await page.route('**/wp-json/wp/v2/posts**', (route) =>
      route.fulfill({ status: 500, contentType: 'application/json', body: serverError }),
    );
    await page.goto('/category/news/politics');
    await expect(page.getByRole('heading', { level: 1, name: "This page didn't load" })).toBeVisible({ timeout: 20_000 });
  },
};

test.describe('axe: WCAG 2.2 AA, zero violations', () => {
  for (const [view, open] of Object.entries(views)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${view} (${colorScheme})`, async ({ page, health }, testInfo) => {
        if (view === 'error') health.expect(/(HTTP 500|status of 500).*\/wp-json\/wp\/v2\/posts/);
        await page.emulateMedia({ colorScheme });
        await open(page);
        await expectNoAxeViolations(page, testInfo, `${view}-${colorScheme}`);
        await snapshot(page, testInfo, `${view.replaceAll(' ', '-')}-${colorScheme}`);
      });
    }
  }
});

test.describe('feed semantics', () => {
  test('the feed is busy while a page loads, and a polite status says what arrived', async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/wp-json/wp/v2/posts**', async (route) => {
      if (new URL(route.request().url()).searchParams.get('page') === '2') await held;
      await route.fallback();
    });
    await page.goto('/category/news/politics');
    const feed = page.getByRole('feed', { name: 'Politics articles' });
    await expect(feed).toHaveAttribute('aria-busy', 'false');
    const first = feedArticles(page).first();
    await expect(first).toHaveAttribute('aria-posinset', '1');
    await expect(first).toHaveAttribute('aria-setsize', '36');
    // Each article is labelled by its headline.
    const headline = (await first.getByRole('heading', { level: 2 }).textContent()) ?? '';
    await expect(page.getByRole('article', { name: headline })).toHaveCount(1);

    await scrollToEnd(page);
    await expect(feed).toHaveAttribute('aria-busy', 'true');
    release();
    await expect(feedArticleAt(page, 11)).toBeAttached();
    await expect(feed).toHaveAttribute('aria-busy', 'false');
    const status = page.getByRole('status').filter({ hasText: 'more articles loaded' });
    await expect(status).toHaveText('10 more articles loaded.');
    await expect(feedArticleAt(page, 11)).toHaveAttribute('aria-setsize', '36');
  });
});

test.describe('focus and motion', () => {
  test('a skip link leads past the navigation to the main content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement));
    expect(focusedInMain).toBe(true);
  });

  test('focus moves to the new page’s h1 on every route change', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Science' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeFocused();
    await feedArticles(page).first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Science' })).toBeFocused();
  });

  test('with reduced motion, Check Also appears without sliding in', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('/category/news/politics');
    await feedArticles(page).first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scrollNearEndOfStory(page);
    await expect(page.getByRole('region', { name: 'You may also like' }).getByRole('article')).toHaveCount(3);
    await page.keyboard.press('End');
    const panel = page.getByRole('complementary', { name: 'Check Also' });
    await expect(panel).toBeVisible();
    expect(await panel.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
  });

  test('without a motion preference, Check Also slides in', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('/category/news/politics');
    await feedArticles(page).first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scrollNearEndOfStory(page);
    await expect(page.getByRole('region', { name: 'You may also like' }).getByRole('article')).toHaveCount(3);
    await page.keyboard.press('End');
    const panel = page.getByRole('complementary', { name: 'Check Also' });
    await expect(panel).toBeVisible();
    expect(await panel.evaluate((element) => getComputedStyle(element).animationName)).toBe('slide-in');
  });
});
