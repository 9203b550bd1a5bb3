import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { database } from '../../../mocks/fixtures/database';
import { ENDLESS_WINDOW_PAGES } from '../../../src/features/articles/queries';
import { server } from '../../../mocks/node';
import { scrollUntil } from '../../support/intersection-observer';
import { renderRoute } from '../../support/render-route';
import { wpTotal } from '../../support/wp-total';

const feedArticles = () => within(screen.getByRole('feed')).getAllByRole('article');

describe('category view', () => {
  it('shows the breadcrumb, heading and first page of the feed', async () => {
    renderRoute('/category/news/politics');
    expect(await screen.findByRole('heading', { level: 1, name: 'Politics' })).toBeInTheDocument();
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' }));
    expect(crumbs.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Home', 'News', 'Politics']);
    expect(crumbs.getByRole('link', { name: 'News' })).toHaveAttribute('href', '/category/news');
    expect(feedArticles()).toHaveLength(10);
    expect(document.title).toBe('Politics · Gazette');
  });

  it('loads pages 2 and 3 by itself as the reader scrolls, then reaches the end', async () => {
    const total = await wpTotal('categories=3');
    expect(total).toBeGreaterThan(20);
    expect(total).toBeLessThanOrEqual(50);
    renderRoute('/category/news/politics');
    await screen.findByRole('feed');
    while (feedArticles().length < total) {
      const before = feedArticles().length;
      await scrollUntil(() => expect(feedArticles().length).toBeGreaterThan(before));
    }
    expect(await screen.findByText('No more articles')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load More' })).not.toBeInTheDocument();
    const ids = feedArticles().map((article) => article.getAttribute('aria-labelledby'));
    expect(new Set(ids).size).toBe(total);
    expect(feedArticles().at(-1)).toHaveAttribute('aria-posinset', String(total));
  });

  it('offers Load More for keyboard users and appends the next page', async () => {
    const { user } = renderRoute('/category/news/politics');
    await screen.findByRole('feed');
    await user.click(screen.getByRole('button', { name: 'Load More' }));
    await waitFor(() => expect(feedArticles()).toHaveLength(20));
    // Announced once the new articles are on the page.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('10 more articles loaded'));
  });

  it('keeps a window of pages in memory, numbering articles by their place in the whole feed', async () => {
    const total = await wpTotal('categories=2,3,4,5,6,7,8');
    const pages = ENDLESS_WINDOW_PAGES + 2;
    expect(total).toBeGreaterThan(pages * 10);
    const { user } = renderRoute('/category/news');
    await screen.findByRole('feed');
    for (let page = 2; page <= pages; page++) {
      await user.click(screen.getByRole('button', { name: 'Load More' }));
      await waitFor(() => expect(feedArticles().at(-1)).toHaveAttribute('aria-posinset', String(page * 10)));
    }
    // The first two pages were let go; what stays is the newest ten, in their places.
    expect(feedArticles()).toHaveLength(ENDLESS_WINDOW_PAGES * 10);
    expect(feedArticles()[0]).toHaveAttribute('aria-posinset', '21');
    expect(feedArticles()[0]).toHaveAttribute('aria-setsize', String(total));
  });

  it('never repeats an article when a post is published between page loads', async () => {
    const { user } = renderRoute('/category/news/politics');
    await screen.findByRole('feed');
    const lastOfPageOne = feedArticles().at(-1)?.querySelector('h2')?.textContent;
    database.publish({ title: 'Breaking: a story published while the reader scrolls', categories: [3] });
    await user.click(screen.getByRole('button', { name: 'Load More' }));
    await waitFor(() => expect(feedArticles()).toHaveLength(20));
    const titles = feedArticles().map((article) => article.querySelector('h2')?.textContent);
    expect(new Set(titles).size).toBe(20);
    expect(titles.filter((title) => title === lastOfPageOne)).toHaveLength(1);
    expect(titles).not.toContain('Breaking: a story published while the reader scrolls');
  });

  it('keeps loaded articles and offers Retry when Load More fails', async () => {
    const { user } = renderRoute('/category/news/politics');
    await screen.findByRole('feed');
    server.use(http.get('*/wp-json/wp/v2/posts', () => HttpResponse.json({ code: 'oops', message: 'x', data: { status: 500 } }, { status: 500 }), { once: true }));
    await user.click(screen.getByRole('button', { name: 'Load More' }));
    expect(await screen.findByText("Couldn't load more articles.")).toBeInTheDocument();
    expect(feedArticles()).toHaveLength(10);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(feedArticles()).toHaveLength(20));
  });

  it('shows a not-found view for an unknown category or a wrong path', async () => {
    renderRoute('/category/news/no-such-section');
    expect(await screen.findByRole('heading', { level: 1, name: /couldn't find/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toHaveAttribute('href', '/');
  });

  it('shows an error view with Retry when the feed fails, and recovers', async () => {
    server.use(http.get('*/wp-json/wp/v2/posts', () => new HttpResponse(null, { status: 500 }), { once: true }));
    const { user } = renderRoute('/category/news/politics');
    expect(await screen.findByRole('heading', { level: 1, name: "This page didn't load" })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Politics' })).toBeInTheDocument();
    expect(feedArticles()).toHaveLength(10);
  });

  it('ends a short category cleanly', async () => {
    const total = await wpTotal('categories=8');
    expect(total).toBeLessThan(10);
    renderRoute('/category/news/science');
    await screen.findByRole('heading', { level: 1, name: 'Science' });
    expect(feedArticles()).toHaveLength(total);
    expect(screen.getByText('No more articles')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load More' })).not.toBeInTheDocument();
  });

  it('shows the parent category with its children\'s articles', async () => {
    renderRoute('/category/news');
    await screen.findByRole('heading', { level: 1, name: 'News' });
    expect(feedArticles()).toHaveLength(10);
  });
});
