import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minify, transformWithOxc, type Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('../../src/api/wordpress/first-view-requests.ts', import.meta.url));

/**
 * The inline script that preloads the first view's API requests (first-view-requests.ts). With no
 * `apiRoot` (mock mode) the API is on the page's own origin.
 */
export const firstViewPreloadScript = async (apiRoot: string | null): Promise<string> => {
  const { code } = await transformWithOxc(await readFile(SOURCE, 'utf8'), SOURCE, { lang: 'ts' });
  const script = `(() => {
${code.replace(/^export /m, '')}
const apiRoot = ${JSON.stringify(apiRoot)} ?? location.origin + '/wp-json/wp/v2';
for (const href of firstViewRequests(location.pathname, apiRoot)) {
  const link = document.createElement('link');
  Object.assign(link, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
  document.head.append(link);
}
})();`;
  return (await minify('first-view-preload.js', script)).code;
};

/** The CSP source that lets exactly this inline script run. */
export const scriptHashSource = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

const PLACEHOLDER = '<!-- first-view preload -->';

/** Puts the script where index.html marks it: before any stylesheet, which would hold it back. */
export const firstViewPreload = (script: string): Plugin => ({
  name: 'gazette:first-view-preload',
  transformIndexHtml: (html) => {
    if (!html.includes(PLACEHOLDER)) throw new Error(`index.html lacks ${PLACEHOLDER}`);
    return html.replace(PLACEHOLDER, `<script>${script}</script>`);
  },
});
