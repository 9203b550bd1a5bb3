import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { toArticle } from '../../../src/api/wordpress/article-mapper';
import { toArticleSummary, toCategory } from '../../../src/api/wordpress/mappers';
import { WpCategorySchema, WpPostSchema } from '../../../src/api/wordpress/wp-schemas';
import { SAMPLE_SITE, sample } from '../../support/wordpress-samples';

const post = (name: string) => v.parse(WpPostSchema, sample(name));

describe('toArticle on captured WordPress posts', async () => {
  const article = await toArticle(post('post-lead-embed'), SAMPLE_SITE);

  it('maps the fields a reader sees', () => {
    expect(article).toMatchObject({
      id: 172,
      slug: 'the-us-warns-russia-will-not-tolerate-interference-in-legislative-elections',
      title: 'The US Warns Russia Will Not Tolerate Interference in Legislative Elections',
      publishedAt: '2024-11-20T08:30:00.000Z',
      author: { id: 2, name: 'Sarah Mitchell', slug: 'smitchell' },
      category: { id: 3, slug: 'politics', name: 'Politics' },
    });
    expect(article.tags.map((tag) => tag.name)).toEqual(['Diplomacy', 'Elections', 'Russia', 'United States']);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('keeps only same-ratio image renditions, narrowest first, with the caption', () => {
    expect(article.image?.alt).toBe('Donald Trump and Vladimir Putin shaking hands in Helsinki');
    expect(article.image?.src).toMatchObject({ width: 1280, height: 720 });
    expect(article.image?.sources.map((source) => source.width)).toEqual([300, 768, 1024, 1280]);
    expect(article.image?.caption).toContain('Trump and Putin shake hands');
  });

  it('skips an image size a plugin left malformed, and keeps the rest of the image', () => {
    const raw = structuredClone(sample('post-lead-embed')) as { _embedded: { 'wp:featuredmedia': { media_details: { sizes: Record<string, unknown> } }[] } };
    const sizes = raw._embedded['wp:featuredmedia'][0]?.media_details.sizes ?? {};
    sizes['medium'] = { file: 'broken.jpg', width: '300' };
    const image = toArticleSummary(v.parse(WpPostSchema, raw)).image;
    expect(image?.sources.map((source) => source.width)).toEqual([768, 1024, 1280]);
    expect(image?.src).toMatchObject({ width: 1280, height: 720 });
  });

  it('decodes entities in titles to text', () => {
    const titles = (sample('posts-category-politics-embed') as unknown[]).map(
      (raw) => toArticleSummary(v.parse(WpPostSchema, raw)).title,
    );
    expect(titles.join(' ')).not.toMatch(/&#\d+;|&amp;/);
  });

  it('maps posts with unicode and very long titles', async () => {
    const unicode = await toArticle(post('post-unicode-embed'), SAMPLE_SITE);
    const long = await toArticle(post('post-long-title-embed'), SAMPLE_SITE);
    expect(unicode.title).toMatch(/[^ -~]/);
    expect(long.title.length).toBeGreaterThan(80);
  });

  it('has no image when WordPress embeds none', () => {
    const raw = (sample('posts-category-politics-embed') as { featured_media: number }[]).find((p) => p.featured_media === 0);
    expect(toArticleSummary(v.parse(WpPostSchema, raw)).image).toBeNull();
  });

  it('gives the excerpt as plain text, markup and entities gone', () => {
    const summary = toArticleSummary(post('post-lead-embed'));
    expect(summary.excerpt.length).toBeGreaterThan(20);
    expect(summary.excerpt).not.toMatch(/<\/?[a-z]|&#?\w+;/i);
    expect(summary.image).not.toHaveProperty('caption');
  });

  it('sanitizes the body', async () => {
    const hostile = { ...(sample('post-lead-embed') as object), content: { rendered: '<p onclick="x()">Hi<script>alert(1)</script></p>', protected: false } };
    const mapped = await toArticle(v.parse(WpPostSchema, hostile), SAMPLE_SITE);
    expect(mapped.body).toBe('<p>Hi</p>');
  });
});

describe('toCategory', () => {
  it('maps captured categories with their parents', () => {
    const categories = (sample('categories') as unknown[]).map((raw) => toCategory(v.parse(WpCategorySchema, raw)));
    expect(categories.find((category) => category.slug === 'politics')).toMatchObject({ id: 3, name: 'Politics', parentId: 2 });
    expect(categories.find((category) => category.slug === 'news')).toMatchObject({ id: 2, parentId: null, count: 0 });
  });
});
