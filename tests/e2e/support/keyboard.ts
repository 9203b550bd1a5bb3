import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Where keyboard focus is and whether a sighted keyboard user can see it. */
const focusReport = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body || element === document.documentElement) return { lost: true, visible: false, obscuredBy: '' };
    const style = getComputedStyle(element);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    const rect = element.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
    const covered = hit !== null && hit !== element && !element.contains(hit) && !hit.contains(element);
    return {
      lost: false,
      visible: ring,
      obscuredBy: covered ? `${hit.tagName.toLowerCase()}.${hit.className}` : '',
    };
  });

const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60)}"` : 'nothing';
  });

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would, checking at
 * every stop that focus is somewhere (not <body>), visibly marked and not hidden under other
 * content. Waits for a busy feed to settle between presses, as a reader reading each item would.
 */
export const tabTo = async (page: Page, target: Locator, { backwards = false, max = 100 } = {}) => {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const report = await focusReport(page);
    const where = await describeFocus(page);
    expect(report.lost, `focus fell to <body> after ${presses + 1} presses`).toBe(false);
    expect(report.visible, `no visible focus indicator on ${where}`).toBe(true);
    expect(report.obscuredBy, `${where} is hidden under other content`).toBe('');
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return presses + 1;
  }
  throw new Error(`${String(target)} not reached in ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
};

/** Focus is on an element, not lost to <body>. */
export const expectFocusKept = async (page: Page) => {
  expect((await focusReport(page)).lost, 'focus fell to <body>').toBe(false);
};
