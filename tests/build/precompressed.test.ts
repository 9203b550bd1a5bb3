// @vitest-environment node
import { request } from 'node:http';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, preview, type PreviewServer } from 'vite';
import { precompressed } from '../../scripts/vite/precompressed';

const CODE = `console.log(${JSON.stringify('Gazette '.repeat(400))});`;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

const get = (origin: string, path: string, acceptEncoding: string) =>
  new Promise<Answer>((resolve, reject) => {
    const call = request(`${origin}${path}`, { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    call.on('error', reject);
    call.end();
  });

describe('precompressed assets', () => {
  let root = '';
  let server: PreviewServer;
  let origin = '';
  let script = '';

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'gazette-precompressed-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><script type="module" src="/main.js"></script>');
    await writeFile(join(root, 'main.js'), CODE);
    const config = { root, configFile: false as const, logLevel: 'silent' as const, plugins: [precompressed()] };
    await build({ ...config, build: { minify: false } });
    script = (await readdir(join(root, 'dist', 'assets'))).find((name) => name.endsWith('.js')) ?? '';
    server = await preview({ ...config, preview: { port: 0, host: '127.0.0.1', headers: { 'X-Content-Type-Options': 'nosniff' } } });
    origin = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}`;
  }, 30_000);

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('are written beside each built script, brotli of the same bytes', async () => {
    const raw = await readFile(join(root, 'dist', 'assets', script));
    const twin = await readFile(join(root, 'dist', 'assets', `${script}.br`));
    expect(twin.length).toBeLessThan(raw.length / 4);
    expect(brotliDecompressSync(twin).equals(raw)).toBe(true);
  });

  it('are what the preview sends a browser that accepts brotli, with the preview headers', async () => {
    const answer = await get(origin, `/assets/${script}`, 'gzip, deflate, br');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('text/javascript');
    expect(answer.headers['vary']).toBe('Accept-Encoding');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(brotliDecompressSync(answer.body).toString()).toContain('Gazette Gazette');
  });

  it('leave other browsers, and other files, to the preview as before', async () => {
    const gzip = await get(origin, `/assets/${script}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    const page = await get(origin, '/', 'br');
    expect(page.headers['content-encoding']).not.toBe('br');
    expect(page.body.toString()).toContain('<script');
  });
});
