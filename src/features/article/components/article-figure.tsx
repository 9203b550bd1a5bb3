import { HtmlContent } from '../../../components/ui/html-content';
import { ResponsiveImage } from '../../../components/ui/responsive-image';
import type { Figure } from '../../../domain/media';

export const ArticleFigure = ({ image }: { image: Figure }) => (
  <figure className="article__figure">
    <ResponsiveImage image={image} sizes="(min-width: 800px) 760px, 100vw" priority />
    {image.caption && (
      <figcaption>
        <HtmlContent html={image.caption} />
      </figcaption>
    )}
  </figure>
);
