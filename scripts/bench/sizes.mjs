import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { newContext } from './browser.mjs';

/** Transfer sizes as a CDN would serve them: gzip -9 and brotli -11. */
export const compressedSize = async (files) => {
  const total = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = await readFile(file);
    total.raw += bytes.length;
    total.gzip += gzipSync(bytes, { level: 9 }).length;
    total.brotli += brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
};

/**
 * The JS and CSS a route really loads on a cold visit (entry, preloads, lazy route chunks),
 * read from the browser's requests once the page is idle, and sized from the build on disk.
 */
export const routeAssets = async (browser, origin, path, distDir) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const paths = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    const type = request.resourceType();
    if (url.origin === origin && (type === 'script' || type === 'stylesheet')) paths.add(url.pathname);
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await context.close();
  const files = [...paths].sort().map((pathname) => join(distDir, pathname));
  return { paths: [...paths].sort(), ...(await compressedSize(files)) };
};
