import { useRevalidator, useRouteError } from 'react-router';
import { ErrorState } from '../../components/ui/error-state';
import { isDataError, isNotFound } from '../../domain/data-error';
import { NotFoundView } from './not-found';

/** A route whose data failed: not found, or an error the reader can retry. */
export const RouteError = () => {
  const error = useRouteError();
  const revalidator = useRevalidator();
  if (isNotFound(error)) return <NotFoundView />;
  const message = isDataError(error) ? error.message : 'Something went wrong while showing this page.';
  return (
    <div className="state-page">
      <title>Something went wrong · Gazette</title>
      <h1 tabIndex={-1}>This page didn't load</h1>
      <ErrorState
        title="We couldn't load this page."
        message={message}
        onRetry={() => void revalidator.revalidate()}
        retrying={revalidator.state === 'loading'}
      />
    </div>
  );
};
