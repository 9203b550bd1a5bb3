import * as v from 'valibot';

/**
 * The subset of WordPress REST API v2 shapes that Gazette reads. Objects strip unknown keys,
 * so a site with plugins that add fields still validates; a missing or mistyped field we rely on
 * does not.
 */
const Rendered = v.object({ rendered: v.string() });

export const WpErrorSchema = v.object({
  code: v.string(),
  message: v.string(),
  data: v.optional(v.nullable(v.object({ status: v.optional(v.number()) }))),
});

const WpImageSizeSchema = v.object({
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
      sizes: v.optional(v.record(v.string(), WpImageSizeSchema), {}),
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
  link: v.optional(v.string(), ''),
});

export const WpCategorySchema = v.object({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
  description: v.optional(v.string(), ''),
  parent: v.number(),
  count: v.number(),
  link: v.string(),
});

export const WpTagSchema = v.object({
  id: v.number(),
  name: v.string(),
  slug: v.string(),
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

export const WpPostSchema = v.object({
  id: v.number(),
  date: v.string(),
  date_gmt: v.string(),
  modified_gmt: v.string(),
  slug: v.string(),
  link: v.string(),
  title: Rendered,
  content: v.object({ rendered: v.string(), protected: v.optional(v.boolean(), false) }),
  excerpt: Rendered,
  author: v.number(),
  featured_media: v.number(),
  sticky: v.optional(v.boolean(), false),
  categories: v.optional(v.array(v.number()), []),
  tags: v.optional(v.array(v.number()), []),
  _embedded: v.optional(Embedded),
});

export type WpError = v.InferOutput<typeof WpErrorSchema>;
export type WpMedia = v.InferOutput<typeof WpMediaSchema>;
export type WpUser = v.InferOutput<typeof WpUserSchema>;
export type WpTerm = v.InferOutput<typeof WpTermSchema>;
export type WpCategory = v.InferOutput<typeof WpCategorySchema>;
export type WpTag = v.InferOutput<typeof WpTagSchema>;
export type WpPost = v.InferOutput<typeof WpPostSchema>;
