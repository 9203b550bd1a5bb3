import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { database } from '../mocks/fixtures/database';
import { server } from '../mocks/node';
import { installIntersectionObserver } from './support/intersection-observer';

installIntersectionObserver();
// jsdom has no scrolling; the router's scroll restoration calls it on every navigation.
window.scrollTo = () => undefined;

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  database.reset();
});
afterAll(() => server.close());
