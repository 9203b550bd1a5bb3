import * as v from 'valibot';
import type { ArticleSummary } from '../../domain/article';
import type { Author } from '../../domain/author';
import type { Category, CategoryRef } from '../../domain/category';
import type { FeedPosition } from '../../domain/feed';
import type { Image, ImageSource } from '../../domain/media';
import { htmlToText } from '../../lib/html-text';
import {
  WpImageSizeSchema,
  WpMediaSchema,
  WpTermSchema,
  WpUserSchema,
  type WpCategory,
  type WpImageSize,
  type WpMedia,
  type WpPostSummary,
  type WpTerm,
} from './wp-schemas';

/** WordPress sends GMT times without a zone designator. */
export const fromGmt = (gmt: string): string => new Date(`${gmt.replace(/Z$/, '')}Z`).toISOString();

const sameRatio = (a: ImageSource, b: ImageSource) =>
  Math.abs(a.width / a.height - b.width / b.height) < 0.02;

/** The items that are valid, each on its own: a malformed one is skipped, not the rest with it. */
const validItems = <T>(schema: v.GenericSchema<unknown, T>, items: readonly unknown[]): T[] =>
  items.flatMap((raw) => {
    const parsed = v.safeParse(schema, raw);
    return parsed.success ? [parsed.output] : [];
  });

const sizesOf = (sizes: unknown): WpImageSize[] =>
  typeof sizes === 'object' && sizes !== null ? validItems(WpImageSizeSchema, Object.values(sizes)) : [];

export const toImage = (media: WpMedia): Image | null => {
  if (media.media_type !== 'image') return null;
  const sizes = sizesOf(media.media_details.sizes).map((size) => ({
    url: size.source_url,
    width: size.width,
    height: size.height,
  }));
  const { width, height } = media.media_details;
  const full = width && height ? { url: media.source_url, width, height } : undefined;
  const all = full ? [...sizes, full] : sizes;
  const largest = all.reduce<ImageSource | undefined>((a, b) => (a && a.width >= b.width ? a : b), undefined);
  if (!largest) return null;
  // Cropped sizes (the square thumbnail) would change the layout's aspect ratio.
  const byWidth = new Map(all.filter((size) => sameRatio(size, largest)).map((size) => [size.width, size]));
  return {
    id: media.id,
    src: largest,
    sources: [...byWidth.values()].sort((a, b) => a.width - b.width),
    alt: media.alt_text,
  };
};

const firstValid = <T>(schema: v.GenericSchema<unknown, T>, items: unknown[] | undefined): T | null => {
  const parsed = v.safeParse(schema, items?.[0]);
  return parsed.success ? parsed.output : null;
};

export const toAuthor = (user: v.InferOutput<typeof WpUserSchema>): Author => ({
  id: user.id,
  name: user.name,
  slug: user.slug,
  description: user.description,
});

export const featuredMediaOf = (post: WpPostSummary): WpMedia | null => firstValid(WpMediaSchema, post._embedded?.['wp:featuredmedia']);

export const termsOf = (post: WpPostSummary, taxonomy: string): WpTerm[] =>
  validItems(WpTermSchema, (post._embedded?.['wp:term'] ?? []).flat()).filter((term) => term.taxonomy === taxonomy);

export const toCategoryRef = (term: { id: number; slug: string; name: string }): CategoryRef => ({
  id: term.id,
  slug: term.slug,
  name: htmlToText(term.name),
});

export const toArticleSummary = (post: WpPostSummary): ArticleSummary => {
  const media = featuredMediaOf(post);
  const user = firstValid(WpUserSchema, post._embedded?.author);
  const category = termsOf(post, 'category')[0];
  return {
    id: post.id,
    slug: post.slug,
    title: htmlToText(post.title.rendered) || '(Untitled)',
    excerpt: htmlToText(post.excerpt.rendered),
    publishedAt: fromGmt(post.date_gmt),
    // WordPress compares `before` with the site-local `date`, so that is the position.
    position: post.date as FeedPosition,
    author: user ? toAuthor(user) : null,
    category: category ? toCategoryRef(category) : null,
    image: media ? toImage(media) : null,
  };
};

export const toCategory = (category: WpCategory): Category => ({
  id: category.id,
  slug: category.slug,
  name: htmlToText(category.name),
  description: htmlToText(category.description),
  parentId: category.parent === 0 ? null : category.parent,
  count: category.count,
});
