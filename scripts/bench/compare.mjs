#!/usr/bin/env node
/**
 * Before/after: `node scripts/bench/compare.mjs results/bench-before.json results/bench-after.json`
 * prints every figure of two bench runs side by side (as a Markdown table, ready for a note).
 */
import { readFile } from 'node:fs/promises';

const [beforeFile, afterFile] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  console.error('usage: node scripts/bench/compare.mjs BEFORE.json AFTER.json');
  process.exit(2);
}
const [before, after] = await Promise.all([beforeFile, afterFile].map(async (file) => JSON.parse(await readFile(file, 'utf8'))));

const kib = (bytes) => (bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)}`);
const num = (value, digits = 0) => (value === undefined || value === null || Number.isNaN(value) ? '–' : Number(value).toFixed(digits));
const heapAt = (result, pages) => result.feed.checkpoints.find((point) => point.pages === pages);

const rows = [];
const row = (name, pick, format) => rows.push([name, format(pick(before)), format(pick(after))]);

row('floor JS+CSS gzip KiB', (r) => r.floor.gzip, kib);
for (const route of Object.keys(after.sizes)) {
  row(`${route} JS+CSS gzip KiB`, (r) => r.sizes[route]?.gzip, kib);
  row(`${route} JS+CSS brotli KiB`, (r) => r.sizes[route]?.brotli, kib);
  row(`${route} × floor (gzip)`, (r) => r.sizes[route] && r.sizes[route].gzip / r.floor.gzip, (v) => num(v, 2));
}
for (const route of Object.keys(after.lighthouse)) {
  row(`${route} Lighthouse performance`, (r) => r.lighthouse[route]?.performance, num);
  row(`${route} FCP ms`, (r) => r.lighthouse[route]?.fcp, num);
  row(`${route} LCP ms`, (r) => r.lighthouse[route]?.lcp, num);
  row(`${route} TBT ms`, (r) => r.lighthouse[route]?.tbt, num);
  row(`${route} CLS`, (r) => r.lighthouse[route]?.cls, (v) => num(v, 3));
}
for (const point of after.feed.checkpoints) {
  const { pages } = point;
  row(`feed nodes after ${pages} pages`, (r) => heapAt(r, pages)?.feedNodes, num);
  row(`JS heap MiB after ${pages} pages`, (r) => heapAt(r, pages)?.jsHeapUsed / 1024 / 1024, (v) => num(v, 2));
  row(`heap × page 1 after ${pages} pages`, (r) => heapAt(r, pages)?.jsHeapUsed / heapAt(r, 1)?.jsHeapUsed, (v) => num(v, 2));
}
row('max feed nodes at any time', (r) => r.feed.maxFeedNodes, num);
row('Load More data→paint ms, median pages 6–10', (r) => r.feed.loadMore.early.medianDataToPaint, num);
row('Load More data→paint ms, median pages 91–100', (r) => r.feed.loadMore.late.medianDataToPaint, num);
row('Load More data→paint ms, max (all clicks)', (r) => r.feed.loadMore.all.maxDataToPaint, num);
row('Back restores the feed position', (r) => (r.feed.back.restored ? 'yes' : 'no'), String);

console.log(`| figure | ${before.label} | ${after.label} |\n| --- | ---: | ---: |`);
for (const [name, a, b] of rows) console.log(`| ${name} | ${a} | ${b} |`);
