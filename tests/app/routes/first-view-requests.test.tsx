import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { firstViewRequests } from '../../../src/api/wordpress/first-view-requests';
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

// index.html preloads these; a URL that differs by one parameter would be fetched twice.
describe('the requests index.html preloads for a cold start', () => {
  it.each([
    ['the front page', () => '/', () => screen.findByRole('heading', { level: 1, name: 'Front page' })],
    ['a section', () => '/category/news/politics', () => screen.findByRole('heading', { level: 1, name: 'Politics' })],
    ['an article', () => `/article/${lead().slug}`, () => screen.findByRole('heading', { level: 1, name: lead().title })],
  ])('are the first ones %s makes, exactly', async (_name, path, shown) => {
    recording = recordRequests();
    renderRoute(path());
    await shown();
    const preloaded = firstViewRequests(path(), settings().apiRoot);
    expect(recording.urls.slice(0, preloaded.length).sort()).toEqual([...preloaded].sort());
  });

  it('reads an article slug as the router does, and skips one it cannot decode', () => {
    const api = 'https://news.example/wp-json/wp/v2';
    expect(firstViewRequests('/article/caf%C3%A9-culture/', api)).toContain(`${api}/posts?slug=caf%C3%A9-culture&_embed=1`);
    expect(firstViewRequests('/article/%E0%A4%A', api)).toEqual([`${api}/categories?per_page=100&page=1`]);
  });
});
