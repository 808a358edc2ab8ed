import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../runtime/testing/sign-in-client';
import { startTestRuntime, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

describe('two-factor sign-in in the browser', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  let secret = '';

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.api('POST', '/api/users', { email: 'kei@example.com', name: 'Kei', role: 'admin', password: 'kei password 123' });
    browser = await launchBrowser();
    page = await signInAs(browser, t.url, 'kei@example.com', 'kei password 123');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('turns on TOTP in My account: QR code, the key as text, a code from the app, the recovery codes once', async () => {
    await page.getByRole('link', { name: 'My account' }).click();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
    await qr.waitFor();
    expect((await qr.boundingBox())?.width).toBe(232);
    secret = (await page.getByTestId('totp-secret').getAttribute('data-secret')) ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect((await page.getByTestId('totp-secret').textContent())?.replace(/\s/g, '')).toBe(secret);
    // What the phone would show, computed from the key with the same library.
    await page.getByLabel('Type the 6-digit code the app shows').fill(totpCode(secret));
    await screenshot(page, 'account-two-factor');
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(8);
    await screenshot(page, 'account-recovery-codes');
    await page.getByRole('button', { name: 'I saved them' }).click();
    await page.getByText('On: signing in asks for a code from your authenticator app.').waitFor();
    expect((await t.api('GET', '/api/users')).body.users[0].twoFactor).toBe(true);
    await expect.poll(() => page.getByTestId('session-row').count()).toBe(1);
  });

  it('signs out, then signs in with the password and a code, and sees the app', async () => {
    await page.getByRole('button', { name: 'Sign out', exact: true }).first().click();
    await page.getByLabel('Email').waitFor();
    await page.getByLabel('Email').fill('kei@example.com');
    await page.getByLabel('Password').fill('kei password 123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const codeField = page.getByLabel('Code from your authenticator app');
    await codeField.waitFor();
    await page.getByText('Two-factor sign-in is on for').waitFor();
    // A wrong code is refused with a message, and the form stays.
    await codeField.fill(String((Number(totpCode(secret, 1)) + 500_000) % 1_000_000).padStart(6, '0'));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByRole('alert').getByText('Wrong code').waitFor();
    // The next step's code: the one used to confirm cannot be used again.
    await codeField.fill(totpCode(secret, 1));
    await screenshot(page, 'sign-in-code');
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.getByTestId('viewer').waitFor();
    expect(await page.getByTestId('viewer').textContent()).toBe('Kei (admin)');
    await page.getByRole('link', { name: 'Workflows' }).waitFor();
  });
});

describe('REQUIRE_ADMIN_2FA in the browser', () => {
  let t: TestRuntime;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true, env: { REQUIRE_ADMIN_2FA: 'true' } });
    await t.api('POST', '/api/users', { email: 'ren@example.com', name: 'Ren', role: 'admin', password: 'ren password 123' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('an admin without two-factor sees only its setup after signing in, then the app', async () => {
    const page = await signInAs(browser, t.url, 'ren@example.com', 'ren password 123');
    await page.getByRole('heading', { name: 'Turn on two-factor sign-in' }).waitFor();
    await page.getByText('This installation asks every admin to turn on two-factor sign-in').waitFor();
    expect(await page.getByRole('link', { name: 'Workflows' }).count()).toBe(0);
    await screenshot(page, 'admin-must-set-up-two-factor');
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const secret = (await page.getByTestId('totp-secret').getAttribute('data-secret')) ?? '';
    await page.getByLabel('Type the 6-digit code the app shows').fill(totpCode(secret));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByRole('button', { name: 'I saved them: go on to LineFlow' }).click();
    await page.getByRole('link', { name: 'Workflows' }).waitFor();
    await page.getByRole('link', { name: 'People and channel' }).waitFor();
  });
});
