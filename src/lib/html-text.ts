/** The text of an HTML fragment with entities decoded; parsing inert markup runs no script. */
export const htmlToText = (html: string): string => {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
};
