import { lazy, Suspense, useEffect, useState } from 'react';
import { registerServiceWorker } from './service-worker';

const UpdatePrompt = lazy(async () => ({ default: (await import('./update-prompt')).UpdatePrompt }));

/** The "New version available" prompt, loaded only when a new version is actually waiting. */
export const UpdateNotice = () => {
  const [waiting, setWaiting] = useState(false);
  useEffect(() => registerServiceWorker(() => setWaiting(true)), []);
  if (!waiting) return null;
  return (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  );
};
