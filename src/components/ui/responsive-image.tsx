import type { Image } from '../../domain/media';

interface ResponsiveImageProps {
  image: Image;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /** The page's largest image: load it first rather than lazily. */
  priority?: boolean;
  className?: string;
}

const srcsetOf = (image: Image) => image.sources.map((source) => `${source.url} ${source.width}w`).join(', ');

/**
 * Starts loading a view's main image (its LCP) as soon as a loader has its data, before the view
 * renders it: the <img> drawn later with the same srcset and sizes picks the same file, already
 * on its way.
 */
export const preloadImage = (image: Image, sizes: string) => {
  const link = Object.assign(document.createElement('link'), {
    rel: 'preload',
    as: 'image',
    href: image.src.url,
    imageSrcset: srcsetOf(image),
    imageSizes: sizes,
    fetchPriority: 'high',
  });
  // Once loaded the image is in the page's cache: the link has done its work.
  link.onload = link.onerror = () => link.remove();
  document.head.append(link);
};

export const ResponsiveImage = ({ image, sizes, priority = false, className }: ResponsiveImageProps) => (
  <img
    className={className}
    src={image.src.url}
    srcSet={srcsetOf(image)}
    sizes={sizes}
    width={image.src.width}
    height={image.src.height}
    alt={image.alt}
    loading={priority ? 'eager' : 'lazy'}
    decoding={priority ? 'sync' : 'async'}
    fetchPriority={priority ? 'high' : 'auto'}
  />
);
