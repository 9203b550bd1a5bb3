/** A placeholder with a card's shape; `height` pins it to the card it stands for. */
export const CardSkeleton = ({ height, className = '' }: { height?: number; className?: string }) => (
  <div className={`card card--skeleton ${className}`.trim()} style={height === undefined ? undefined : { height }} aria-hidden="true">
    <div className="card__image" />
    <div className="skeleton-line" />
    <div className="skeleton-line skeleton-line--short" />
  </div>
);

/** Placeholders with the cards' final size, so nothing shifts when articles arrive. */
export const CardSkeletons = ({ count }: { count: number }) => (
  <div className="grid" aria-hidden="true">
    {Array.from({ length: count }, (_, index) => (
      <CardSkeleton key={index} />
    ))}
  </div>
);
