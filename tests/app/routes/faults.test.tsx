import { screen, waitFor, within } from '@testing-library/react';
import { getResponse, http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../../mocks/handlers/handlers';
import { server } from '../../../mocks/node';
import { scenarioHandlers, type ScenarioName } from '../../../mocks/scenarios';
import { renderRoute } from '../../support/render-route';

const POLITICS = '/category/news/politics';
const feedArticles = () => within(screen.getByRole('feed')).getAllByRole('article');
const titles = () => feedArticles().map((article) => article.querySelector('h2')?.textContent);

const errorView = () => screen.findByRole('heading', { level: 1, name: "This page didn't load" });

afterEach(() => {
  vi.useRealTimers();
});

describe('a failing first load shows an error view that Retry recovers', () => {
  it.each<[ScenarioName, RegExp]>([
    ['server-error', /having trouble/],
    ['unavailable', /having trouble/],
    ['rate-limited', /busy/],
    ['truncated', /unexpected response/],
    ['offline', /could not be reached|offline/],
  ])('%s', async (scenario, message) => {
    server.use(...scenarioHandlers(scenario));
    const { user } = renderRoute(POLITICS);
    await errorView();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Politics' })).toBeInTheDocument();
  });

  it('timeout: gives up after a bounded time instead of waiting forever', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    server.use(...scenarioHandlers('timeout'));
    renderRoute(POLITICS);
    await vi.advanceTimersByTimeAsync(16_000);
    await errorView();
    expect(screen.getByRole('alert')).toHaveTextContent(/too long/);
  });
});

describe('a failing Load More keeps every loaded article', () => {
  it.each<ScenarioName>(['server-error', 'unavailable', 'rate-limited', 'truncated', 'offline'])('%s', async (scenario) => {
    const { user } = renderRoute(POLITICS);
    await screen.findByRole('feed');
    const before = titles();
    server.use(...scenarioHandlers(scenario));
    await user.click(screen.getByRole('button', { name: 'Load More' }));
    expect(await screen.findByText("Couldn't load more articles.")).toBeInTheDocument();
    expect(titles()).toEqual(before);
    server.resetHandlers();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(feedArticles()).toHaveLength(20));
    expect(titles().slice(0, 10)).toEqual(before);
  });
});

describe('pages that shift under the reader', () => {
  it('does not repeat or skip articles when posts are published between pages', async () => {
    const { user } = renderRoute(POLITICS);
    await screen.findByRole('feed');
    const firstPage = titles();
    server.use(...scenarioHandlers('pages-shift'));
    await user.click(screen.getByRole('button', { name: 'Load More' }));
    await waitFor(() => expect(feedArticles()).toHaveLength(20));
    const all = titles();
    expect(new Set(all).size).toBe(20);
    expect(all.slice(0, 10)).toEqual(firstPage);
    expect(all.some((title) => title?.startsWith('Breaking update'))).toBe(false);
  });

  it('ends the feed cleanly when the list shrank and the next page is past the end', async () => {
    const { user } = renderRoute(POLITICS);
    await screen.findByRole('feed');
    server.use(...scenarioHandlers('total-shrinks'));
    await user.click(screen.getByRole('button', { name: 'Load More' }));
    expect(await screen.findByText('No more articles')).toBeInTheDocument();
    expect(feedArticles()).toHaveLength(10);
  });
});

describe('validation at the boundary', () => {
  it('drops an invalid item and shows the rest of the page', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    server.use(
      http.get('*/wp-json/wp/v2/posts', async ({ request }) => {
        const real = await getResponse(handlers, request.clone());
        if (!real) return undefined;
        const [first, ...rest] = (await real.json()) as Record<string, unknown>[];
        return HttpResponse.json([{ ...first, title: null }, ...rest], { headers: real.headers });
      }),
    );
    renderRoute(POLITICS);
    await screen.findByRole('feed');
    expect(feedArticles()).toHaveLength(9);
    expect(console.warn).toHaveBeenCalled();
  });

  it('turns a malformed response into a clear error', async () => {
    server.use(http.get('*/wp-json/wp/v2/categories', () => HttpResponse.json({ unexpected: true }, { headers: { 'X-WP-Total': '1', 'X-WP-TotalPages': '1' } })));
    renderRoute(POLITICS);
    await errorView();
    expect(screen.getByRole('alert')).toHaveTextContent('The site sent an unexpected response.');
  });
});

describe('hostile content', () => {
  it('renders payloads in titles, excerpts, bodies and captions as inert content', async () => {
    server.use(...scenarioHandlers('hostile-content'));
    const { user } = renderRoute(POLITICS);
    await screen.findByRole('feed');
    await user.click(feedArticles()[0]?.querySelector('h2 a') as HTMLElement);
    await screen.findByRole('heading', { level: 1, name: /^Hostile story/ });
    const body = document.body;
    expect(body.querySelectorAll('script, style:not([data-vite-dev-id]), iframe, object, embed, form, svg, math, base, meta')).toHaveLength(0);
    for (const element of body.querySelectorAll('*')) {
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/);
      expect(element.getAttribute('href') ?? '').not.toMatch(/^\s*(javascript|vbscript|data):/i);
    }
    expect(screen.getByRole('figure')).toHaveTextContent('Hostile caption');
  });
});
