// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { database } from '../../mocks/fixtures/database';
import { captured, defined, expectSameHeaders, mockWordPress, wp } from './wp-contract';

mockWordPress();

/** The mock's error for `path` must match the captured sample: status, headers and body. */
async function expectCapturedError(path: string, name: string, body?: unknown) {
  const sample = captured(name);
  const response = await wp(path);
  expectSameHeaders(response, sample);
  expect(await response.json()).toEqual(body ?? sample.body);
}

describe('errors, compared with WordPress 6.1', () => {
  it('rejects per_page over 100', () => expectCapturedError('posts?per_page=101', 'error-posts-per_page-101'));

  it('rejects a per_page that is not an integer', () =>
    expectCapturedError('posts?per_page=abc', 'error-posts-per_page-not-int'));

  it('rejects page=0', () => expectCapturedError('posts?page=0', 'error-posts-page-0'));

  it('rejects categories that are not term ids', () =>
    // The body of this sample was not copied into tests/fixtures; it reads exactly like this.
    expectCapturedError('posts?categories=abc', 'error-categories-bad-param', {
      code: 'rest_invalid_param',
      message: 'Invalid parameter(s): categories',
      data: {
        status: 400,
        params: { categories: 'categories is not a valid Term ID List. Reason: categories[0] is not of type integer.' },
        details: {
          categories: {
            code: 'rest_no_matching_schema',
            message: 'categories is not a valid Term ID List. Reason: categories[0] is not of type integer.',
            data: { position: 0 },
          },
        },
      },
    }));

  it('answers a page past the last with 400 and no X-WP headers', async () => {
    const pages = Math.ceil(database.publishedPosts().length / 10);
    await expectCapturedError(`posts?per_page=10&page=${pages + 1}`, 'error-posts-page14-past-end');
  });

  it('answers an unknown post id with 404 rest_post_invalid_id', () =>
    expectCapturedError('posts/999999', 'error-post-404'));

  it('answers a draft with 401 rest_forbidden', async () => {
    const draft = defined(database.allPosts().find((p) => p.status === 'draft'));
    await expectCapturedError(`posts/${draft.id}`, 'error-post-draft-401', {
      code: 'rest_forbidden',
      message: 'Sorry, you are not allowed to do that.',
      data: { status: 401 },
    });
  });

  it.each(['posts/not-a-number', 'posts/12/not-a-route', 'no-such-endpoint', 'categories/abc', 'media/abc'])(
    'answers /%s with 404 rest_no_route',
    (path) => expectCapturedError(path, 'error-no-route'),
  );

  it('answers other methods with 404 rest_no_route', async () => {
    const response = await wp('posts', { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('rest_no_route');
  });

  it('answers an unknown category id with 404 rest_term_invalid', () =>
    expectCapturedError('categories/999999', 'error-category-404'));

  it('lists every invalid parameter, in the order WordPress declares them', async () => {
    const response = await wp('posts?tags=x&per_page=0&before=yesterday&order=up');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { message: string; data: { params: Record<string, string> } };
    expect(body.message).toBe('Invalid parameter(s): per_page, before, order, tags');
    expect(body.data.params).toEqual({
      per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)',
      before: 'Invalid date.',
      order: 'order is not one of asc and desc.',
      tags: 'tags is not a valid Term ID List. Reason: tags[0] is not of type integer.',
    });
  });

  it('answers an unknown media id with 404 and a missing term query field with 400', async () => {
    expect((await wp('media/999999')).status).toBe(404);
    const response = await wp('posts?categories[terms]=3&categories[operator]=AND');
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data: { params: Record<string, string> } };
    expect(body.data.params['categories']).toBe(
      'categories is not a valid Term ID Taxonomy Query. Reason: operator is not a valid property of Object.',
    );
  });
});
