import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import type { Plugin } from 'vite';

const compress = promisify(brotliCompress);

/**
 * The built code and styles, named by content hash: compressed once, at the highest quality. One
 * flat folder: a request path with a slash (or `..`) past it never reaches the file system.
 */
const PRECOMPRESSED = /^assets\/[\w.-]+\.(js|css)$/;
const TYPES: Record<string, string> = { js: 'text/javascript', css: 'text/css' };

/**
 * The build writes each asset's brotli twin beside it (`app-1a2b.js.br`), as a static host or CDN
 * serves them (nginx `brotli_static`, most hosting platforms), and `vite preview` sends the twin to
 * browsers that accept brotli, as such a host would; otherwise Vite's own gzip applies as before.
 */
export const precompressed = (): Plugin => {
  let outDir = '';
  return {
    name: 'gazette:precompressed',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: async ({ dir }, bundle) => {
      const target = dir ?? outDir;
      await Promise.all(
        Object.keys(bundle)
          .filter((fileName) => PRECOMPRESSED.test(fileName))
          .map(async (fileName) => {
            const raw = await readFile(join(target, fileName));
            const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength };
            await writeFile(join(target, `${fileName}.br`), await compress(raw, { params }));
          }),
      );
    },
    configurePreviewServer: (server) => {
      const headers = server.config.preview.headers ?? {};
      server.middlewares.use(async (req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const type = TYPES[PRECOMPRESSED.exec(path.slice(1))?.[1] ?? ''];
        if (!type || !/\bbr\b/.test(String(req.headers['accept-encoding'] ?? ''))) return next();
        const file = join(outDir, `${path}.br`);
        const found = await stat(file).catch(() => null);
        if (!found?.isFile()) return next();
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value);
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'br');
        res.setHeader('Content-Length', found.size);
        res.setHeader('Vary', 'Accept-Encoding');
        res.end(req.method === 'HEAD' ? undefined : await readFile(file));
      });
    },
  };
};
