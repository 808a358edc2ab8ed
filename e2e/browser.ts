import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium (installed by .ci/run); a browser downloaded by a test tool cannot work here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = fileURLToPath(new URL('../test-artifacts/screenshots/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

/** Signs in through the sign-in form, in a browser context of its own, at 1280×800. */
export async function signInAs(browser: Browser, url: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => process.stderr.write(`[browser] ${error.stack ?? error.message}\n`));
  await page.goto(`${url}/#/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('viewer').waitFor();
  return page;
}

/** Opens the editor with the API token already given, at 1280×800. */
export async function openEditor(browser: Browser, url: string, token: string, hash = '#/'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript((t) => localStorage.setItem('lineflow.apiToken', t), token);
  // tsx (esbuild) wraps named functions in __name(); functions sent to page.evaluate need it there too.
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  // The page's own errors would otherwise be invisible in a failing test.
  page.on('pageerror', (error) => process.stderr.write(`[browser] ${error.stack ?? error.message}\n`));
  await page.goto(`${url}/${hash}`);
  return page;
}

/** Saves a screenshot under test-artifacts/screenshots (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}${name}.png` });
}
