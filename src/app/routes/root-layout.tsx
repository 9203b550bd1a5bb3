import { useEffect, useRef } from 'react';
import { Link, Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { SectionNav } from '../../features/categories/components/section-nav';
import { OfflineBanner } from '../../features/offline/components/offline-banner';
import { SavedIdsProvider } from '../../features/saved/saved-ids';

/** Moves focus to the new page's heading after client-side navigation, as a page load would. */
const useFocusHeadingOnNavigate = () => {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
  }, [location.key]);
};

export const RootLayout = () => {
  const navigation = useNavigation();
  useFocusHeadingOnNavigate();
  return (
    <SavedIdsProvider>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <div className={navigation.state === 'loading' ? 'progress progress--active' : 'progress'} aria-hidden="true" />
      <header className="masthead">
        <div className="masthead__inner">
          <Link to="/" className="masthead__brand">
            Gazette
          </Link>
        </div>
        <SectionNav />
      </header>
      <OfflineBanner />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <p>Gazette · a fast reader for WordPress news sites</p>
      </footer>
      <ScrollRestoration />
    </SavedIdsProvider>
  );
};
