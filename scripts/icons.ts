// npm run icons
// Renders the one icon source, resources/icon.svg, to the PNG sizes the installers take from
// resources/icons/: NxN.png for Linux (AppImage, .deb, the desktop file), 1024x1024.png for macOS
// (electron-builder makes the .icns of it) and 256x256.png for Windows (it makes the .ico).
// The PNGs are committed, so packaging needs no renderer; run this after changing the SVG.
// Rendered by Chromium (CHROMIUM_PATH, default /usr/bin/chromium, as for the browser tests),
// offline, with a transparent background.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const ICON_SOURCE = join(ROOT, 'resources', 'icon.svg');
export const ICONS_DIR = join(ROOT, 'resources', 'icons');
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
export const iconFile = (size: number): string => join(ICONS_DIR, `${size}x${size}.png`);

async function renderIcons(): Promise<void> {
  const svg = readFileSync(ICON_SOURCE).toString('base64');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    mkdirSync(ICONS_DIR, { recursive: true });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<body style="margin:0;background:transparent"><img style="display:block" width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}"></body>`,
      );
      await page.locator('img').evaluate((img: { decode(): Promise<void> }) => img.decode());
      writeFileSync(iconFile(size), await page.screenshot({ omitBackground: true, type: 'png' }));
      console.log(relative(ROOT, iconFile(size)));
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await renderIcons();
