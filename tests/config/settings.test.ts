import { describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config/settings';

describe('readSettings', () => {
  it('uses the mock backend on the app origin when no site is set', () => {
    expect(readSettings(undefined, 'http://127.0.0.1:4173')).toEqual({
      siteUrl: 'http://127.0.0.1:4173',
      apiRoot: 'http://127.0.0.1:4173/wp-json/wp/v2',
      mock: true,
    });
    expect(readSettings('  ', 'http://x').mock).toBe(true);
  });

  it('reads a real site, with or without a trailing slash or sub-folder', () => {
    expect(readSettings('https://news.example.com/', 'http://x').apiRoot).toBe('https://news.example.com/wp-json/wp/v2');
    expect(readSettings('https://example.com/blog', 'http://x')).toMatchObject({
      siteUrl: 'https://example.com/blog',
      mock: false,
    });
  });

  it('rejects what is not an http(s) URL with a clear message', () => {
    expect(() => readSettings('example.com', 'http://x')).toThrow(/not a URL/);
    expect(() => readSettings('ftp://example.com', 'http://x')).toThrow(/http\(s\)/);
  });
});
