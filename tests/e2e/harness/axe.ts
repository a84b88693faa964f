// Accessibility in the browser tests: axe-core's source evaluated in the page (through the
// DevTools protocol, so the app's Content Security Policy stays as it ships), run over what is on
// screen, and a check that fails on any critical or serious violation, naming rule and element.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { ImpactValue, Result } from 'axe-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** What fails a screen: WCAG A/AA rules and best practices at these impacts. */
export const FAILING_IMPACTS: readonly ImpactValue[] = ['critical', 'serious'];

export interface AxeFinding {
  rule: string;
  impact: ImpactValue | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Every axe violation on the page as it is now (the whole document, or `include`). */
export async function axeFindings(page: Page, include?: string): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations;
  }, include ?? null);
  return (violations as Result[]).map((v) => ({
    rule: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160), summary: n.failureSummary ?? '' })),
  }));
}

/** Fails on any critical or serious violation, listing each with the elements it was found on. */
export async function expectAccessible(page: Page, screen: string, include?: string): Promise<void> {
  const failing = (await axeFindings(page, include)).filter((f) => f.impact !== null && FAILING_IMPACTS.includes(f.impact));
  const report = failing.flatMap((f) =>
    f.nodes.slice(0, 5).map((n) => `${screen}: ${f.impact} ${f.rule} (${f.help}) at ${n.target}: ${n.summary.replace(/\s+/gu, ' ')}`),
  );
  expect(report, `axe on ${screen}`).toEqual([]);
}
