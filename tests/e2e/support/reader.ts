import type { Page } from '@playwright/test';

/**
 * What a reader does and sees, in the words of the page's roles and names. The feed may be
 * windowed (only the articles near the viewport are drawn), so positions come from
 * aria-posinset, never from counting elements.
 */

export const feed = (page: Page) => page.getByRole('feed');

export const feedArticles = (page: Page) => feed(page).getByRole('article');

/** The feed's article at a 1-based position, drawn once the reader is near it. */
export const feedArticleAt = (page: Page, position: number) => feed(page).locator(`article[aria-posinset="${position}"]`);

export const scrollY = (page: Page) => page.evaluate(() => window.scrollY);

const nextFrames = (page: Page) =>
  page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/** Scrolls to the bottom of the page, as far as a reader's thumb or the End key would. */
export const scrollToEnd = async (page: Page) => {
  await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
  await nextFrames(page);
};

/**
 * Scrolls until the end of the story is `gap` px below the viewport: close enough that the
 * blocks under it are drawn, not yet at its end (where Check Also appears).
 */
export const scrollNearEndOfStory = async (page: Page, gap = 300) => {
  await page.locator('main article.article').evaluate((story, below) => {
    window.scrollBy({ top: story.getBoundingClientRect().bottom - window.innerHeight - below, behavior: 'instant' });
  }, gap);
  await nextFrames(page);
};

/** Scrolls down in steps, so anything that watches for an element passing by sees it. */
export const scrollThrough = async (page: Page, step = 400) => {
  for (;;) {
    const moved = await page.evaluate((by) => {
      const before = window.scrollY;
      window.scrollBy({ top: by, behavior: 'instant' });
      return window.scrollY !== before;
    }, step);
    if (!moved) return;
    await nextFrames(page);
  }
};

/** The pages of `per_page=10` lists (the category feeds) the app has requested, in order. */
export const trackFeedPages = (page: Page) => {
  const pages: number[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.endsWith('/wp-json/wp/v2/posts') && url.searchParams.get('per_page') === '10') {
      pages.push(Number(url.searchParams.get('page')));
    }
  });
  return pages;
};

type Drawn = [position: number, href: string];

const drawnArticles = (page: Page, onlyOnScreen: boolean) =>
  page.evaluate((onScreen) => {
    const articles = [...document.querySelectorAll('[role="feed"] article')].filter((article) => {
      const { top, bottom } = article.getBoundingClientRect();
      return !onScreen || (bottom > 0 && top < window.innerHeight);
    });
    return articles.map((article): Drawn => [Number(article.getAttribute('aria-posinset')), article.querySelector('h2 a')?.getAttribute('href') ?? '']);
  }, onlyOnScreen);

/** The feed's articles the reader has on screen: position and link. */
export const articlesOnScreen = (page: Page) => drawnArticles(page, true);

/** Reads the whole feed from the top down, as a reader scrolling through it: position → link. */
export const readWholeFeed = async (page: Page) => {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const seen = new Map<number, string>();
  for (;;) {
    await nextFrames(page);
    for (const [position, href] of await drawnArticles(page, false)) seen.set(position, href);
    const moved = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy({ top: window.innerHeight / 2, behavior: 'instant' });
      return window.scrollY !== before;
    });
    if (!moved) return seen;
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
