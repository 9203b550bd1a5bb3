import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { database } from '../mocks/fixtures/database';
import { server } from '../mocks/node';
import { installIntersectionObserver } from './support/intersection-observer';

// Route tests load lazy route modules and run real loaders; a busy 2-core CI machine needs time.
configure({ asyncUtilTimeout: 10_000 });
installIntersectionObserver();
// jsdom has no scrolling; the router's scroll restoration calls it on every navigation.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Route views load lazily (code splitting). Load them once up front so that a test's waits time
// the app, not the first on-demand transform of a view's modules.
beforeAll(async () => {
  if (typeof window === 'undefined') return; // the mock backend's own tests run in plain Node
  await Promise.all(Object.values(import.meta.glob('../src/app/routes/*-view.tsx')).map((load) => load()));
}, 60_000);
afterEach(() => {
  cleanup();
  server.resetHandlers();
  database.reset();
});
afterAll(() => server.close());
