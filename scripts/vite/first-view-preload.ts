import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { minify, transformWithOxc, type Plugin, type Rolldown } from 'vite';
import type { FirstView } from '../../src/api/wordpress/first-view-requests.ts';

const SOURCE = fileURLToPath(new URL('../../src/api/wordpress/first-view-requests.ts', import.meta.url));
const CHUNKS_ID = 'first-view-chunks';

/** The lazy modules each first view renders with: its route's view, and what that loads at once. */
const VIEW_MODULES: Record<FirstView, string[]> = {
  home: ['src/app/routes/home-view.tsx'],
  category: ['src/app/routes/category-view.tsx'],
  article: ['src/app/routes/article-view.tsx', 'src/api/wordpress/article-mapper.ts'],
};

/**
 * The inline script that preloads a cold start's API requests (first-view-requests.ts) and its
 * view's code (the build's chunk list, in a JSON block beside it, so this text and its CSP hash
 * never change with a build). With no `apiRoot` (mock mode) the API is on the page's own origin.
 * A section's feed needs its category's id: the script looks the categories up itself (ids and
 * slugs, a small request of its own: the app's full one is only preloaded, and a preloaded answer
 * cannot be read twice) and preloads the feed too, before the app's code is in.
 */
export const firstViewPreloadScript = async (apiRoot: string | null): Promise<string> => {
  const { code } = await transformWithOxc(await readFile(SOURCE, 'utf8'), SOURCE, { lang: 'ts' });
  const script = `(() => {
${code.replace(/^export /gm, '')}
const add = (attributes) => document.head.append(Object.assign(document.createElement('link'), attributes));
const apiRoot = ${JSON.stringify(apiRoot)} ?? location.origin + '/wp-json/wp/v2';
const preloadFetch = (href) => add({ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href });
firstViewRequests(location.pathname, apiRoot).forEach(preloadFetch);
const view = firstViewOf(location.pathname);
if (view === 'category') {
  fetch(categoryRefsRequest(apiRoot))
    .then((response) => (response.ok ? response.json() : []))
    .then((categories) => {
      const href = Array.isArray(categories) && sectionFeedRequest(location.pathname, apiRoot, categories);
      if (href) preloadFetch(href);
    })
    .catch(() => {});
}
const chunks = view ? JSON.parse(document.getElementById('${CHUNKS_ID}')?.textContent || '{}')[view] : undefined;
for (const href of chunks?.js ?? []) add({ rel: 'modulepreload', crossOrigin: '', href });
for (const href of chunks?.css ?? []) add({ rel: 'preload', as: 'style', crossOrigin: '', href });
})();`;
  return (await minify('first-view-preload.js', script)).code;
};

/** The CSP source that lets exactly this inline script run. */
export const scriptHashSource = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

type Chunk = Rolldown.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/** Each first view's chunks beyond those the page loads anyway (the entry and its imports). */
const viewChunks = (bundle: Rolldown.OutputBundle, base: string) => {
  const chunks = new Map(Object.values(bundle).filter((item): item is Chunk => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const closure = (names: string[], into = new Set<string>()) => {
    for (const name of names) {
      if (into.has(name)) continue;
      into.add(name);
      closure(chunks.get(name)?.imports ?? [], into);
    }
    return into;
  };
  const initial = closure([...chunks.values()].filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName));
  const facadeOf = (module: string) => [...chunks.values()].find((chunk) => chunk.facadeModuleId?.endsWith(module));
  return Object.fromEntries(
    Object.entries(VIEW_MODULES).map(([view, modules]) => {
      const roots = modules.map((module) => facadeOf(module)?.fileName).filter((name) => name !== undefined);
      const files = [...closure(roots)].filter((name) => !initial.has(name));
      const css = files.flatMap((name) => [...(chunks.get(name)?.viteMetadata?.importedCss ?? [])]);
      return [view, { js: files.map((name) => base + name), css: css.map((name) => base + name) }];
    }),
  );
};

const PLACEHOLDER = '<!-- first-view preload -->';

/**
 * Puts the script where index.html marks it: before any stylesheet, which would hold it back.
 * (A view's own styles are only preloaded: applied here they would come before the app's in the
 * cascade; the view's import applies them in their place.)
 */
export const firstViewPreload = (script: string): Plugin => {
  let base = '/';
  return {
    name: 'gazette:first-view-preload',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) => {
        if (!html.includes(PLACEHOLDER)) throw new Error(`index.html lacks ${PLACEHOLDER}`);
        // In dev there is no bundle: the script then preloads the API requests alone.
        const chunks = bundle ? `<script type="application/json" id="${CHUNKS_ID}">${JSON.stringify(viewChunks(bundle, base))}</script>` : '';
        return html.replace(PLACEHOLDER, `${chunks}<script>${script}</script>`);
      },
    },
  };
};
