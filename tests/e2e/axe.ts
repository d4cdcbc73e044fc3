/**
 * axe-core, run straight in the page: injected once per document (a navigation or setContent makes
 * a new one) and asked for violations only. @axe-core/playwright's analyze() also builds and ships
 * every passing result back to the test, which on this 2-core machine nearly doubled the cost of a
 * page (about 670 ms through it, 370 ms here, for a code page at 320 px with the colour rules off),
 * and the sweeps visit every page of the site.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The WCAG A and AA rules whose result changes with the colours: what a dark scheme can break. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface AxeRun {
  /** Run only these rules (default: every rule tagged WCAG A or AA). */
  only?: string[];
  /** Leave these rules out. */
  without?: string[];
  /** Check only inside this selector (default: the whole document). */
  include?: string;
}

/** The violations on the page as it is now, one line each: rule, impact and the first two nodes. */
export async function axeViolations(page: Page, run: AxeRun = {}, label = ''): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: run.only ? { type: 'rule', values: run.only } : { type: 'tag', values: WCAG_TAGS },
    rules: Object.fromEntries((run.without ?? []).map((rule) => [rule, { enabled: false }])),
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(
    async ({ options, include }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
      const results = await axe.run(include ? { include: [include] } : document, options);
      return results.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 2).map((n) => n.target.join(' ')) }));
    },
    { options, include: run.include },
  );
  return violations.map((v) => `${label ? `${label} ` : ''}${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}
