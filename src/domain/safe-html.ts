/** HTML that has been through the sanitizer; only lib/sanitize-html creates it. */
export type SafeHtml = string & { readonly __brand: 'SafeHtml' };
