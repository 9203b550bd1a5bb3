import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { listSaved, removeSaved } from '../../../src/features/saved/saved-store';
import { renderRoute } from '../../support/render-route';

afterEach(async () => {
  for (const record of await listSaved()) await removeSaved(record.article.id);
});

const saveButtons = () => screen.getAllByRole('button', { name: /^Save for later:/ });

describe('Save for later', () => {
  it('saves from the cards and lists the saved articles newest first', async () => {
    const { user, router } = renderRoute('/category/news/politics');
    await screen.findByRole('feed');
    const [first, second] = saveButtons();
    const firstTitle = first?.getAttribute('aria-label')?.replace('Save for later: ', '');
    const secondTitle = second?.getAttribute('aria-label')?.replace('Save for later: ', '');
    await user.click(first as HTMLElement);
    await waitFor(() => expect(first).toHaveAttribute('aria-pressed', 'true'));
    await user.click(second as HTMLElement);
    await waitFor(() => expect(second).toHaveAttribute('aria-pressed', 'true'));

    await router.navigate('/saved');
    await screen.findByRole('heading', { level: 1, name: 'Saved for later' });
    const saved = within(screen.getByRole('feed', { name: 'Saved articles' })).getAllByRole('article');
    expect(saved.map((item) => item.querySelector('h2')?.textContent)).toEqual([secondTitle, firstTitle]);
  });

  it('shows an empty state', async () => {
    renderRoute('/saved');
    expect(await screen.findByText(/Nothing saved yet/)).toBeInTheDocument();
  });

  it('toggles on the article page and opens the saved copy when the site is unreachable', async () => {
    const { user, router } = renderRoute('/category/news/politics');
    await screen.findByRole('feed');
    const link = within(screen.getByRole('feed')).getAllByRole('article')[0]?.querySelector('h2 a') as HTMLElement;
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/article\//));
    const save = await screen.findByRole('button', { name: 'Save for later' });
    const title = screen.getByRole('heading', { level: 1 }).textContent;
    await user.click(save);
    await waitFor(() => expect(screen.getByRole('button', { name: /Saved/ })).toHaveAttribute('aria-pressed', 'true'));
    const slug = router.state.location.pathname;

    // A fresh session (nothing in the query cache) with the network down.
    server.use(http.get('*/wp-json/*', () => HttpResponse.error()));
    const fresh = renderRoute('/saved');
    const savedLink = await within(await screen.findByRole('feed', { name: 'Saved articles' })).findByRole('link', { name: title ?? '' });
    await fresh.user.click(savedLink);
    await waitFor(() => expect(fresh.router.state.location.pathname).toBe(slug));
    expect(await screen.findAllByRole('heading', { level: 1, name: title ?? '' })).not.toHaveLength(0);
  });
});
