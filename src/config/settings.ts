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

const siteSettings = (siteUrl: string, mock: boolean): Settings => ({ siteUrl, apiRoot: `${siteUrl}/wp-json/wp/v2`, mock });

/**
 * With no VITE_WP_URL the app reads the mock backend that the dev and preview servers answer on
 * the app's own origin; with one, it reads that WordPress site and no mock code is involved.
 * Run by vite.config.ts, so a bad value stops the build with this message instead of reaching a
 * reader.
 */
export const readSettings = (wpUrl: string | undefined, appOrigin: string): Settings => {
  const raw = wpUrl?.trim();
  if (!raw) {
    return siteSettings(appOrigin, true);
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
  return siteSettings(`${url.origin}${url.pathname}`.replace(/\/+$/, ''), false);
};

let current: Settings | undefined;

/** The site this build reads: VITE_WP_URL as vite.config.ts checked and normalised it. */
export const settings = (): Settings => {
  const site = import.meta.env.VITE_WP_URL;
  current ??= site ? siteSettings(site, false) : siteSettings(window.location.origin, true);
  return current;
};
