// Renders extension/assets/icon.svg to the PNG sizes the manifest lists (extension/public/icon/<size>.png),
// with the same headless Debian Chromium the end-to-end tests use (playwright-core, never a downloaded browser).
// Run: npm run icons   (needs /usr/bin/chromium: apt-get install -y chromium)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(REPO, 'extension/assets/icon.svg');
const OUT_DIR = join(REPO, 'extension/public/icon');
const SIZES = [16, 32, 48, 128] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium\` (never \`npx playwright install\`)`);
  }
  const svg = readFileSync(SOURCE);
  const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      // The SVG as an <img>: no script, no network, scaled by the browser's own rasteriser.
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">` +
          `<img id="icon" src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('#icon').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      const file = join(OUT_DIR, `${size}.png`);
      writeFileSync(file, png);
      console.log(`${file.slice(REPO.length + 1)}  ${size}x${size}  ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
