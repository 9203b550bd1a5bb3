/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin, type UserConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstViewPreload, firstViewPreloadScript, scriptHashSource } from './scripts/vite/first-view-preload.ts';
import { inlineFavicon } from './scripts/vite/inline-favicon.ts';
import { precompressed } from './scripts/vite/precompressed.ts';
import { sharedChunk } from './scripts/vite/shared-chunk.ts';
import { readSettings } from './src/config/settings.ts';
import { webAppManifest } from './src/config/web-app-manifest.ts';
import { wordpressMockPlugin } from './mocks/vite-plugin.ts';

/** The chunks the entry loads: the groups below, and rolldown's runtime. */
const ENTRY_CHUNK = /(^|\/)(framework|vendor|app|rolldown-runtime)-[\w-]+\.js$/;

/**
 * The libraries, which a first view calls nearly all of. (Marking the two largest view chunks,
 * the section's and the sanitizer's, too made no difference that could be told from the noise.)
 */
const EAGER_CHUNKS = new Set(['framework', 'vendor']);

/** Lazily loaded modules (mostly the four route views: home, category, article, saved). */
const SHARED_BY = 3;

const VIDEO_FRAMES = 'https://www.youtube.com https://www.youtube-nocookie.com https://player.vimeo.com';

/**
 * Scripts and styles only from the app itself (and its one inline script, by hash); data, images
 * and media only from the site too.
 */
const contentSecurityPolicy = (site: string, inlineScript: string) =>
  [
    "default-src 'self'",
    `script-src 'self' ${scriptHashSource(inlineScript)}`,
    "style-src 'self'",
    `img-src 'self' data: ${site}`.trim(),
    `media-src 'self' ${site}`.trim(),
    `connect-src 'self' ${site}`.trim(),
    `frame-src ${VIDEO_FRAMES}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

/** The built page carries its CSP (dev keeps Vite's inline preamble working without one). */
const cspMeta = (csp: string): Plugin => ({
  name: 'gazette:csp',
  apply: 'build',
  transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head' }],
});

export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  // Checked here, so a bad VITE_WP_URL stops the build (or `npm start`) with a clear message;
  // the app is handed the normalised site root. Mock mode: the dev and preview servers answer
  // the WordPress API themselves, so the app always talks plain HTTP and no mock code ships.
  const { mock, siteUrl, apiRoot } = readSettings(env['VITE_WP_URL'], '');
  const preloadScript = await firstViewPreloadScript(mock ? null : apiRoot);
  const csp = contentSecurityPolicy(mock ? '' : new URL(siteUrl).origin, preloadScript);
  return {
    define: { 'import.meta.env.VITE_WP_URL': JSON.stringify(mock ? '' : siteUrl) },
    plugins: [
      react(),
      cspMeta(csp),
      firstViewPreload(preloadScript),
      inlineFavicon(),
      ...(mode === 'test'
        ? []
        : [
            VitePWA({
              strategies: 'injectManifest',
              srcDir: 'src',
              filename: 'sw.ts',
              registerType: 'prompt',
              injectRegister: false,
              manifest: webAppManifest,
              includeAssets: ['icons/apple-touch-icon.png'],
              injectManifest: {
                // The manifest and its icons are added by the plugin itself.
                globPatterns: ['**/*.{js,css,html,svg}'],
              },
            }),
            precompressed(),
          ]),
      ...(mock && mode !== 'test' ? [wordpressMockPlugin()] : []),
    ],
    server: { host: '127.0.0.1', port: 5173 },
    preview: {
      host: '127.0.0.1',
      port: 4173,
      headers: {
        'Content-Security-Policy': `${csp}; frame-ancestors 'none'`,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    build: {
      target: 'es2022',
      // Every browser that runs ES2022 knows modulepreload.
      modulePreload: {
        polyfill: false,
        // The entry's own chunks have run before any lazy import can: a lazy chunk's list of
        // files to preload would only repeat them.
        resolveDependencies: (_file, deps) => deps.filter((dep) => !ENTRY_CHUNK.test(dep)),
      },
      sourcemap: true,
      rolldownOptions: {
        output: {
          // Compiled eagerly, these chunks compile while they download, off the main thread,
          // instead of each function on its first call.
          postBanner: (chunk) => (EAGER_CHUNKS.has(chunk.name) ? '//# allFunctionsCalledOnLoad' : ''),
          // Libraries change far less often than the app: their own chunks stay cached across
          // releases. Only what the first view needs ($initial); route-only libraries (the
          // feed's virtualizer) stay in their route's lazy chunk.
          codeSplitting: {
            groups: [
              // React and the router update rarely and load together: one request, not two.
              { name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 20 },
              { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 10 },
              // The first view's own code in one chunk, and with it what most views draw with
              // (the article card, a feed's Load More, and the libraries they use): split
              // further, each shared module would cost every view a request and its own wrapper.
              { name: sharedChunk('app', SHARED_BY), test: /[\\/]src[\\/]|vite[\\/]preload-helper/, priority: 5 },
            ],
          },
        },
      },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      restoreMocks: true,
      testTimeout: 30_000,
    },
  };
});
