import { useOnline } from '../use-online';

export const OfflineBanner = () =>
  useOnline() ? null : (
    <p className="offline-banner" role="status">
      You're offline. Stories you've opened or saved are still here; new ones will load when you're back online.
    </p>
  );
