import { SavedList } from '../../features/saved/components/saved-list';
// Like the view's code, its styles stay off the front page.
import '../styles/feed-page.css';

/** The reader's saved stories; loaded on demand (saved.tsx). */
export const SavedView = () => (
  <>
    <title>Saved · Gazette</title>
    <header className="page-header">
      <h1 tabIndex={-1}>Saved for later</h1>
      <p className="page-header__lede">Stories you saved, newest first. They stay readable offline.</p>
    </header>
    <SavedList />
  </>
);
