import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, expect, type Page, test } from '@playwright/test';
import { preview } from 'vite';

/**
 * The installed app, in a persistent (non-incognito) profile as a reader's browser has: the
 * install check, offline reading, saved articles across a browser restart, and the update flow.
 */
const launch = (profile: string, baseURL: string | undefined, viewport: { width: number; height: number } | null) =>
  chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    baseURL,
    viewport,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });

const controlled = async (page: Page) => {
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first visit is not controlled until the worker claims it; a reload always is.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
};

const leadHref = async (page: Page) => {
  await page.goto('/');
  return (await page.locator('.card--lead h2 a').getAttribute('href')) ?? '';
};

const imageShown = (page: Page) =>
  page.getByRole('figure').getByRole('img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth));

let profile: string;
let context: BrowserContext;

test.beforeEach(async ({ baseURL, viewport }) => {
  profile = await mkdtemp(join(tmpdir(), 'gazette-profile-'));
  context = await launch(profile, baseURL, viewport);
});

test.afterEach(async () => {
  await context.close();
  await rm(profile, { recursive: true, force: true });
});

test('Chromium reports the app installable', async () => {
  const page = await context.newPage();
  await page.goto('/');
  await controlled(page);
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
});

test('an article already opened reads offline, with its image', async () => {
  const page = await context.newPage();
  await page.goto('/');
  await controlled(page);
  const href = await leadHref(page);
  await page.goto(href);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  expect(await imageShown(page)).toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  expect(await imageShown(page)).toBeGreaterThan(0);
  await expect(page.getByText("You're offline.")).toBeVisible();
});

test('two saved articles stay readable offline after the browser restarts', async ({ baseURL, viewport }) => {
  let page = await context.newPage();
  await page.goto('/category/news/world');
  await controlled(page);
  const saves = page.getByRole('button', { name: /^Save for later:/ });
  const titles: string[] = [];
  for (const index of [0, 1]) {
    const button = saves.nth(index);
    titles.push(((await button.getAttribute('aria-label')) ?? '').replace('Save for later: ', ''));
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  await context.close();
  context = await launch(profile, baseURL, viewport);
  await context.setOffline(true);
  page = await context.newPage();
  await page.goto('/saved');
  const saved = page.getByRole('feed', { name: 'Saved articles' });
  await expect(saved.getByRole('article')).toHaveCount(2);
  for (const title of titles) {
    await saved.getByRole('link', { name: title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.article__body p').first()).not.toBeEmpty();
    if (await page.getByRole('figure').count()) expect(await imageShown(page)).toBeGreaterThan(0);
    await page.goBack();
  }
});

test('a new version asks before it reloads, and Reload brings it in', async () => {
  // A deploy of our own: a copy of the build on its own port, whose worker script then changes.
  const site = await mkdtemp(join(tmpdir(), 'gazette-deploy-'));
  await cp('dist', site, { recursive: true });
  const server = await preview({ build: { outDir: site }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
  try {
    const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';
    const page = await context.newPage();
    await page.goto(`${origin}/category/news/world`);
    await controlled(page);
    await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 600));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(600);

    await writeFile(join(site, 'sw.js'), `${await readFile(join(site, 'sw.js'), 'utf8')}\n// next version\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));
    const prompt = page.getByRole('status').filter({ hasText: 'New version available' });
    await expect(prompt).toBeVisible();
    // Nothing reloads by itself: the reader is still where they were.
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => window.scrollY)).toBe(600);

    const reloaded = page.waitForEvent('load');
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { level: 1, name: 'World' })).toBeVisible();
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting ?? null, active: registration?.active?.state };
    });
    expect(state).toEqual({ waiting: null, active: 'activated' });
    await expect(prompt).toHaveCount(0);
  } finally {
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
});
