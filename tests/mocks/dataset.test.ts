// @vitest-environment node
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  WpCategorySchema,
  WpMediaSchema,
  WpPostSchema,
  WpTermSchema,
  WpUserSchema,
} from '../../src/api/wordpress/wp-schemas';
import { createDataset } from '../../mocks/fixtures/dataset';
import { database } from '../../mocks/fixtures/database';
import { EMBED_RELS } from '../../mocks/fixtures/site-view';
import { CATEGORY } from '../../mocks/fixtures/taxonomy';
import { sanitizeTitle } from '../../mocks/fixtures/wp-text';
import { defined } from './wp-contract';

/** The app reads tags only as a post's embedded terms; the mock's /tags answers as WordPress's do. */
const TagSchema = v.object({ id: v.number(), name: v.string(), slug: v.string(), count: v.number() });

const ORIGIN = 'http://127.0.0.1';
const view = database.view(ORIGIN);
const published = database.publishedPosts();
const lead = defined(published[0]);
const sections = database.categories().filter((c) => c.parent === CATEGORY.news);
const paragraphs = (html: string) => html.split('\n\n\n\n').filter((block) => /^\n?<p>/.test(block)).length;

describe('the dataset', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(createDataset())).toBe(JSON.stringify(createDataset()));
  });

  it('validates against the app schemas, embeds included', () => {
    for (const post of published) {
      const json = view.post(post, EMBED_RELS);
      v.parse(WpPostSchema, json);
      for (const author of json._embedded?.author ?? []) v.parse(WpUserSchema, author);
      for (const media of json._embedded?.['wp:featuredmedia'] ?? []) v.parse(WpMediaSchema, media);
      for (const term of json._embedded?.['wp:term']?.flat() ?? []) v.parse(WpTermSchema, term);
    }
    for (const media of database.allMedia()) v.parse(WpMediaSchema, view.media(media));
    for (const category of database.categories()) v.parse(WpCategorySchema, view.category(category));
    for (const tag of database.tags()) v.parse(TagSchema, view.tag(tag));
    for (const user of database.users()) v.parse(WpUserSchema, view.user(user));
  });

  it('has 160+ posts over six months up to 2026-11-20, by 4 authors, with about 20 tags', () => {
    expect(published.length).toBeGreaterThanOrEqual(160);
    expect(lead.date.startsWith('2026-11-20')).toBe(true);
    expect(defined(published.at(-1)).date <= '2026-05-20').toBe(true);
    expect(new Set(published.map((p) => p.author)).size).toBe(4);
    expect(database.tags().length).toBeGreaterThanOrEqual(18);
    expect(database.tags().length).toBeLessThanOrEqual(24);
  });

  it('files posts only under the children of News, each newest-first with a different story', () => {
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(published.every((p) => p.categories.every((c) => sections.some((s) => s.id === c)))).toBe(true);
    const newest = sections.map((s) => published.find((p) => p.categories.includes(s.id))?.id);
    expect(new Set(newest).size).toBe(sections.length);
    expect(database.categoryCount(CATEGORY.politics)).toBeGreaterThanOrEqual(26);
    expect(sections.some((s) => database.categoryCount(s.id) <= 8)).toBe(true);
  });

  it('gives about 80% of posts a featured image, each with its own media object', () => {
    const withImage = published.filter((p) => p.featuredMedia > 0);
    expect(withImage.length / published.length).toBeGreaterThan(0.7);
    expect(withImage.length / published.length).toBeLessThan(0.9);
    expect(new Set(withImage.map((p) => p.featuredMedia)).size).toBe(withImage.length);
  });

  it('points every image size at a file that exists, in the WordPress sizes', () => {
    const uploads = fileURLToPath(new URL('../../mocks/uploads/', import.meta.url));
    for (const media of database.allMedia()) {
      const { media_details: details, caption, alt_text: alt } = view.media(media);
      expect(caption.rendered).toMatch(/^<p>[^]+<\/p>\n$/);
      expect(alt).not.toBe('');
      const sizes = Object.fromEntries(Object.entries(details.sizes).map(([k, s]) => [k, `${s.width}x${s.height}`]));
      expect(sizes).toEqual({
        medium: '300x169',
        large: '1024x576',
        thumbnail: '150x150',
        medium_large: '768x432',
        full: '1280x720',
      });
      for (const size of Object.values(details.sizes)) {
        expect(size.source_url.startsWith(`${ORIGIN}/wp-content/uploads/2026/`)).toBe(true);
        expect(existsSync(uploads + size.source_url.slice(`${ORIGIN}/wp-content/uploads/`.length))).toBe(true);
      }
    }
  });

  it('writes unique titles and slugs, HTML excerpts and 4 to 9 paragraph bodies', () => {
    expect(new Set(published.map((p) => p.title)).size).toBe(published.length);
    expect(new Set(published.map((p) => p.slug)).size).toBe(published.length);
    for (const post of published.filter((p) => p.id !== lead.id)) {
      expect(post.excerpt).toMatch(/^<p>[^]+<\/p>\n$/);
      expect(post.content.startsWith('\n<p>')).toBe(true);
      expect(paragraphs(post.content)).toBeGreaterThanOrEqual(4);
      expect(paragraphs(post.content)).toBeLessThanOrEqual(9);
    }
    const all = published.map((p) => p.content).join('');
    expect(all).toContain('<h2>');
    expect(all).toContain('<blockquote class="wp-block-quote">');
    expect(all).toContain('<ul>\n<li>');
  });

  it('includes the tricky titles on purpose', () => {
    const titles = published.map((p) => p.title);
    expect(titles.some((t) => t.includes('&#8217;'))).toBe(true);
    expect(titles.some((t) => t.includes('&#038;'))).toBe(true);
    expect(titles.some((t) => /&#8220;.+&#8221;/.test(t))).toBe(true);
    expect(titles.some((t) => /\p{Script=Han}/u.test(t) && /[À-ž]/.test(t))).toBe(true);
    expect(titles.some((t) => t.length > 250)).toBe(true);
    expect(published.every((p) => p.slug.length <= 200)).toBe(true);
  });

  it('links between its own posts, to a category and once to another site', () => {
    const contents = published.map((p) => view.post(p).content.rendered).join('');
    const internal = [...contents.matchAll(/href="(http:\/\/127\.0\.0\.1\/2026\/[^"]+)"/g)].map((m) => m[1]);
    expect(internal.length).toBeGreaterThanOrEqual(3);
    const links = new Set(published.map((p) => view.post(p).link));
    expect(internal.every((href) => links.has(href ?? ''))).toBe(true);
    expect(contents).toContain(`href="${ORIGIN}/category/news/politics/"`);
    expect(contents).toMatch(/href="https:\/\/www\.example\.org\//);
  });

  it('leads with a long Politics story about a security meeting, shaped like the seed page', () => {
    const json = view.post(lead, EMBED_RELS);
    expect(lead.categories).toEqual([CATEGORY.politics]);
    expect(lead.title.length).toBeGreaterThan(90);
    expect(lead.title).toMatch(/Security/);
    expect(lead.title).toMatch(/Elections/);
    expect(lead.slug).toBe(sanitizeTitle(lead.title.replace('&#8217;', "'")));
    expect(paragraphs(lead.content)).toBeGreaterThanOrEqual(8);
    expect(json._embedded?.['wp:term']?.[1]?.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Diplomacy', 'Elections']),
    );
    expect(lead.tags).toHaveLength(4);
    expect(json._embedded?.['wp:featuredmedia']?.[0]?.caption.rendered).toMatch(/^<p>.+<\/p>\n$/);
  });
});
