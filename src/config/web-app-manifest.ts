import type { ManifestOptions } from 'vite-plugin-pwa';

/** What the phone shows when Gazette is installed. Icons come from `npm run icons`. */
export const webAppManifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Gazette',
  short_name: 'Gazette',
  description: 'A fast reader for news from WordPress sites: the front page, every section, and stories saved for offline reading.',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#b3261e',
  background_color: '#ffffff',
  categories: ['news'],
  lang: 'en',
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  screenshots: [
    { src: '/screenshots/phone.png', sizes: '390x844', type: 'image/png', form_factor: 'narrow', label: 'The front page on a phone' },
    { src: '/screenshots/desktop.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'The front page on a desktop' },
  ],
};
