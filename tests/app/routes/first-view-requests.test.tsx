import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  type CategoryRef,
  categoryRefsRequest,
  firstViewOf,
  firstViewRequests,
  sectionFeedRequest,
} from '../../../src/api/wordpress/first-view-requests';
import { SUMMARY_FIELDS } from '../../../src/api/wordpress/wp-schemas';
import { settings } from '../../../src/config/settings';
import { database } from '../../../mocks/fixtures/database';
import { server } from '../../../mocks/node';
import { defined } from '../../mocks/wp-contract';
import { renderRoute } from '../../support/render-route';

/** Every API URL the app asks for, in order. */
const recordRequests = () => {
  const urls: string[] = [];
  const listener = ({ request }: { request: Request }) => void urls.push(request.url);
  server.events.on('request:start', listener);
  return { urls, stop: () => server.events.removeListener('request:start', listener) };
};

let recording: ReturnType<typeof recordRequests> | undefined;
afterEach(() => recording?.stop());

const lead = () => defined(database.publishedPosts()[0]);

/** What index.html's script preloads on `path`: for a section, after looking its category up. */
const preloadsOf = async (path: string) => {
  const api = settings().apiRoot;
  const requests = firstViewRequests(path, api);
  if (firstViewOf(path) !== 'category') return requests;
  const categories = (await (await fetch(categoryRefsRequest(api))).json()) as CategoryRef[];
  const feed = sectionFeedRequest(path, api, categories);
  return feed ? [...requests, feed] : requests;
};

// index.html preloads these; a URL that differs by one parameter would be fetched twice.
describe('the requests index.html preloads for a cold start', () => {
  it.each([
    ['the front page', () => '/', () => screen.findByRole('heading', { level: 1, name: 'Front page' })],
    ['a section', () => '/category/news/politics', () => screen.findByRole('heading', { level: 1, name: 'Politics' })],
    ['an article', () => `/article/${lead().slug}`, () => screen.findByRole('heading', { level: 1, name: lead().title })],
  ])('are the first ones %s makes, exactly', async (_name, path, shown) => {
    const preloaded = await preloadsOf(path());
    recording = recordRequests();
    renderRoute(path());
    await shown();
    expect(recording.urls.slice(0, preloaded.length).sort()).toEqual([...preloaded].sort());
  });

  it('reads an article slug as the router does, and skips one it cannot decode', () => {
    const api = 'https://news.example/wp-json/wp/v2';
    expect(firstViewRequests('/article/caf%C3%A9-culture/', api)).toContain(`${api}/posts?slug=caf%C3%A9-culture&_embed=1`);
    expect(firstViewRequests('/article/%E0%A4%A', api)).toEqual([`${api}/categories?per_page=100&page=1`]);
  });
});

describe('the section feed index.html preloads', () => {
  const api = 'https://news.example/wp-json/wp/v2';
  // The app's own list fields: the script writes them out, and must write the same.
  const feedOf = (ids: string) =>
    `${api}/posts?_embed=1&per_page=10&page=1&categories=${ids}&_fields=${encodeURIComponent(SUMMARY_FIELDS)}`;
  const categories: CategoryRef[] = [
    { id: 1, slug: 'news', parent: 0 },
    { id: 2, slug: 'politics', parent: 1 },
    { id: 3, slug: 'elections', parent: 2 },
    { id: 4, slug: 'politics', parent: 0 },
    { id: 5, slug: 'orphan', parent: 99 },
    { id: 6, slug: 'loop', parent: 7 },
    { id: 7, slug: 'back', parent: 6 },
  ];

  it('names the category through its real ancestry, with its descendants', () => {
    expect(sectionFeedRequest('/category/news/politics', api, categories)).toBe(feedOf('2%2C3'));
    expect(sectionFeedRequest('/category/politics/', api, categories)).toBe(feedOf('4'));
  });

  it('preloads nothing for a path the app would not resolve', () => {
    for (const path of ['/category/elections', '/category/news/nope', '/category/orphan', '/category/back/loop', '/category/%E0%A4%A'])
      expect(sectionFeedRequest(path, api, categories), path).toBeNull();
  });

  it('asks WordPress for the ids, slugs and parents alone', async () => {
    const answer = (await (await fetch(categoryRefsRequest(settings().apiRoot))).json()) as object[];
    expect(answer.length).toBeGreaterThan(0);
    for (const category of answer) expect(Object.keys(category).sort()).toEqual(['id', 'parent', 'slug']);
  });
});
