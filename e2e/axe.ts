import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0 and 2.1, levels A and AA: what the page promises. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's violations on the page as it is now, one line each (`rule: target, target`), so a
 * failing assertion says what to fix. `rules` narrows the check (`['color-contrast']`).
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_AA);
  if (rules) builder = builder.withRules([...rules]);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.nodes.length}): ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}
