import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_FLAGS, LIGHTHOUSE, RESULTS_DIR, ROOT } from './config.mjs';
import { run } from './processes.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * One Lighthouse run (mobile, simulated throttling: Lighthouse's defaults) through npx, which
 * puts Node 22 from the npm package `node` first on PATH for the lighthouse CLI alone.
 */
const lighthouseOnce = async (url, outputPath) => {
  const args = [
    '-y',
    '-p', `node@${LIGHTHOUSE.node}`,
    '-p', `lighthouse@${LIGHTHOUSE.lighthouse}`,
    '--',
    'lighthouse', url,
    '--quiet',
    '--only-categories=performance',
    '--output=json',
    `--output-path=${outputPath}`,
    `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
  ];
  await run('npx', args, { cwd: ROOT, env: { ...process.env, CHROME_PATH: CHROMIUM } });
  const report = JSON.parse(await readFile(outputPath, 'utf8'));
  if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: Math.round((report.categories.performance.score ?? 0) * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    lcpElement: report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null,
  };
};

/** The median of each figure over `runs` runs (runs one after another: parallel runs skew TBT). */
export const lighthouse = async (name, url, runs) => {
  const dir = join(RESULTS_DIR, 'lighthouse');
  await mkdir(dir, { recursive: true });
  const all = [];
  for (let index = 0; index < runs; index++) all.push(await lighthouseOnce(url, join(dir, `${name}-${index + 1}.json`)));
  const of = (key) => median(all.map((result) => result[key]));
  return {
    performance: of('performance'),
    fcp: of('fcp'),
    lcp: of('lcp'),
    tbt: of('tbt'),
    cls: of('cls'),
    lcpElement: all[0]?.lcpElement ?? null,
    runs: all,
  };
};
