#!/usr/bin/env node
/**
 * `npm run bench`: builds the app and the stack's floor, serves the build with `vite preview`
 * (mock WordPress over HTTP, no service worker), measures, prints a table and writes JSON to
 * results/. `--label=NAME` names the JSON (bench-NAME.json); `--skip-lighthouse` for quick runs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './browser.mjs';
import { APP_DIST, FEED_PATH, LIGHTHOUSE_RUNS, PREFERRED_PORT, RESULTS_DIR, ROUTES } from './config.mjs';
import { measureFeed } from './feed.mjs';
import { buildFloor } from './floor.mjs';
import { lighthouse } from './lighthouse.mjs';
import { freePort, startPreview, viteBuild } from './processes.mjs';
import { compressedSize, routeAssets } from './sizes.mjs';
import { report } from './table.mjs';

const option = (name) => process.argv.find((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`))?.split('=')[1] ?? null;
const label = option('label') ?? new Date().toISOString().replace(/[:.]/g, '-');
const skipLighthouse = process.argv.includes('--skip-lighthouse');
const log = (message) => console.error(`[bench] ${message}`);
/** Timing figures (TBT above all) swing with machine load: each phase records the load it ran under. */
const load = () => loadavg()[0].toFixed(2);

/** An article with a featured image (the usual LCP), read from the mock API as the app would. */
const articlePath = async (origin) => {
  const response = await fetch(`${origin}/wp-json/wp/v2/posts?per_page=10&_embed=1`);
  const posts = await response.json();
  const post = posts.find((entry) => entry.featured_media) ?? posts[0];
  return `/article/${post.slug}`;
};

const main = async () => {
  await mkdir(RESULTS_DIR, { recursive: true });
  log('building the app (mock mode) into results/bench-dist …');
  await viteBuild(APP_DIST);
  log('building the floor app …');
  const floor = await compressedSize(await buildFloor());
  const port = await freePort(PREFERRED_PORT);
  const origin = `http://127.0.0.1:${port}`;
  log(`serving the build on ${origin} …`);
  const server = await startPreview(APP_DIST, port, origin);
  const browser = await launchBrowser();
  try {
    const routes = await Promise.all(ROUTES.map(async (route) => ({ ...route, path: route.path ?? (await articlePath(origin)) })));
    const sizes = {};
    for (const route of routes) sizes[route.name] = await routeAssets(browser, origin, route.path, APP_DIST);
    const results = { label, date: new Date().toISOString(), origin, routes, floor, sizes, lighthouseRuns: LIGHTHOUSE_RUNS, feedPath: FEED_PATH };
    results.machine = { cpus: cpus().length, loadAtStart: load() };
    log('feed: loading pages and timing Load More …');
    results.feed = await measureFeed(browser, origin);
    results.machine.loadAfterFeed = load();
    results.lighthouse = {};
    if (!skipLighthouse) {
      for (const route of routes) {
        log(`Lighthouse ×${LIGHTHOUSE_RUNS}: ${route.path} …`);
        results.lighthouse[route.name] = await lighthouse(route.name, origin + route.path, LIGHTHOUSE_RUNS);
      }
    }
    results.machine.loadAtEnd = load();
    const file = join(RESULTS_DIR, `bench-${label}.json`);
    await writeFile(file, JSON.stringify(results, null, 2));
    console.log(report(results));
    log(`wrote ${file}`);
  } finally {
    await browser.close();
    await server.stop();
  }
};

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
