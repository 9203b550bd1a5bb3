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
  caption: SafeHtml | null;
}
