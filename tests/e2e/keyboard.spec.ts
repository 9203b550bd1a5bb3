import { expect, snapshot, test } from './support/fixtures';
import { expectFocusKept, tabTo } from './support/keyboard';
import { feedArticleAt, focused } from './support/reader';

test.describe('keyboard only', () => {
  test('home → a section → Load More → an article → its related block, by Tab and Enter', async ({ page }, testInfo) => {
    test.slow();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

    // The Sections navigation, then Politics.
    await tabTo(page, page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Politics' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/category/news/politics');
    await expect(page.getByRole('heading', { level: 1, name: 'Politics' })).toBeFocused();

    // Up to the breadcrumb, to News: every section's articles, more than five pages of them.
    await tabTo(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'News' }), { backwards: true });
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/category/news');
    await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeFocused();

    // Down the feed: pages 2 to 5 load as focus moves down; then the reader presses Load More.
    await tabTo(page, page.getByRole('button', { name: 'Load More', exact: true }), { max: 400 });
    await expect(feedArticleAt(page, 50)).toBeInViewport();
    await expect(feedArticleAt(page, 51)).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(feedArticleAt(page, 51)).toBeAttached();
    // Focus went to the first new article's headline, so Tab carries on through the new ones.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'a', inside: '51' });
    await snapshot(page, testInfo, 'keyboard-after-load-more');

    const title = (await focused(page)).name;
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();

    const related = page.getByRole('region', { name: 'You may also like' });
    await expect(related.getByRole('article')).toHaveCount(3);
    await tabTo(page, related.getByRole('button', { name: 'Load More Related Articles' }));
    await page.keyboard.press('Enter');
    await expect(related.getByRole('article')).toHaveCount(6);
    const fourth = related.getByRole('article').nth(3).getByRole('heading').getByRole('link');
    await expect(fourth).toBeFocused();

    // On to Check Also, which the reader closes from the keyboard; focus goes back where it was.
    const dismiss = page.getByRole('button', { name: 'Dismiss Check Also' });
    await tabTo(page, dismiss);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Check Also' })).toHaveCount(0);
    await expectFocusKept(page);
    await expect(page.getByRole('button', { name: /^Load More In / })).toBeFocused();
    await snapshot(page, testInfo, 'keyboard-article');
  });

  test('Load More on the front page moves focus to the first new article', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Front page' })).toBeAttached();
    const politics = page.getByRole('region', { name: 'Politics' });
    // The section loads as focus (and the page with it) comes near.
    await tabTo(page, politics.getByRole('heading', { level: 2 }).getByRole('link'), { max: 150 });
    await expect(politics.getByRole('article')).toHaveCount(4);
    await tabTo(page, politics.getByRole('button', { name: 'Load More' }), { max: 150 });
    await page.keyboard.press('Enter');
    await expect(politics.getByRole('article')).toHaveCount(8);
    await expect(politics.getByRole('article').nth(4).getByRole('heading').getByRole('link')).toBeFocused();
  });
});
