export interface Settings {
  /** The WordPress site root, without a trailing slash. */
  siteUrl: string;
  /** `<site>/wp-json/wp/v2` */
  apiRoot: string;
  /** True when the site is Gazette's own mock backend, served from the app's origin. */
  mock: boolean;
}

export class SettingsError extends Error {
  override readonly name = 'SettingsError';
}

/**
 * With no VITE_WP_URL the app reads the mock backend that the dev and preview servers answer on
 * the app's own origin; with one, it reads that WordPress site and no mock code is involved.
 */
export const readSettings = (wpUrl: string | undefined, appOrigin: string): Settings => {
  const raw = wpUrl?.trim();
  if (!raw) {
    return { siteUrl: appOrigin, apiRoot: `${appOrigin}/wp-json/wp/v2`, mock: true };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SettingsError(`VITE_WP_URL is not a URL: "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SettingsError(`VITE_WP_URL must be an http(s) URL, got "${raw}"`);
  }
  const siteUrl = `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  return { siteUrl, apiRoot: `${siteUrl}/wp-json/wp/v2`, mock: false };
};

let current: Settings | undefined;

export const settings = (): Settings => {
  current ??= readSettings(import.meta.env.VITE_WP_URL, window.location.origin);
  return current;
};
