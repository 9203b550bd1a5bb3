import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A response captured from a real WordPress 6.1 (tests/fixtures/wordpress/NAME.json). */
export const sample = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../fixtures/wordpress/${name}.json`, import.meta.url)), 'utf8'));

/** Where the samples were captured: their links point here. */
export const SAMPLE_SITE = 'http://127.0.0.1:8088';
