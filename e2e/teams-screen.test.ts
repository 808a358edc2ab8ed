import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';

/** The Teams screen, in a real browser against a real runtime: make a team, fill it, choose how it assigns. */
describe('the Teams screen', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.api('POST', '/api/users', { email: 'ana@example.com', name: 'Ana Suzuki', status: 'online' });
    await t.api('POST', '/api/users', { email: 'ben@example.com', name: 'Ben Okafor', status: 'away' });
    // A team from before, made the old way: a person's team names on the users API.
    await t.api('POST', '/api/users', { email: 'chai@example.com', name: 'Chai Wong', teams: ['Support'], status: 'online' });
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken, '#/teams');
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('creates a team, adds two members and sets it to least open', async () => {
    await page.getByRole('link', { name: 'Teams' }).waitFor();
    await page.getByLabel('New team').fill('Billing');
    await page.getByRole('button', { name: 'Create team' }).click();
    const card = page.getByRole('region', { name: 'Team Billing' });
    await card.waitFor();
    for (const person of ['Ana Suzuki', 'Ben Okafor']) {
      await card.getByLabel('Person to add to Billing').selectOption({ label: `${person} (agent)` });
      await card.getByRole('button', { name: 'Add to team' }).click();
      await card.getByRole('list', { name: 'Members of Billing' }).getByText(person).waitFor();
    }
    await card.getByLabel('How Billing assigns').selectOption('least-open');
    // The box shows the team as saved: ticked once the server has it.
    await card.getByRole('checkbox', { name: /Online only/ }).click();
    await card.getByRole('checkbox', { name: /Online only/, checked: true }).waitFor();
    await card.getByText('2 members').waitFor();

    const billing = await eventually(async () => {
      const team = (await t.api('GET', '/api/teams')).body.teams.find((x: any) => x.name === 'Billing');
      return team?.assignment === 'least-open' && team.onlineOnly ? team : null;
    });
    expect(billing.members.map((m: any) => m.name)).toEqual(['Ana Suzuki', 'Ben Okafor']);
    await expect(card.getByLabel('How Billing assigns').inputValue()).resolves.toBe('least-open');
    await page.getByRole('region', { name: 'Team Support' }).getByText('Chai Wong').waitFor();
    await screenshot(page, 'teams-screen');

    // Taking one out again leaves the other.
    await card.getByRole('button', { name: 'Remove Ben Okafor from Billing' }).click();
    await card.getByText('1 member', { exact: true }).waitFor();
    expect((await t.api('GET', '/api/teams')).body.teams.find((x: any) => x.name === 'Billing').memberIds).toHaveLength(1);
  });
});
