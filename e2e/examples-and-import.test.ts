import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));
const names = ['faq-menu', 'routing-by-language', 'csat-on-close', 'shortcut-escalate', 'business-hours-autoreply'];

describe('examples and imports in the browser', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken);
    await page.getByRole('heading', { name: 'Start from an example' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it.each(names)('opens the %s example with all its steps and connections on the canvas', async (name) => {
    await page.goto(`${t.url}/#/`);
    await page.getByTestId(`example-${name}`).click();
    const document = example(name);
    await page.locator(`[data-testid="step-${document.nodes[0].id}"]`).waitFor();
    for (const node of document.nodes) await page.locator(`[data-testid="step-${node.id}"]`).waitFor();
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(document.nodes.length);
    await expect.poll(() => page.locator('.react-flow__edge').count()).toBe(document.edges.length);
    await page.getByRole('region', { name: 'Problems' }).getByText('No errors').waitFor();
    await screenshot(page, `example-${name}`);
    expect((await t.api('GET', `/api/workflows/${name}`)).body.document).toEqual(document);
  });

  it('refuses a broken file with a clear error and saves nothing over the current workflow', async () => {
    await page.goto(`${t.url}/#/`);
    await page.getByTestId('workflow-faq-menu').waitFor();
    const before = (await t.api('GET', '/api/workflows')).body.workflows.length;
    const broken = example('faq-menu');
    broken.nodes[2].data.choices.push(...Array.from({ length: 11 }, (_, i) => ({ id: `x${i}`, label: `Extra ${i}` })));
    broken.name = 'Broken FAQ';
    await page.getByTestId('import-file').setInputFiles({ name: 'faq-menu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const alert = page.getByRole('alert');
    await alert.getByText('faq-menu.json: node ask-topic (Multiple choice): options.choices must have at most 13 items (it has 14)').waitFor();
    await screenshot(page, 'import-broken');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'typo.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "id": "x",\n  "name": "y"\n  "nodes": []\n}') });
    await alert.getByText('typo.json is not valid JSON: line 4, column 3: expected "," between items (or a closing bracket)').waitFor();
    expect((await t.api('GET', '/api/workflows')).body.workflows.length).toBe(before);
    expect((await t.api('GET', '/api/workflows/faq-menu')).body.document).toEqual(example('faq-menu'));
  });

  it('asks what to do with a file whose id is taken: a new workflow, or its draft replaced; never a silent duplicate', async () => {
    await page.goto(`${t.url}/#/`);
    await page.getByTestId('workflow-faq-menu').waitFor();
    const copy = example('faq-menu');
    copy.name = 'FAQ menu (imported)';
    const file = { name: 'faq-menu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(copy)) };
    await page.getByTestId('import-file').setInputFiles(file);
    const clash = page.getByRole('dialog', { name: '“FAQ menu” already exists' });
    await clash.waitFor();
    await screenshot(page, 'import-clash');
    await clash.getByRole('button', { name: 'Import as a new workflow' }).click();
    await page.locator('[data-testid="step-ask-topic"]').waitFor();
    expect(page.url()).toContain('#/workflows/faq-menu-2');
    expect((await t.api('GET', '/api/workflows/faq-menu')).body.document.name).toBe('FAQ menu');

    await page.goto(`${t.url}/#/`);
    await page.getByTestId('import-file').setInputFiles(file);
    await clash.getByRole('button', { name: 'Replace its draft' }).click();
    await page.locator('[data-testid="step-ask-topic"]').waitFor();
    expect(page.url()).toMatch(/#\/workflows\/faq-menu$/);
    expect((await t.api('GET', '/api/workflows/faq-menu')).body.document.name).toBe('FAQ menu (imported)');
    expect((await t.api('GET', '/api/workflows')).body.workflows.filter((w: { id: string }) => w.id.startsWith('faq-menu'))).toHaveLength(2);
  });

  it('undoes and redoes, copies and pastes, and keeps a failed save visible', async () => {
    await page.goto(`${t.url}/#/workflows/csat-on-close`);
    await page.locator('[data-testid="step-send-thanks"]').waitFor();
    await page.locator('[data-testid="step-send-thanks"] .step-header').click();
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+v');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(6);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(5);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator('.react-flow__node').count()).toBe(6);
    await page.getByTestId('save-state').getByText('All changes saved').waitFor();
    expect((await t.api('GET', '/api/workflows/csat-on-close')).body.document.nodes).toHaveLength(6);

    // The server goes away: the editor says the save failed and keeps the change.
    await page.route('**/api/workflows/csat-on-close?allowInvalid=true', (route) => route.abort());
    await page.keyboard.press('Delete');
    await page.getByTestId('save-state').getByText('Not saved').waitFor();
    await screenshot(page, 'save-failed');
    await page.unroute('**/api/workflows/csat-on-close?allowInvalid=true');
    await page.getByTestId('save-state').getByRole('button', { name: 'Retry' }).click();
    await page.getByTestId('save-state').getByText('All changes saved').waitFor();
    expect((await t.api('GET', '/api/workflows/csat-on-close')).body.document.nodes).toHaveLength(5);
  });
});
