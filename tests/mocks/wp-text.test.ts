// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeEntities, sanitizeTitle, texturize } from '../../mocks/fixtures/wp-text';
import { captured } from './wp-contract';

interface Post {
  slug: string;
  title: { rendered: string };
}

describe('WordPress text functions', () => {
  it.each(['post-lead-embed', 'post-long-title-embed', 'post-unicode-embed'])(
    'derives the slug WordPress derived for %s',
    (name) => {
      const post = captured(name).body as Post;
      expect(sanitizeTitle(decodeEntities(post.title.rendered))).toBe(post.slug);
    },
  );

  it('removes accents from Latin letters and percent-encodes other scripts', () => {
    expect(sanitizeTitle("From Zürich to 東京: Mayors' Summit")).toBe('from-zurich-to-%e6%9d%b1%e4%ba%ac-mayors-summit');
    expect(sanitizeTitle('from-zurich-to-%E6%9D%B1%E4%BA%AC')).toBe('from-zurich-to-%e6%9d%b1%e4%ba%ac');
  });

  it('texturizes quotes, apostrophes and ampersands but leaves markup alone', () => {
    expect(texturize(`Coach's "Wake-Up Call" & <a href="/a?b=1&c=2">more</a> &amp; co`)).toBe(
      'Coach&#8217;s &#8220;Wake-Up Call&#8221; &#038; <a href="/a?b=1&c=2">more</a> &amp; co',
    );
  });
});
