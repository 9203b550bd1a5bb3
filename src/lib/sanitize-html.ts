import DOMPurify from 'dompurify';
import type { SafeHtml } from '../domain/safe-html';
import { toAppPath } from './site-links';

/** Video players an article may embed; anything else in an iframe is dropped. */
const VIDEO_HOSTS = new Set(['www.youtube.com', 'youtube.com', 'www.youtube-nocookie.com', 'player.vimeo.com']);

const FORBID_TAGS = [
  'style', 'link', 'base', 'meta', 'form', 'input', 'button', 'textarea', 'select', 'option',
  'object', 'embed', 'svg', 'math', 'noscript', 'template', 'frame', 'frameset',
];
const FORBID_ATTR = ['style', 'srcdoc', 'formaction', 'id', 'name', 'background'];
/** Gutenberg's own classes; any other class could borrow Gazette's styles and escape the article. */
const CONTENT_CLASS = /^(wp-|has-|align|is-)/;

const purifier = DOMPurify();
// Set once: given with every call, the configuration would be parsed again for each.
purifier.setConfig({
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen', 'target'],
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
});
let siteForLinks = '';

const isVideoEmbed = (src: string | null): boolean => {
  try {
    const url = new URL(src ?? '');
    return url.protocol === 'https:' && VIDEO_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
};

purifier.addHook('uponSanitizeElement', (node, data) => {
  if (data.tagName === 'iframe' && !isVideoEmbed((node as Element).getAttribute('src'))) {
    node.parentNode?.removeChild(node);
  }
});

const fixLink = (node: Element) => {
  const href = node.getAttribute('href');
  if (href === null) return;
  const appPath = siteForLinks ? toAppPath(href, siteForLinks) : null;
  if (appPath !== null) {
    node.setAttribute('href', appPath);
    node.removeAttribute('target');
  } else if (/^https?:/i.test(href) || node.hasAttribute('target')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
};

purifier.addHook('afterSanitizeAttributes', (node) => {
  const classes = node.getAttribute('class');
  if (classes !== null) {
    const kept = classes.split(/\s+/).filter((name) => CONTENT_CLASS.test(name));
    if (kept.length > 0) node.setAttribute('class', kept.join(' '));
    else node.removeAttribute('class');
  }
  // DOMPurify allows data: URIs on media; only images may keep them.
  if (node.nodeName !== 'IMG' && /^\s*data:/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
  if (node.nodeName === 'A') fixLink(node);
  if (node.nodeName === 'IMG' || node.nodeName === 'IFRAME') node.setAttribute('loading', 'lazy');
  if (node.nodeName === 'IMG') node.setAttribute('decoding', 'async');
  if (node.nodeName === 'IFRAME') {
    node.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    node.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  }
});

/**
 * The one way WordPress HTML reaches the DOM: scripts, handlers, styles, forms and foreign
 * embeds are removed, and links into the same site are rewritten to Gazette routes.
 */
export const sanitizeHtml = (html: string, siteUrl: string): SafeHtml => {
  siteForLinks = siteUrl;
  try {
    return purifier.sanitize(html) as SafeHtml;
  } finally {
    siteForLinks = '';
  }
};
