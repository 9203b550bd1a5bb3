import type { Image } from '../../domain/media';

interface ResponsiveImageProps {
  image: Image;
  /** The `sizes` attribute: how wide the image is drawn at each viewport width. */
  sizes: string;
  /** The page's largest image: load it first rather than lazily. */
  priority?: boolean;
  className?: string;
}

export const ResponsiveImage = ({ image, sizes, priority = false, className }: ResponsiveImageProps) => (
  <img
    className={className}
    src={image.src.url}
    srcSet={image.sources.map((source) => `${source.url} ${source.width}w`).join(', ')}
    sizes={sizes}
    width={image.src.width}
    height={image.src.height}
    alt={image.alt}
    loading={priority ? 'eager' : 'lazy'}
    decoding={priority ? 'sync' : 'async'}
    fetchPriority={priority ? 'high' : 'auto'}
  />
);
