// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../../mocks/fixtures/database';
import { wordpressMockMiddleware, wordpressMockPlugin } from '../../mocks/vite-plugin';
import { defined } from './wp-contract';

let server: Server;
let port = 0;

beforeAll(async () => {
  const middleware = wordpressMockMiddleware();
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 418;
      res.end('passed on');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/**
 * A bare HTTP/1.1 client on a socket: MSW (started by a global test setup) intercepts fetch and
 * http.request, and these requests must reach the real server.
 */
function get(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const lines = [`GET ${path} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: close'];
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
    socket.on('connect', () => socket.write(`${lines.join('\r\n')}\r\n\r\n`));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const [statusLine = '', ...headerLines] = raw.subarray(0, split).toString('latin1').split('\r\n');
      const parsed = new Map(
        headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      resolve({ status: Number(statusLine.split(' ')[1]), headers: parsed, body: raw.subarray(split + 4) });
    });
  });
}

describe('the Vite plugin', () => {
  it('hooks into both the dev and the preview server', () => {
    const plugin = wordpressMockPlugin();
    expect(plugin.configureServer).toBeTypeOf('function');
    expect(plugin.configurePreviewServer).toBeTypeOf('function');
  });

  it('answers the REST API over plain HTTP, with links on the Host it was reached at', async () => {
    const response = await get('/wp-json/wp/v2/posts?per_page=2&_embed', { Origin: 'http://127.0.0.1:5173' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=UTF-8');
    expect(response.headers.get('x-wp-total')).toBe(String(database.publishedPosts().length));
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    expect(response.headers.get('link')).toContain(`<http://127.0.0.1:${port}/wp-json/wp/v2/posts?per_page=2&_embed&page=2>`);
    const posts = JSON.parse(response.body.toString('utf8')) as { id: number; link: string }[];
    expect(posts.map((p) => p.id)).toEqual(database.publishedPosts().slice(0, 2).map((p) => p.id));
    expect(posts[0]?.link.startsWith(`http://127.0.0.1:${port}/2026/`)).toBe(true);
  });

  it('compresses JSON for clients that accept gzip, as a WordPress host does', async () => {
    const path = '/wp-json/wp/v2/posts?per_page=5&_embed';
    const plain = await get(path);
    const gzipped = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(plain.headers.has('content-encoding')).toBe(false);
    expect(gzipped.headers.get('content-encoding')).toBe('gzip');
    expect(gzipped.headers.get('vary')).toBe('Origin, Accept-Encoding');
    expect(Number(gzipped.headers.get('content-length'))).toBe(gzipped.body.byteLength);
    expect(gzipped.body.byteLength).toBeLessThan(plain.body.byteLength / 3);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
  });

  it('answers unknown API paths with rest_no_route', async () => {
    for (const path of ['/wp-json/wp/v2/nothing-here', '/wp-json']) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body.toString('utf8'))).toMatchObject({ code: 'rest_no_route' });
    }
  });

  it('serves uploads as long-cached JPEGs', async () => {
    const lead = defined(database.publishedPosts()[0]);
    const media = defined(database.media(lead.featuredMedia));
    const response = await get(`/wp-content/uploads/2026/${media.image.month}/${media.image.sizes['thumbnail']?.file}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/jpeg');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.body.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('refuses paths that escape the uploads folder, and missing files', async () => {
    for (const path of [
      '/wp-content/uploads/../../package.json',
      '/wp-content/uploads/%2e%2e/%2e%2e/package.json',
      '/wp-content/uploads/..%2f..%2fvite.config.ts',
      '/wp-content/uploads/2026/11/no-such-image.jpg',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it('passes everything else on to Vite', async () => {
    expect((await get('/category/news/politics')).status).toBe(418);
  });
});
