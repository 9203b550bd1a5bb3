// App icons from one source image, public/favicon.svg: run `npm run icons` after changing it.
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';

const source = await readFile(new URL('../public/favicon.svg', import.meta.url));
const out = (name) => new URL(`../public/icons/${name}`, import.meta.url).pathname;

const plain = (size) => sharp(source, { density: 72 * (size / 64) }).resize(size, size).png({ compressionLevel: 9 });

/** Maskable icons keep the mark inside the 80% safe zone on a full-bleed background. */
const maskable = async (size) => {
  const inner = Math.round(size * 0.7);
  const mark = await sharp(source, { density: 72 * (inner / 64) }).resize(inner, inner).png().toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background: '#b3261e' } })
    .composite([{ input: mark, gravity: 'center' }])
    .png({ compressionLevel: 9 });
};

await plain(192).toFile(out('icon-192.png'));
await plain(512).toFile(out('icon-512.png'));
await plain(180).flatten({ background: '#ffffff' }).toFile(out('apple-touch-icon.png'));
await (await maskable(512)).toFile(out('maskable-512.png'));
console.log('icons written to public/icons/');
