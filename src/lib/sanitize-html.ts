import DOMPurify from 'dompurify';
import type { SafeHtml } from '../domain/safe-html';
import { toAppPath } from './site-links';

const purifier = DOMPurify();

const FORBID_TAGS = ['style', 'form', 'input', 'button', 'textarea', 'select', 'object', 'embed', 'base', 'meta', 'link', 'svg', 'math'];
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'id', 'name'];

let siteForLinks = '';

purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    const href = node.getAttribute('href');
    if (href === null) return;
    const appPath = siteForLinks ? toAppPath(href, siteForLinks) : null;
    if (appPath !== null) {
      node.setAttribute('href', appPath);
      node.removeAttribute('target');
    } else if (/^https?:/i.test(href)) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  }
  if (node.nodeName === 'IMG') {
    node.setAttribute('loading', 'lazy');
    node.setAttribute('decoding', 'async');
  }
});

/**
 * The one way WordPress HTML reaches the DOM: scripts, handlers, styles, forms and embeds are
 * removed, and links into the same site are rewritten to Gazette routes.
 */
export const sanitizeHtml = (html: string, siteUrl: string): SafeHtml => {
  siteForLinks = siteUrl;
  try {
    return purifier.sanitize(html, {
      FORBID_TAGS,
      FORBID_ATTR,
      ALLOW_DATA_ATTR: false,
    }) as SafeHtml;
  } finally {
    siteForLinks = '';
  }
};
