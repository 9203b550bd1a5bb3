/** A busy indicator with its words; phrasing content, so it can sit inside a button. */
export const Spinner = ({ label }: { label: string }) => (
  <span className="spinner">
    <span className="spinner__wheel" aria-hidden="true" />
    <span>{label}</span>
  </span>
);
