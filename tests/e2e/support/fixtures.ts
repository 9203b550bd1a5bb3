import { test as base, expect, type Page, type TestInfo } from '@playwright/test';

interface Health {
  /** A failure the test causes on purpose (a routed 500): matched against the problem's text. */
  expect: (pattern: RegExp) => void;
}

const problemsOf = (page: Page) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()} at ${message.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The app cancels an API request whose answer is no longer wanted (the reader left the page,
    // or a feed jumped past it): a cancellation, not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED' && request.url().includes('/wp-json/')) return;
    problems.push(`request failed (${request.failure()?.errorText}): ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
};

/**
 * Every journey fails on a console error, an uncaught exception, a failed request or an HTTP
 * error status, unless the test said it expects that failure.
 */
export const test = base.extend<{ health: Health }>({
  health: [
    async ({ page }, use) => {
      const problems = problemsOf(page);
      const expected: RegExp[] = [];
      await use({ expect: (pattern) => expected.push(pattern) });
      const unexpected = problems.filter((problem) => !expected.some((pattern) => pattern.test(problem)));
      expect(unexpected, 'console errors and failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** A screenshot of what the reader sees, kept with the test's results (never committed). */
export const snapshot = async (page: Page, testInfo: TestInfo, name: string) => {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, animations: 'disabled' });
  await testInfo.attach(name, { path, contentType: 'image/png' });
};
