import { HtmlContent } from '../../../components/ui/html-content';
import { preloadImage, ResponsiveImage } from '../../../components/ui/responsive-image';
import type { Figure } from '../../../domain/media';

const SIZES = '(min-width: 800px) 760px, 100vw';

/** For the article's loader: the figure is the page's largest image (see preloadImage). */
export const preloadFigureImage = (image: Figure | null) => {
  if (image) preloadImage(image, SIZES);
};

export const ArticleFigure = ({ image }: { image: Figure }) => (
  <figure className="article__figure">
    <ResponsiveImage image={image} sizes={SIZES} priority />
    {image.caption && (
      <figcaption>
        <HtmlContent html={image.caption} />
      </figcaption>
    )}
  </figure>
);
