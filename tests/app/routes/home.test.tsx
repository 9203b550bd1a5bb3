import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { scrollUntil } from '../../support/intersection-observer';
import { renderRoute } from '../../support/render-route';

describe('front page', () => {
  it('shows the lead story, the latest, and a section per category', async () => {
    renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Front page' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Latest' })).toBeInTheDocument();
    for (const name of ['Politics', 'World', 'Economy', 'Sports', 'Technology']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    expect(document.title).toBe('Gazette · Front page');
  });

  it('reads a section only when the reader scrolls near it', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Front page' });
    const politics = screen.getByRole('region', { name: 'Politics' });
    expect(within(politics).queryAllByRole('article')).toHaveLength(0);
    await scrollUntil(() => expect(within(politics).getAllByRole('article')).toHaveLength(4));
  });

  it('appends the next page of a section in place with its Load More', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Front page' });
    const politics = screen.getByRole('region', { name: 'Politics' });
    await scrollUntil(() => expect(within(politics).getAllByRole('article')).toHaveLength(4));
    await user.click(within(politics).getByRole('button', { name: 'Load More' }));
    await waitFor(() => expect(within(politics).getAllByRole('article')).toHaveLength(8));
  });

  it('does not repeat a top story in the sections below it', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Front page' });
    await scrollUntil(() => expect(within(screen.getByRole('region', { name: 'Politics' })).getAllByRole('article')).toHaveLength(4));
    const titles = screen.getAllByRole('article').map((article) => article.querySelector('h2, h3')?.textContent);
    expect(new Set(titles).size).toBe(titles.length);
  });

  it('moves focus to the new heading when the reader navigates', async () => {
    const { user } = renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Front page' });
    await user.click(within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Politics' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Politics' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});

describe('unknown routes', () => {
  it('shows a not-found view with a way home', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: /couldn't find/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toBeInTheDocument();
  });
});
