import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A response captured from a real WordPress 6.1 (tests/fixtures/wordpress/NAME.json). */
export const sample = (name: string): unknown =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'tests/fixtures/wordpress', `${name}.json`), 'utf8'));

/** Where the samples were captured: their links point here. */
export const SAMPLE_SITE = 'http://127.0.0.1:8088';
