// Walks the dashboard as a new owner would, in Debian's headless Chromium:
//   node e2e/run.mjs <baseUrl> [screenshotDir] [steps module, ./steps.mjs by default]
// Exits non-zero on the first failed step; screenshots of each page go to screenshotDir.
// ./demo-steps.mjs looks at the demo companies' ninety days of history instead (screenshots demo-*.png).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const baseUrl = process.argv[2];
const screenshots = resolve(process.argv[3] ?? '../docs/screenshots');
const { steps } = await import(process.argv[4] ?? './steps.mjs');
if (!baseUrl) {
  console.error('usage: node e2e/run.mjs <baseUrl> [screenshotDir]');
  process.exit(2);
}
mkdirSync(screenshots, { recursive: true });
// The folder shows the walks only: screenshots of pages they no longer visit go (each walk its own).
const demo = (name) => name.startsWith('demo-');
const walk = process.argv[4] ? demo : (name) => !demo(name);
for (const file of readdirSync(screenshots).filter((name) => name.endsWith('.png') && walk(name))) rmSync(join(screenshots, file));

const profile = mkdtempSync(join(tmpdir(), 'lyrox-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--no-first-run', '--disable-sync'],
  baseURL: baseUrl,
  viewport: { width: 1366, height: 860 },
  locale: 'es-ES',
});
context.setDefaultTimeout(15_000);
const page = context.pages()[0] ?? (await context.newPage());
const consoleErrors = [];
page.on('pageerror', (error) => {
  consoleErrors.push(String(error));
  console.error(`page error: ${error.stack ?? error}`);
});

let failed = false;
let current = 'start';
try {
  for (const [name, step] of steps) {
    current = name;
    const started = Date.now();
    await step({ page, context, shot: (file, options) => page.screenshot({ path: join(screenshots, `${file}.png`), ...options }) });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  }
  if (consoleErrors.length) throw new Error(`errors in the page: ${consoleErrors.join('; ')}`);
} catch (error) {
  failed = true;
  console.error(`FAIL ${current}: ${error.stack ?? error}`);
  await page.screenshot({ path: join(tmpdir(), 'lyrox-e2e-failure.png') }).catch(() => undefined);
  console.error(`screenshot of the failure: ${join(tmpdir(), 'lyrox-e2e-failure.png')}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
