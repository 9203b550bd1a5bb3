import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { getResponse } from 'msw';
import type { Connect, Plugin } from 'vite';
import { handlers } from './handlers/handlers.ts';
import { scenarioHandlers } from './scenarios.ts';
import { scenarioOf, scenarioPanel } from './scenario-panel.ts';
import { noRoute } from './handlers/wp-response.ts';

/**
 * Serves the mock WordPress site from Vite's dev and preview servers over plain HTTP: the REST
 * API through the same MSW handlers the tests use (no service worker), and the uploads folder.
 * The app therefore talks to the mock exactly as it talks to a real site on its own origin.
 */
const UPLOADS_DIR = fileURLToPath(new URL('./uploads/', import.meta.url));

/** Below this, nginx's and Apache's default gzip settings send a body as it is. */
const MIN_COMPRESSED_BYTES = 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

function toFetchRequest(req: IncomingMessage, body: Uint8Array<ArrayBuffer> | undefined): Request {
  const secure = 'encrypted' in req.socket && req.socket.encrypted === true;
  const url = new URL(req.url ?? '/', `${secure ? 'https' : 'http'}://${req.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (name.startsWith(':') || value === undefined) continue; // HTTP/2 pseudo-headers
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // WordPress answers HEAD like GET (minus the body); the handlers only know GET.
  const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
  return new Request(url, { method, headers, ...(body ? { body } : {}) });
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

async function answerApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const request = toFetchRequest(req, await readBody(req));
  const scenario = scenarioOf(req.headers.cookie);
  const active = scenario ? [...scenarioHandlers(scenario), ...handlers] : handlers;
  const response = (await getResponse(active, request)) ?? noRoute(request);
  if (response.type === 'error') {
    // The "offline" scenario: no HTTP answer at all, as when the network drops.
    req.socket.destroy();
    return;
  }
  const raw = Buffer.from(await response.arrayBuffer());
  // As a WordPress host's web server does: JSON is sent compressed to clients that accept it,
  // so the app is measured on the bytes a real site would send.
  const compress = raw.byteLength >= MIN_COMPRESSED_BYTES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const body = compress ? gzipSync(raw) : raw;
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  res.setHeader('Vary', [response.headers.get('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
  if (compress) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', body.byteLength);
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function serveUpload(pathname: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice('/wp-content/uploads/'.length));
  } catch {
    return false;
  }
  const file = resolve(UPLOADS_DIR, relative);
  // Anything that resolves outside the uploads folder (../, absolute paths) is not ours.
  if (!file.startsWith(UPLOADS_DIR.endsWith(sep) ? UPLOADS_DIR : UPLOADS_DIR + sep)) return false;
  const type = CONTENT_TYPES[extname(file).toLowerCase()];
  const info = await stat(file).catch(() => null);
  if (!type || !info?.isFile()) return false;
  res.statusCode = 200;
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', info.size);
  // Uploads never change under a given name, as on a real WordPress site behind a CDN.
  res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  res.setHeader('Last-Modified', info.mtime.toUTCString());
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

/** Connect middleware answering `/wp-json/*` and `/wp-content/uploads/*`; anything else passes. */
export function wordpressMockMiddleware(): Connect.NextHandleFunction {
  return (req, res, next) => {
    const pathname = (req.url ?? '/').split('?')[0] ?? '/';
    if (pathname === '/__mock/scenario' || pathname.startsWith('/__mock/scenario/')) {
      scenarioPanel(pathname.slice('/__mock/scenario/'.length), res);
      return;
    }
    if (pathname === '/wp-json' || pathname.startsWith('/wp-json/')) {
      answerApi(req, res).catch(next);
      return;
    }
    if (pathname.startsWith('/wp-content/uploads/') && (req.method === 'GET' || req.method === 'HEAD')) {
      serveUpload(pathname, req, res)
        .then((served) => {
          if (!served) {
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end('Not Found');
          }
        })
        .catch(next);
      return;
    }
    next();
  };
}

/** Adds the mock WordPress site to `vite` (dev) and `vite preview`. */
export function wordpressMockPlugin(): Plugin {
  return {
    name: 'gazette:wordpress-mock',
    configureServer(server) {
      server.middlewares.use(wordpressMockMiddleware());
    },
    configurePreviewServer(server) {
      server.middlewares.use(wordpressMockMiddleware());
    },
  };
}
