import { BUDGETS } from './config.mjs';

const kib = (bytes) => (bytes / 1024).toFixed(1);
const mib = (bytes) => (bytes / 1024 / 1024).toFixed(2);
const ms = (value) => (value === null || value === undefined || Number.isNaN(value) ? '–' : Math.round(value).toString());

/** A plain-text table with right-aligned numbers. */
export const formatTable = (title, headers, rows) => {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => (column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]))).join('  ');
  return [`\n${title}`, line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
};

export const sizeRows = (result) => [
  ['floor (stack alone)', result.floor.files, kib(result.floor.gzip), kib(result.floor.brotli), '1.00'],
  ...Object.entries(result.sizes).map(([name, size]) => [name, size.files, kib(size.gzip), kib(size.brotli), (size.gzip / result.floor.gzip).toFixed(2)]),
];

export const lighthouseRows = (result) =>
  Object.entries(result.lighthouse).map(([name, lh]) => [name, lh.performance, ms(lh.fcp), ms(lh.lcp), ms(lh.tbt), lh.cls.toFixed(3)]);

export const feedRows = (result) => {
  const first = result.feed.checkpoints[0]?.jsHeapUsed ?? NaN;
  const firstData = result.feed.checkpoints[0]?.jsData ?? NaN;
  return result.feed.checkpoints.map((point) => [
    point.pages,
    point.articles,
    point.renderedArticles,
    point.feedNodes,
    point.documentElements,
    mib(point.jsHeapUsed),
    (point.jsHeapUsed / first).toFixed(2),
    point.jsData === undefined ? '-' : mib(point.jsData),
    point.jsData === undefined ? '-' : (point.jsData / firstData).toFixed(2),
  ]);
};

const loadMoreRows = (result) =>
  Object.entries({ 'pages 6–10': result.feed.loadMore.early, 'pages 91–100': result.feed.loadMore.late, 'all clicks': result.feed.loadMore.all }).map(
    ([name, summary]) => [name, summary.clicks, ms(summary.medianDataToPaint), ms(summary.maxDataToPaint), ms(summary.medianClickToPaint)],
  );

/** Each budget of the issue, with the figure that decides it. */
export const budgets = (result) => {
  const heapAt = (pages) => result.feed.checkpoints.find((point) => point.pages === pages)?.jsHeapUsed;
  const growth = heapAt(100) / heapAt(1);
  const lh = Object.values(result.lighthouse);
  const skipped = lh.length === 0;
  return [
    ['home JS+CSS ≤ 1.15× floor (gzip)', (result.sizes.home.gzip / result.floor.gzip).toFixed(2), result.sizes.home.gzip <= BUDGETS.homeVsFloor * result.floor.gzip],
    ['Lighthouse performance ≥ 95', skipped ? 'skipped' : lh.map((x) => x.performance).join(' / '), !skipped && lh.every((x) => x.performance >= BUDGETS.performance)],
    ['CLS ≤ 0.01', skipped ? 'skipped' : lh.map((x) => x.cls.toFixed(3)).join(' / '), !skipped && lh.every((x) => x.cls <= BUDGETS.cls)],
    ['feed DOM nodes ≤ 800 at any time', result.feed.maxFeedNodes, result.feed.maxFeedNodes <= BUDGETS.feedNodes],
    ['heap at 100 pages ≤ 1.5× page 1', Number.isNaN(growth) ? 'not measured' : growth.toFixed(2), growth <= BUDGETS.heapGrowth],
    ['Load More paints ≤ 100 ms after data (max)', ms(result.feed.loadMore.all.maxDataToPaint), result.feed.loadMore.all.maxDataToPaint !== null && result.feed.loadMore.all.maxDataToPaint <= BUDGETS.loadMorePaintMs],
    ['Back restores the feed position', result.feed.back.restored ? 'yes' : 'no', result.feed.back.restored],
  ].map(([name, figure, pass]) => [name, figure, pass ? 'PASS' : 'FAIL']);
};

export const report = (result) =>
  [
    result.machine
      ? `\n${result.label}: ${result.date} · ${result.machine.cpus} CPUs · 1-min load average at start/after feed/end: ${result.machine.loadAtStart} / ${result.machine.loadAfterFeed} / ${result.machine.loadAtEnd}`
      : `\n${result.label}: ${result.date}`,
    formatTable('Initial JS+CSS per route (KiB)', ['route', 'files', 'gzip', 'brotli', '× floor'], sizeRows(result)),
    formatTable(`Lighthouse mobile, simulated throttling (median of ${result.lighthouseRuns})`, ['route', 'perf', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'], lighthouseRows(result)),
    formatTable(
      `Feed ${result.feedPath} (huge-feed scenario, ${result.feed.viewport.width}×${result.feed.viewport.height})`,
      ['pages', 'articles', 'in DOM', 'feed nodes', 'doc elements', 'JS heap MiB', '× page 1', 'JS data MiB', '× page 1'],
      feedRows(result),
    ),
    `max feed nodes at any time (incl. a full scroll sweep): ${result.feed.maxFeedNodes}`,
    formatTable('Load More → paint (ms)', ['clicks', 'n', 'data→paint median', 'data→paint max', 'click→paint median'], loadMoreRows(result)),
    formatTable('Budgets', ['budget', 'figure', 'result'], budgets(result)),
  ].join('\n');
