import type { SafeHtml } from './safe-html';

export interface ImageSource {
  url: string;
  width: number;
  height: number;
}

export interface Image {
  id: number;
  /** The largest rendition: the `src` fallback and the intrinsic size. */
  src: ImageSource;
  /** Every rendition that keeps the original aspect ratio, narrowest first. */
  sources: ImageSource[];
  alt: string;
}

/** An image shown with its caption: an article's featured image. */
export interface Figure extends Image {
  caption: SafeHtml | null;
}
