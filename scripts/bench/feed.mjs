import { newContext } from './browser.mjs';
import { FEED_CHECKPOINTS, FEED_PAGE_SIZE, FEED_PATH, FEED_SCENARIO, FEED_VIEWPORT } from './config.mjs';
import { armLoadMoreWatch, countNodes, lastPositionAtLeast, firstVisibleArticle, nextPaint, responseEndOf, topOfArticle } from './feed-probes.mjs';

/** Pages 2..5 load by themselves when the reader nears the end (AUTO_LOAD_PAGES in the app). */
const AUTO_LOAD_PAGES = 5;

const pageOf = (url) => {
  const parsed = new URL(url);
  return parsed.pathname.endsWith('/wp/v2/posts') && !parsed.searchParams.has('slug')
    ? Number(parsed.searchParams.get('page') ?? '1')
    : null;
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? null;
const round = (value) => (value === null ? null : Math.round(value * 10) / 10);

/** Heap snapshot node types that are not the page's own data: compiled code, browser internals. */
const NOT_DATA = new Set(['code', 'native', 'hidden', 'synthetic']);

/**
 * Bytes of the page's own JS values (objects, arrays, strings, closures…) in a heap snapshot:
 * the JS heap without the code V8 compiles as functions get hot and without what DevTools and
 * the browser keep (network data, performance entries). Shows whether the app's memory grows.
 */
const dataBytes = async (cdp) => {
  const chunks = [];
  const collect = (event) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [types] = snapshot.meta.node_types;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  let bytes = 0;
  for (let index = 0; index < nodes.length; index += fields.length) {
    if (!NOT_DATA.has(types[nodes[index + typeAt]])) bytes += nodes[index + sizeAt];
  }
  return bytes;
};

/** JS heap after two forced collections, the page's data in it, and Chromium's own node count (DevTools protocol). */
const heap = async (cdp) => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? null;
  return { jsHeapUsed: metric('JSHeapUsedSize'), jsData: await dataBytes(cdp), domNodes: metric('Nodes') };
};

const settle = async (page) => {
  await page.evaluate(nextPaint);
  await page.evaluate(nextPaint);
};

/** Click "Load More" and time it: click → data in, data in → first new article painted. */
const timedLoadMore = async (page, next) => {
  await page.evaluate(armLoadMoreWatch, (next - 1) * FEED_PAGE_SIZE + 1);
  await page.getByRole('button', { name: 'Load More', exact: true }).click();
  const times = await page.evaluate(() => window.__benchLoadMore);
  const responseEnd = await page.evaluate(responseEndOf, next);
  return {
    page: next,
    clickToPaint: times.paintAt - times.clickAt,
    dataToPaint: responseEnd === null ? null : times.paintAt - responseEnd,
    dataToDom: responseEnd === null ? null : times.domAt - responseEnd,
  };
};

/** Scrolls the whole feed top to bottom in steps, keeping the largest node count seen. */
const sweep = async (page, steps = 12) => {
  let max = 0;
  for (let step = 0; step <= steps; step++) {
    await page.evaluate((fraction) => scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * fraction), step / steps);
    await settle(page);
    max = Math.max(max, (await page.evaluate(countNodes)).feedNodes);
  }
  return max;
};

/** Back from an article to the middle of a long feed: same article, same place? */
const backRestores = async (page) => {
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight * 0.45));
  // Pages the feed's window dropped come back as the reader arrives: wait for them, as a reader would.
  await page.waitForFunction(firstVisibleArticle, null, { timeout: 15_000 }).catch(() => {});
  await settle(page);
  const before = await page.evaluate(firstVisibleArticle);
  if (!before) return { restored: false, reason: 'no article in view' };
  await page.locator(`[role=feed] [aria-posinset="${before.position}"] h2 a`).click();
  await page.waitForURL(/\/article\//);
  await page.locator('main h1').first().waitFor();
  await page.goBack();
  await page.locator(`[role=feed] [aria-posinset="${before.position}"]`).waitFor({ timeout: 10_000 }).catch(() => {});
  await settle(page);
  const after = { scrollY: Math.round(await page.evaluate(() => scrollY)), top: await page.evaluate(topOfArticle, before.position) };
  const restored = after.top !== null && Math.abs(after.top - before.top) <= 2 && Math.abs(after.scrollY - before.scrollY) <= 2;
  return { restored, position: before.position, before, after };
};

/**
 * Chromium's script contexts share one JS heap, so Playwright's injected scripts (its selector
 * and role engines, the code behind waitForFunction) count in the page's heap from their first
 * use. Using each of them once, with no effect on the app, before page 1 puts the harness in
 * every checkpoint alike: the growth measured is the app's.
 */
const warmHarness = async (page) => {
  await page.waitForFunction(lastPositionAtLeast, 1, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Load More', exact: true }).count();
  await page.evaluate(responseEndOf, 1);
  await page.evaluate(countNodes);
};

/**
 * A reader on a long feed: loads `/category/news` under the `huge-feed` scenario, then page
 * after page (scrolling for the automatic pages, the button after), with DOM and heap figures
 * at each checkpoint, every Load More timed, and a Back-button check at the end.
 */
export const measureFeed = async (browser, origin) => {
  const context = await newContext(browser, { viewport: FEED_VIEWPORT });
  // Hundreds of feed requests must all stay in the Resource Timing buffer (250 by default).
  await context.addInitScript(() => performance.setResourceTimingBufferSize(100_000));
  const page = await context.newPage();
  await page.request.get(`${origin}/__mock/scenario/${FEED_SCENARIO}`, { maxRedirects: 0 });
  const arrived = new Set();
  page.on('response', (response) => {
    const number = pageOf(response.url());
    if (number !== null && response.ok()) arrived.add(number);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(origin + FEED_PATH);
  await page.locator('[role=feed] article').first().waitFor();
  await settle(page);

  await warmHarness(page);

  const last = Math.max(...FEED_CHECKPOINTS);
  const checkpoints = [];
  const loadMores = [];
  let maxFeedNodes = 0;
  const checkpoint = async (pages) => {
    const nodes = await page.evaluate(countNodes);
    checkpoints.push({ pages, articles: pages * FEED_PAGE_SIZE, ...nodes, ...(await heap(cdp)) });
  };
  if (FEED_CHECKPOINTS.includes(1)) await checkpoint(1);
  for (let next = 2; next <= last; next++) {
    if (next <= AUTO_LOAD_PAGES) {
      await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
      const position = (next - 1) * FEED_PAGE_SIZE + 1;
      await page
        .waitForFunction(lastPositionAtLeast, position, { timeout: 15_000 })
        .catch(() => {
          throw new Error(`feed page ${next} never rendered (pages arrived: ${[...arrived].join(',')})`);
        });
    } else {
      loadMores.push(await timedLoadMore(page, next));
    }
    await settle(page);
    maxFeedNodes = Math.max(maxFeedNodes, (await page.evaluate(countNodes)).feedNodes);
    if (FEED_CHECKPOINTS.includes(next)) await checkpoint(next);
  }
  maxFeedNodes = Math.max(maxFeedNodes, await sweep(page));
  const back = await backRestores(page);
  await context.close();

  const within = (from, to) => loadMores.filter((entry) => entry.page >= from && entry.page <= to);
  const summary = (entries) => ({
    clicks: entries.length,
    medianDataToPaint: round(median(entries.map((entry) => entry.dataToPaint))),
    maxDataToPaint: entries.length ? round(Math.max(...entries.map((entry) => entry.dataToPaint))) : null,
    medianClickToPaint: round(median(entries.map((entry) => entry.clickToPaint))),
  });
  return {
    viewport: FEED_VIEWPORT,
    checkpoints,
    maxFeedNodes,
    loadMore: { early: summary(within(6, 10)), late: summary(within(91, 100)), all: summary(loadMores) },
    loadMores: loadMores.map((entry) => ({ ...entry, clickToPaint: round(entry.clickToPaint), dataToPaint: round(entry.dataToPaint), dataToDom: round(entry.dataToDom) })),
    back,
  };
};
