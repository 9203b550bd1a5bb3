import { fileURLToPath } from 'node:url';

/** Everything the benchmark can be told, in one place (environment variables override). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS_DIR = `${ROOT}results`;
/** Built apart from dist/ so a preview or e2e run on dist/ is never disturbed. */
export const APP_DIST = `${RESULTS_DIR}/bench-dist`;
export const FLOOR_DIR = `${RESULTS_DIR}/bench-floor`;

/**
 * Not 4173/5173: those belong to `npm run preview` / `npm start` of other work. When this one is
 * taken too, the next free port above it is used.
 */
export const PREFERRED_PORT = Number(process.env.BENCH_PORT ?? 4273);

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Lighthouse 13 needs Node >= 22. `npx` fetches both (pinned) into npm's cache on first use, so
 * the project's install stays small on Node 20 machines and the bench never changes the machine.
 */
export const LIGHTHOUSE = { node: '22.23.3', lighthouse: '13.5.0' };
export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);

/** The routes measured; the article slug is read from the mock API at run time. */
export const ROUTES = [
  { name: 'home', path: '/' },
  { name: 'category', path: '/category/news/politics' },
  { name: 'article', path: null },
];

/** The long feed: `/category/news` under the mock's `huge-feed` scenario (2,500+ articles). */
export const FEED_PATH = '/category/news';
export const FEED_SCENARIO = 'huge-feed';
export const FEED_PAGE_SIZE = 10;
/** Checkpoints, in pages: 100 is the budget, 200 pages are its "2,000 articles". */
export const FEED_CHECKPOINTS = (process.env.BENCH_PAGES ?? '1,10,100,200').split(',').map(Number);
export const FEED_VIEWPORT = { width: 1280, height: 900 };

export const BUDGETS = {
  homeVsFloor: 1.15,
  performance: 95,
  cls: 0.01,
  feedNodes: 800,
  heapGrowth: 1.5,
  loadMorePaintMs: 100,
};
