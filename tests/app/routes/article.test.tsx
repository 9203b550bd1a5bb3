import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { scrollIntoViewAll, scrollUntil } from '../../support/intersection-observer';
import { renderRoute } from '../../support/render-route';

const leadSlug = async () => {
  const response = await fetch(`${window.location.origin}/wp-json/wp/v2/posts?categories=3&per_page=1`);
  const [post] = (await response.json()) as { slug: string }[];
  if (!post) throw new Error('no politics post');
  return post.slug;
};

const section = (name: string | RegExp) => screen.getByRole('region', { name });
const articleTitles = () =>
  screen.queryAllByRole('region').flatMap((region) => within(region).queryAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && a.querySelector('h3')?.textContent));

describe('article view', () => {
  it('shows the seed page blocks: breadcrumb, headline, figure, body, tags', async () => {
    renderRoute(`/article/${await leadSlug()}`);
    const heading = await screen.findByRole('heading', { level: 1 });
    const crumbs = within(screen.getByRole('navigation', { name: 'Breadcrumb' }));
    expect(crumbs.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Home', 'News', 'Politics', heading.textContent]);
    const figure = screen.getByRole('figure');
    const image = within(figure).getByRole('img');
    expect(image).toHaveAttribute('srcset', expect.stringContaining('768w'));
    expect(image).toHaveAttribute('width');
    expect(image).toHaveAttribute('height');
    expect(figure.querySelector('figcaption')?.textContent).not.toBe('');
    expect(screen.getByText(/min read/)).toBeInTheDocument();
    expect(document.title).toBe(`${heading.textContent} · Gazette`);
  });

  it('grows "You may also like" and "More In Politics" without repeating any article', async () => {
    const slug = await leadSlug();
    const { user } = renderRoute(`/article/${slug}`);
    const title = (await screen.findByRole('heading', { level: 1 })).textContent;
    // Drawn as the reader nears them, not with the story.
    expect(screen.queryByRole('region', { name: 'You may also like' })).not.toBeInTheDocument();
    scrollIntoViewAll();
    await waitFor(() => expect(within(section('You may also like')).getAllByRole('article')).toHaveLength(3));
    await waitFor(() => expect(within(section('More In Politics')).getAllByRole('article').length).toBeGreaterThan(0));

    const relatedBefore = within(section('You may also like')).getAllByRole('article').length;
    await user.click(screen.getByRole('button', { name: 'Load More Related Articles' }));
    await waitFor(() => expect(within(section('You may also like')).getAllByRole('article').length).toBeGreaterThan(relatedBefore));

    const moreBefore = within(section('More In Politics')).getAllByRole('article').length;
    await user.click(screen.getByRole('button', { name: 'Load More In Politics' }));
    await waitFor(() => expect(within(section('More In Politics')).getAllByRole('article').length).toBeGreaterThan(moreBefore));

    scrollIntoViewAll();
    const checkAlso = await screen.findByRole('complementary', { name: 'Check Also' });
    const all = [...articleTitles(), within(checkAlso).getByRole('heading', { level: 3 }).textContent];
    expect(new Set(all).size).toBe(all.length);
    expect(all).not.toContain(title);
  });

  it('lets the reader dismiss Check Also', async () => {
    const { user } = renderRoute(`/article/${await leadSlug()}`);
    await screen.findByRole('heading', { level: 1 });
    await scrollUntil(() => expect(screen.getByRole('complementary', { name: 'Check Also' })).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Dismiss Check Also' }));
    expect(screen.queryByRole('complementary', { name: 'Check Also' })).not.toBeInTheDocument();
  });

  it('shows not found for an unknown slug', async () => {
    renderRoute('/article/no-such-story');
    expect(await screen.findByRole('heading', { level: 1, name: /couldn't find/i })).toBeInTheDocument();
  });

  it('keeps the story readable when a block under it fails', async () => {
    const slug = await leadSlug();
    server.use(
      http.get('*/wp-json/wp/v2/posts', ({ request }) =>
        new URL(request.url).searchParams.has('tags') ? new HttpResponse(null, { status: 503 }) : undefined,
      ),
    );
    renderRoute(`/article/${slug}`);
    await screen.findByRole('heading', { level: 1 });
    scrollIntoViewAll();
    expect(await screen.findByText('Couldn\'t load "You may also like".')).toBeInTheDocument();
    expect(screen.getByRole('figure')).toBeInTheDocument();
  });
});
