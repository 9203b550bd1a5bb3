import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

/**
 * Whether the browser believes it is online. Read from navigator.onLine rather than React
 * Query's onlineManager, which assumes "online" until an event says otherwise, so an app
 * started offline would never know.
 */
export const useOnline = (): boolean => useSyncExternalStore(subscribe, () => navigator.onLine);
