import type { Page } from '@playwright/test';

/** What a reader does and sees, in the words of the page's roles and names. */

export const feed = (page: Page) => page.getByRole('feed');

export const feedArticles = (page: Page) => feed(page).getByRole('article');

export const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

/** Scrolls to the bottom of the page, as far as a reader's thumb or the End key would. */
export const scrollToEnd = (page: Page) =>
  page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));

/** Scrolls down in steps, so anything that watches for an element passing by sees it. */
export const scrollThrough = async (page: Page, step = 400) => {
  for (;;) {
    const done = await page.evaluate((by) => {
      const before = window.scrollY;
      window.scrollBy({ top: by, behavior: 'instant' });
      return window.scrollY === before;
    }, step);
    if (done) return;
    await page.waitForTimeout(50);
  }
};

/** The articles' links in the main content: the cards of every block and the Check Also. */
export const cardLinks = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('main article')]
      .map((article) => article.querySelector('h2 a, h3 a')?.getAttribute('href'))
      .filter((href): href is string => Boolean(href)),
  );

/** The element that has keyboard focus, described for assertions and failure messages. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { tag: 'body', name: '', inside: '' };
    const article = element.closest('article');
    return {
      tag: element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim(),
      inside: article?.getAttribute('aria-posinset') ?? '',
    };
  });
