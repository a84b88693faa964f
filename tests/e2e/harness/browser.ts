// Debian's headless Chromium driven by playwright-core. Where no Chromium is installed the
// browser tests skip themselves and say so in one line.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { bridgeScript } from './bridge-script';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM_PATH);
// import.meta.url, not __dirname: benchmarks load the harness under plain tsx (ESM) too.
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const ARTIFACTS_DIR = resolve(ROOT, 'test-artifacts');
export const HAS_RENDERER_BUILD = existsSync(resolve(ROOT, 'out/renderer/index.html'));

if (!HAS_CHROMIUM) {
  console.warn(`browser tests skipped: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium or set CHROMIUM_PATH)`);
} else if (!HAS_RENDERER_BUILD) {
  console.warn('browser tests skipped: no renderer build in out/ (run npm run build)');
}
export const CAN_RUN_BROWSER = HAS_CHROMIUM && HAS_RENDERER_BUILD;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** A page on the harness, with window.diptych in place and console errors collected. */
export async function openApp(
  browser: Browser,
  url: string,
  options: { locale?: string; colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {},
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: options.width ?? 1280, height: options.height ?? 860 },
  });
  await context.addInitScript(bridgeScript());
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = resolve(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
