import * as v from 'valibot';

/**
 * The subset of WordPress REST API v2 shapes that Gazette reads. Objects strip unknown keys,
 * so a site with plugins that add fields still validates; a missing or mistyped field we rely on
 * does not.
 */
const Rendered = v.object({ rendered: v.string() });

/** Gazette words its own messages; of an error it reads WordPress's code alone. */
export const WpErrorSchema = v.object({ code: v.string() });

export const WpImageSizeSchema = v.object({
  width: v.number(),
  height: v.number(),
  source_url: v.string(),
});

export const WpMediaSchema = v.object({
  id: v.number(),
  alt_text: v.optional(v.string(), ''),
  caption: v.optional(Rendered, { rendered: '' }),
  media_type: v.optional(v.string(), 'image'),
  source_url: v.string(),
  media_details: v.optional(
    v.object({
      width: v.optional(v.number()),
      height: v.optional(v.number()),
      // Read size by size (mappers.ts): one a plugin left malformed costs that size, not the image.
      sizes: v.optional(v.unknown(), {}),
    }),
    {},
  ),
});

export const WpUserSchema = v.object({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
  description: v.optional(v.string(), ''),
});

export const WpTermSchema = v.object({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
  taxonomy: v.string(),
});

export const WpCategorySchema = v.object({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
  description: v.optional(v.string(), ''),
  parent: v.number(),
  count: v.number(),
});

/**
 * `_embedded` entries can be error objects (for example an author the reader may not see), so
 * each embed is accepted loosely here and picked apart by the mappers.
 */
const Embedded = v.object({
  author: v.optional(v.array(v.unknown())),
  'wp:featuredmedia': v.optional(v.array(v.unknown())),
  'wp:term': v.optional(v.array(v.array(v.unknown()))),
});

/** A post as lists read it: no body, which is most of a post's weight. */
export const WpPostSummarySchema = v.object({
  id: v.number(),
  date: v.string(),
  date_gmt: v.string(),
  slug: v.string(),
  title: Rendered,
  excerpt: Rendered,
  _embedded: v.optional(Embedded),
});

/**
 * The `_fields` a list asks for: what WpPostSummarySchema reads, and `_links` beside `_embedded`,
 * which WordPress needs to embed the author, image and terms.
 */
export const SUMMARY_FIELDS = 'id,date,date_gmt,slug,title,excerpt,_links,_embedded';

export const WpPostSchema = v.object({
  ...WpPostSummarySchema.entries,
  modified_gmt: v.string(),
  content: Rendered,
});

export type WpError = v.InferOutput<typeof WpErrorSchema>;
export type WpMedia = v.InferOutput<typeof WpMediaSchema>;
export type WpImageSize = v.InferOutput<typeof WpImageSizeSchema>;
export type WpUser = v.InferOutput<typeof WpUserSchema>;
export type WpTerm = v.InferOutput<typeof WpTermSchema>;
export type WpCategory = v.InferOutput<typeof WpCategorySchema>;
export type WpPostSummary = v.InferOutput<typeof WpPostSummarySchema>;
export type WpPost = v.InferOutput<typeof WpPostSchema>;
