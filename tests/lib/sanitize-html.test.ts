import { describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../../mocks/fixtures/xss-payloads';
import { sanitizeHtml } from '../../src/lib/sanitize-html';

const SITE = 'https://news.example.com';

const parse = (html: string) => {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content;
};

const FORBIDDEN = 'script, style, link, base, meta, form, input, button, object, embed, svg, math, noscript, template, frame';
const BAD_URL = /^\s*(javascript|vbscript|data):/i;

/** Whatever the sanitizer lets through must not be able to run or restyle the page. */
const expectInert = (html: string) => {
  const fragment = parse(html);
  expect(fragment.querySelectorAll(FORBIDDEN)).toHaveLength(0);
  for (const element of fragment.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name).not.toMatch(/^on|^style$|^srcdoc$|^formaction$|^id$|^name$/i);
      if (['href', 'src', 'action', 'xlink:href', 'background'].includes(attribute.name)) {
        const imageData = element.tagName === 'IMG' && /^data:image\//i.test(attribute.value);
        if (!imageData) expect(attribute.value).not.toMatch(BAD_URL);
      }
    }
    if (element.tagName === 'IFRAME') expect(element.getAttribute('src')).toMatch(/^https:\/\/(www\.)?(youtube|player\.vimeo)/);
    if (element.getAttribute('target') === '_blank') expect(element.getAttribute('rel')).toBe('noopener noreferrer');
  }
};

describe('sanitizeHtml', () => {
  it.each(XSS_PAYLOADS.map((payload, index) => [index + 1, payload]))('neutralizes payload %i', (_, payload) => {
    expectInert(sanitizeHtml(`<p>before</p>${payload}<p>after</p>`, SITE));
  });

  it(`covers a corpus of ${XSS_PAYLOADS.length} payloads`, () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  });

  it('keeps ordinary article markup', () => {
    const html = '<h2>Sub</h2><p>A <strong>bold</strong> <em>claim</em> <a href="https://elsewhere.org/x">source</a>.</p><blockquote><p>Quote</p></blockquote><ul><li>one</li></ul><figure class="wp-block-image"><img src="https://news.example.com/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>';
    const fragment = parse(sanitizeHtml(html, SITE));
    expect(fragment.querySelector('h2')?.textContent).toBe('Sub');
    expect(fragment.querySelector('blockquote')).not.toBeNull();
    expect(fragment.querySelector('figure')?.getAttribute('class')).toBe('wp-block-image');
    expect(fragment.querySelector('img')?.getAttribute('loading')).toBe('lazy');
    expect(fragment.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('rewrites links into the same site to Gazette routes', () => {
    const fragment = parse(
      sanitizeHtml('<a href="https://news.example.com/2026/11/02/a-story/" target="_blank">s</a><a href="https://news.example.com/category/news/world/">w</a>', SITE),
    );
    const [story, world] = fragment.querySelectorAll('a');
    expect(story?.getAttribute('href')).toBe('/article/a-story');
    expect(story?.hasAttribute('target')).toBe(false);
    expect(world?.getAttribute('href')).toBe('/category/news/world');
  });

  it('keeps video embeds from known hosts only, sandboxed and lazy', () => {
    const fragment = parse(
      sanitizeHtml('<iframe src="https://www.youtube-nocookie.com/embed/abc" allowfullscreen></iframe><iframe src="https://evil.example/"></iframe>', SITE),
    );
    const frames = fragment.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('sandbox')).toContain('allow-scripts');
    expect(frames[0]?.getAttribute('loading')).toBe('lazy');
  });

  it('drops classes that could borrow the app styles', () => {
    const fragment = parse(sanitizeHtml('<p class="check-also has-large-font-size skip-link">x</p>', SITE));
    expect(fragment.querySelector('p')?.getAttribute('class')).toBe('has-large-font-size');
  });
});
