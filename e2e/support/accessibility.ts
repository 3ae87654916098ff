import { AxeBuilder } from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** The impacts that fail a screen; moderate and minor ones are printed, not failed. */
const FAILING = new Set(['serious', 'critical']);

function describe(violation: Violation): string {
  const targets = violation.nodes
    .slice(0, 5)
    .map((node) => `      ${node.target.join(' ')}`)
    .join('\n');
  const more = violation.nodes.length > 5 ? `\n      …and ${violation.nodes.length - 5} more` : '';
  return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length})\n${targets}${more}`;
}

/**
 * Run axe-core (WCAG 2.x A/AA and best practices) on what the page shows now;
 * print every violation, attach the full result, return the serious and critical ones.
 */
export async function seriousViolations(
  page: Page,
  screen: string,
  testInfo: TestInfo,
): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  await testInfo.attach(`axe: ${screen}`, {
    body: JSON.stringify(result.violations, null, 2),
    contentType: 'application/json',
  });
  console.log(
    `axe on ${screen}: ${result.passes.length} rules pass, ${result.violations.length} violated` +
      result.violations.map((violation) => `\n${describe(violation)}`).join(''),
  );
  return result.violations
    .filter((violation) => FAILING.has(violation.impact ?? ''))
    .map((violation) => `${violation.id}: ${violation.help}`);
}
