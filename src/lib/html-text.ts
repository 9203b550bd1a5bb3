let inert: Document | null = null;

/**
 * The text of an HTML fragment with entities decoded. Parsed in a document with no browsing
 * context (made once): its markup runs no script and loads nothing. Most titles and names carry
 * no markup at all and skip the parser.
 */
export const htmlToText = (html: string): string => {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  inert ??= document.implementation.createHTMLDocument('');
  const holder = inert.createElement('div');
  holder.innerHTML = html;
  return (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
};
