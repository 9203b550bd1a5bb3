import type { Article } from '../../domain/article';
import type { Figure } from '../../domain/media';
import type { Tag } from '../../domain/tag';
import { htmlToText } from '../../lib/html-text';
import { readingMinutes } from '../../lib/reading-time';
import { sanitizeHtml } from '../../lib/sanitize-html';
import { yieldToMain } from '../../lib/yield-to-main';
import { featuredMediaOf, fromGmt, termsOf, toArticleSummary, toCategoryRef, toImage } from './mappers';
import type { WpPost, WpTerm } from './wp-schemas';

const toTag = (term: WpTerm): Tag => ({ id: term.id, slug: term.slug, name: htmlToText(term.name) });

/**
 * A whole article, its markup sanitized. Apart from the list mappers because it brings the
 * sanitizer: lists and the front page never load it, an article loads it beside its request.
 */
export const toArticle = async (post: WpPost, siteUrl: string): Promise<Article> => {
  const media = featuredMediaOf(post);
  const image = media ? toImage(media) : null;
  const figure: Figure | null =
    image && media
      ? { ...image, caption: htmlToText(media.caption.rendered) ? sanitizeHtml(media.caption.rendered, siteUrl) : null }
      : null;
  const summary = toArticleSummary(post);
  // The body is sanitized in a task of its own: with the rest it would be one long one.
  await yieldToMain();
  const body = sanitizeHtml(post.content.rendered, siteUrl);
  return {
    ...summary,
    image: figure,
    body,
    modifiedAt: fromGmt(post.modified_gmt),
    categories: termsOf(post, 'category').map(toCategoryRef),
    tags: termsOf(post, 'post_tag').map(toTag),
    // Words counted in the sanitized body with its tags blanked out: an estimate needs no parser.
    readingMinutes: readingMinutes(body.replace(/<[^>]*>/g, ' ')),
  };
};
