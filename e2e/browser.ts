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

/** The admin openEditor signs in as; made with the API token the first time, as a script would. */
export const editorAdmin = { email: 'e2e-admin@lineflow.test', name: 'Admin', password: 'e2e admin password' };

/**
 * Opens the editor signed in as an admin, at 1280×800. The API token never reaches the browser
 * (it takes no token in a URL or localStorage): it only creates the admin, and the page gets a
 * session cookie from POST /api/session, as a person signing in does.
 */
export async function openEditor(browser: Browser, url: string, token: string, hash = '#/'): Promise<Page> {
  const created = await fetch(`${url}/api/users`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ ...editorAdmin, role: 'admin' }),
  });
  if (created.status !== 201 && created.status !== 409) throw new Error(`creating the editor's admin: ${created.status} ${await created.text()}`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // The context's request client shares the browser's cookies: the page is signed in.
  const signedIn = await context.request.post(`${url}/api/session`, { data: { email: editorAdmin.email, password: editorAdmin.password } });
  if (!signedIn.ok()) throw new Error(`signing the editor's admin in: ${signedIn.status()} ${await signedIn.text()}`);
  const page = await context.newPage();
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
