interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** Inline states sit inside a page that keeps what it already shows. */
  inline?: boolean;
}

export const ErrorState = ({ title, message, onRetry, retrying = false, inline = false }: ErrorStateProps) => (
  <div className={inline ? 'error-state error-state--inline' : 'error-state'} role="alert">
    <p className="error-state__title">{title}</p>
    <p className="error-state__message">{message}</p>
    {onRetry && (
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? 'Retrying…' : 'Retry'}
      </button>
    )}
  </div>
);
