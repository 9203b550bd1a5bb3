import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './config.mjs';

/** Debian's Chromium (browsers cannot be downloaded here), headless. */
export const launchBrowser = () => chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });

/**
 * A fresh profile per measurement (empty HTTP cache). Service workers are blocked so a PWA's
 * precache never adds requests to what a route is charged for.
 */
export const newContext = (browser, options = {}) => browser.newContext({ serviceWorkers: 'block', ...options });
