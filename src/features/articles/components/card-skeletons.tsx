/** Placeholders with the cards' final size, so nothing shifts when articles arrive. */
export const CardSkeletons = ({ count }: { count: number }) => (
  <div className="grid" aria-hidden="true">
    {Array.from({ length: count }, (_, index) => (
      <div key={index} className="card card--skeleton">
        <div className="card__image" />
        <div className="skeleton-line" />
        <div className="skeleton-line skeleton-line--short" />
      </div>
    ))}
  </div>
);
