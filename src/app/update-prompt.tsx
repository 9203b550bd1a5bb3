import { useRegisterSW } from 'virtual:pwa-register/react';
import './styles/update-prompt.css';

/**
 * A new version waits until the reader chooses to reload: never a silent reload that loses
 * their place. Mounted once a version is waiting (UpdateNotice); workbox-window then finds it
 * and handles the hand-over.
 */
export const UpdatePrompt = () => {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisterError: (error: unknown) => console.warn('Gazette: offline support is unavailable', error),
  });
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status">
      <span>New version available</span>
      <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
        Reload
      </button>
      <button type="button" className="icon-button" aria-label="Later" onClick={() => setNeedRefresh(false)}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
};
