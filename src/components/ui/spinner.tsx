export const Spinner = ({ label }: { label: string }) => (
  <div className="spinner" role="status">
    <span className="spinner__wheel" aria-hidden="true" />
    <span>{label}</span>
  </div>
);
