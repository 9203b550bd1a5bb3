import { Link } from 'react-router';

export const NotFoundView = () => (
  <div className="state-page">
    <title>Not found · Gazette</title>
    <h1 tabIndex={-1}>We couldn't find that page</h1>
    <p>It may have been moved or taken down, or the link may be mistyped.</p>
    <p>
      <Link className="button" to="/">
        Go to the front page
      </Link>
    </p>
  </div>
);

export const notFoundRoute = { path: '*', Component: NotFoundView };
