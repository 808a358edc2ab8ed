import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../shared/testing/load-example';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';
import { selectStep } from './canvas-helpers';

/** The admin's side in their language: the builder (canvas, palette, inspector, problems) in Japanese, reports in Thai. */
describe('the builder and reports in the admin’s language', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;

  /** The language kept in this browser (editor/i18n/i18n.ts reads it when the page loads). */
  const useLanguage = async (language: string, hash: string) => {
    await page.evaluate((lang) => localStorage.setItem('lineflow.language', lang), language);
    await page.goto(`${t.url}/${hash}`);
    await page.reload();
  };

  beforeAll(async () => {
    t = await startTestRuntime();
    const faq = loadExample('faq-menu');
    // A timeout of 0 minutes: the validator's problem must read in Japanese, in the panel and the inspector.
    const broken = { ...faq, nodes: faq.nodes.map((n) => (n.id === 'ask-topic' ? { ...n, data: { ...n.data, timeoutMinutes: 0 } } : n)) };
    expect((await t.api('POST', '/api/workflows', faq)).status).toBe(201);
    expect((await t.api('PUT', '/api/workflows/faq-menu?allowInvalid=true', broken)).status).toBe(200);
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken);
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows the builder in Japanese: step names and exits on the canvas, the palette, the inspector and the problems', async () => {
    await useLanguage('ja', '#/workflows/faq-menu');
    const step = page.locator('[data-testid="step-ask-topic"]');
    await step.getByText('選択肢', { exact: true }).waitFor();
    await step.getByText('タイムアウト').first().waitFor();
    // The palette finds a step by its Japanese name.
    await page.getByPlaceholder('ステップを検索…').fill('質問');
    await page
      .getByRole('button', { name: /質問する/ })
      .first()
      .waitFor();
    await page.getByPlaceholder('ステップを検索…').fill('');

    await selectStep(page, 'ask-topic');
    const inspector = page.getByRole('complementary', { name: 'ステップ設定' });
    await inspector.getByText('1 以上にしてください').first().waitFor();
    // The problems panel names the place in Japanese too; the admin's own words stay as written.
    const problems = await page.locator('section.problems').innerText();
    expect(problems).toContain('ノード ask-topic（選択肢）');
    expect(problems).toContain('1 以上にしてください');
    expect(await step.innerText()).toContain('How can we help?');
    expect(await page.getByText('must be ≥ 1').count()).toBe(0);
    await screenshot(page, 'editor-ja');
  });

  it('shows the reports in Thai', async () => {
    await useLanguage('th', '#/reports/overview');
    const tabs = page.locator('nav.report-tabs');
    await tabs.getByRole('link', { name: 'ภาพรวม' }).waitFor();
    await tabs.getByRole('link', { name: 'เจ้าหน้าที่และทีม' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    await screenshot(page, 'reports-th');
  });
});
