import { describe, expect, it } from 'vitest';
import { toAppPath } from '../../src/lib/site-links';

const site = 'https://news.example.com';

describe('toAppPath', () => {
  it.each([
    ['https://news.example.com/2024/11/20/some-story/', '/article/some-story'],
    ['https://news.example.com/some-story/', '/article/some-story'],
    ['/2024/11/20/relative-story/', '/article/relative-story'],
    ['https://news.example.com/category/news/politics/', '/category/news/politics'],
    ['https://news.example.com/', '/'],
  ])('maps %s to %s', (href, path) => {
    expect(toAppPath(href, site)).toBe(path);
  });

  it.each([
    'https://elsewhere.example.org/2024/11/20/some-story/',
    'https://news.example.com/tag/russia/',
    'https://news.example.com/wp-content/uploads/2024/11/a.jpg',
    'mailto:desk@news.example.com',
    'javascript:alert(1)',
  ])('leaves %s alone', (href) => {
    expect(toAppPath(href, site)).toBeNull();
  });

  it('respects a site installed in a sub-folder', () => {
    expect(toAppPath('https://example.com/news/2024/01/02/story/', 'https://example.com/news')).toBe('/article/story');
    expect(toAppPath('https://example.com/other/story/', 'https://example.com/news')).toBeNull();
  });
});
