import type { Page } from '@playwright/test';
import { expect, snapshot, test } from './support/fixtures';
import { cardLinks, scrollNearEndOfStory, scrollThrough } from './support/reader';

const block = (page: Page, name: string) => page.getByRole('region', { name });
const checkAlso = (page: Page) => page.getByRole('complementary', { name: 'Check Also' });

test.describe('journey 3: an article and the blocks under it', () => {
  test('shows the story, grows its blocks, offers Check Also, and repeats no article', async ({ page }, testInfo) => {
    await page.goto('/');
    const lead = page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link');
    const title = (await lead.textContent()) ?? '';
    await lead.click();

    const story = page.getByRole('article', { name: title });
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page).toHaveTitle(`${title} · Gazette`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'News', 'Politics', title]);
    await expect(crumbs.getByRole('link', { name: 'Politics' })).toHaveAttribute('href', '/category/news/politics');
    const figure = story.getByRole('figure');
    await expect(figure.getByRole('img')).toHaveAttribute('alt', /\w/);
    await expect.poll(() => figure.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expect(figure.locator('figcaption')).toHaveText(/\w/);
    await expect(story.getByText(/\d+ min read/)).toBeVisible();
    await snapshot(page, testInfo, 'article');
    // The blocks are drawn as the reader nears them.
    await expect(block(page, 'You may also like')).toHaveCount(0);
    await scrollNearEndOfStory(page);

    const related = block(page, 'You may also like').getByRole('article');
    await expect(related).toHaveCount(3);
    await block(page, 'You may also like').getByRole('button', { name: 'Load More Related Articles' }).click();
    await expect(related).toHaveCount(6);

    const more = block(page, 'More In Politics').getByRole('article');
    await expect(more.first()).toBeVisible();
    const moreBefore = await more.count();
    await page.getByRole('button', { name: 'Load More In Politics' }).click();
    await expect.poll(() => more.count()).toBeGreaterThan(moreBefore);

    await expect(checkAlso(page)).toBeVisible();
    await expect(checkAlso(page).getByRole('article')).toHaveCount(1);
    await snapshot(page, testInfo, 'article-blocks');

    const links = await cardLinks(page);
    expect(links.length).toBeGreaterThan(10);
    expect(new Set(links).size, `no article twice: ${links.join(', ')}`).toBe(links.length);
    expect(links).not.toContain(new URL(page.url()).pathname);

    await checkAlso(page).getByRole('button', { name: 'Dismiss Check Also' }).click();
    await expect(checkAlso(page)).toHaveCount(0);
    await scrollThrough(page);
    await expect(checkAlso(page)).toHaveCount(0);
  });

  test('Check Also appears only when the reader reaches the end of the story', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('main').getByRole('article').first().getByRole('heading').getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await scrollNearEndOfStory(page);
    await expect(block(page, 'You may also like').getByRole('article')).toHaveCount(3);
    await expect(checkAlso(page)).toHaveCount(0);
    // However fast the reader gets there: the End key jumps past the end of the story at once.
    await page.keyboard.press('End');
    await expect(checkAlso(page)).toBeVisible();
  });
});
