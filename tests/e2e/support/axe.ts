import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 2.2 AA: every success criterion up to AA that axe can test, in 2.0, 2.1 and 2.2. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Fails on any violation, listing each rule with the elements that break it. */
export const expectNoAxeViolations = async (page: Page, testInfo: TestInfo, view: string) => {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  await testInfo.attach(`axe-${view}.json`, {
    body: JSON.stringify({ url: results.url, violations: results.violations, passes: results.passes.map((rule) => rule.id) }, null, 2),
    contentType: 'application/json',
  });
  const violations = results.violations.map(
    (rule) => `${rule.id} (${rule.impact}): ${rule.help} → ${rule.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(violations, `axe violations on ${view}`).toEqual([]);
  expect(results.passes.length, 'axe ran its rules').toBeGreaterThan(10);
};
