import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end journeys in real Chromium against the production build on the mock backend.
 * Browsers cannot be downloaded on our machines, so Playwright drives Debian's Chromium.
 * E2E_PORT picks another port when 4173 is taken by a preview you want to leave alone.
 */
const port = Number(process.env['E2E_PORT'] ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env['CI']);

const chromium = {
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  forbidOnly: ci,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL,
    headless: true,
    launchOptions: chromium,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'phone',
      use: { browserName: 'chromium', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    // The production build with the mock backend: what `npm run preview` serves to a reader.
    command: `npm run build && npm run preview${port === 4173 ? '' : ` -- --port ${port}`}`,
    url: baseURL,
    reuseExistingServer: !ci,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // An empty VITE_WP_URL means mock mode whatever the developer's shell exports.
    env: { VITE_WP_URL: '', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
});
