import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestRuntime, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

// No business hours are set, so the company's days are UTC days; "last 7 days" ends today.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const lastWeek = { from: day(-6), to: day(0) };

/**
 * How each answers the rating after their conversation closes: a tap; words the step refuses
 * until its attempts are used up (invalid); a low score (then the follow-up question waits).
 */
const customers = [
  { id: 'sim-canvas-hana', words: [], score: 5 },
  { id: 'sim-canvas-ken', words: ['great', 'really great'], score: null },
  { id: 'sim-canvas-mai', words: [], score: 2 },
] as const;

describe('workflow results on the canvas', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  const reportRequests: string[] = [];
  const simulated = (id: string) => t.api('GET', `/api/simulator/contacts/${id}/messages`).then((r) => r.body.messages as any[]);
  const outgoing = async (id: string) => (await simulated(id)).filter((m) => m.direction === 'out');

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.publishExample('csat-on-close');
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    browser = await launchBrowser();
    page = await signInAs(browser, t.url, 'ada@example.com', 'admin password 1');
    page.on('request', (request) => {
      if (request.url().includes('/api/reports/')) reportRequests.push(request.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('customers write, their conversations close, and they answer the rating', async () => {
    for (const c of customers) {
      await t.api('POST', `/api/simulator/contacts/${c.id}/messages`, { text: 'Hello, I need help' });
      const id = await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${c.id}`)).body.conversations[0]?.id as string | undefined);
      expect((await t.api('POST', `/api/conversations/${id}/close`, {})).status).toBe(202);
      const survey = await eventually(async () => (await outgoing(c.id)).find((m) => m.content?.quickReply));
      for (const [i, text] of c.words.entries()) {
        await t.api('POST', `/api/simulator/contacts/${c.id}/messages`, { text });
        // The step asks again ("Please tap a number…"), then gives up.
        if (i === 0) await eventually(async () => (await outgoing(c.id)).length > 1);
      }
      if (c.score === null) continue;
      const item = survey.content.quickReply.items.find((i: any) => i.action.data.endsWith(`rating=${c.score}`));
      await t.api('POST', `/api/simulator/contacts/${c.id}/messages`, { postbackData: item.action.data, displayText: String(c.score) });
    }
    const funnel = await eventually(async () => {
      const report = (await t.api('GET', `/api/reports/workflows/csat-on-close?from=${lastWeek.from}&to=${lastWeek.to}`)).body;
      const rating = report?.steps?.find((s: any) => s.stepId === 'rate-support');
      return report?.csat?.responses === 2 && rating?.invalid === 1 ? rating : undefined;
    }, 15_000);
    expect(funnel).toMatchObject({ reached: 3, answered: 2, invalid: 1 });
  }, 60_000);

  it('turned on, each step shows what the API counts; a step the live version lacks shows "—"; off, nothing changed', async () => {
    await page.goto(`${t.url}/#/workflows/csat-on-close`);
    const rate = page.getByTestId('step-rate-support');
    await rate.waitFor();
    await page.click('.react-flow__controls-fitview');
    // A step added to the draft after publishing, after "Thank you!": the version shown never ran it.
    await page.getByTestId('step-send-thanks').locator('.step-header').click();
    await page.getByTestId('palette-send-message').click();
    await page.getByTestId('step-n6').waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.click('.react-flow__controls-fitview');
    await page.waitForTimeout(300);
    const pane = page.locator('.react-flow__pane');
    /** Where the step is in the canvas, and how big: what must not change when results come and go. */
    const placeOf = async (step: typeof rate) => {
      const [box, origin] = [await step.boundingBox(), await pane.boundingBox()];
      return box && origin && { x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height };
    };

    // Off: no badge and no report request.
    expect(await page.getByTestId('step-results').count()).toBe(0);
    expect(reportRequests).toEqual([]);
    const before = await placeOf(rate);

    await page.getByRole('button', { name: 'Show results' }).click();
    const api = (await t.api('GET', `/api/reports/workflows/csat-on-close?from=${lastWeek.from}&to=${lastWeek.to}`)).body;
    const expected = api.steps.find((s: any) => s.stepId === 'rate-support');
    await expect.poll(() => rate.getByTestId('step-results-reached').textContent()).toBe(String(expected.reached));
    expect(reportRequests.some((u) => u.includes(`/api/reports/workflows/csat-on-close?from=${lastWeek.from}&to=${lastWeek.to}`))).toBe(true);
    expect(await rate.getByTestId('step-results').textContent()).toBe(`reached ${expected.reached}answered ${expected.answered}invalid ${expected.invalid}`);
    expect(await rate.getByTitle(/^Invalid:/).count()).toBe(1);
    // The low score's follow-up waits for an answer: reached once, nobody dropped yet or timed out.
    expect(await page.getByTestId('step-ask-improve').getByTestId('step-results-reached').textContent()).toBe('1');
    const newStep = page
      .locator('.step-node', { hasNot: page.locator('[data-testid^="step-results-reached"]') })
      .filter({ has: page.getByTestId('step-results') });
    expect(await newStep.count()).toBe(1);
    expect(await newStep.getByTestId('step-results').textContent()).toBe('reached —');
    const summary = page.getByTestId('results-summary');
    expect((await summary.textContent())?.replace(/\s+/g, ' ')).toBe(
      `${api.runs.started} runs started · ${api.runs.completed} completed · ${api.runs.failed} failed · CSAT ${api.csat.average.toFixed(1)} (2 responses)`,
    );
    expect(await page.getByLabel('Results version').inputValue()).toBe('1');
    expect(await page.getByTestId('results-draft-differs').textContent()).toBe('· The draft differs from v1: 1 new step (shown as —)');
    // The counts sit outside the node's box: it kept its place and size in the canvas.
    expect(await placeOf(rate)).toEqual(before);
    // On a wider screen the whole workflow fits at a size where its text (and the counts) can be read.
    await page.setViewportSize({ width: 1680, height: 900 });
    await page.click('.react-flow__controls-fitview');
    await page.waitForTimeout(400);
    await screenshot(page, 'canvas-results');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Another range asks again; off removes every badge and asks nothing more.
    await page.getByLabel('Results range').selectOption('last-30-days');
    await expect.poll(() => reportRequests.some((u) => u.includes(`from=${day(-29)}`))).toBe(true);
    await page.getByRole('button', { name: 'Hide results' }).click();
    expect(await page.getByTestId('step-results').count()).toBe(0);
    expect(await page.getByTestId('results-bar').count()).toBe(0);
    const asked = reportRequests.length;
    await page.waitForTimeout(300);
    expect(reportRequests.length).toBe(asked);
    await page.click('.react-flow__controls-fitview');
    await page.waitForTimeout(300);
    expect(await placeOf(rate)).toEqual(before);
  }, 60_000);
});
