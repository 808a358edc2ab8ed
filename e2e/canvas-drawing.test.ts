import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowDocument } from '../shared/document/workflow-document';
import { loadExample } from '../shared/testing/load-example';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';
import { canvasZoom, edgeList, nodeBoxes, overlaps, savedDraft, selectStep } from './canvas-helpers';
import { tenStepWorkflow } from './ten-step-workflow';

/**
 * Drawing on the canvas as a person does, in Chromium at 1280×800: a step from a port's "+",
 * palette search, delete and one undo, a 10-step workflow readable at fit view, a sticky note,
 * copy and paste into another workflow, and selecting several steps by dragging.
 */
describe('drawing on the canvas', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  /** Every draft the editor saved, as sent. */
  const saves: WorkflowDocument[] = [];
  /** Opens a workflow afresh (a reload: a hash change alone would keep this page's undo history). */
  const open = async (id: string) => {
    await page.goto(`${t.url}/#/workflows/${id}`);
    await page.reload();
    await page.locator('.react-flow__node').first().waitFor();
  };

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    for (const name of ['faq-menu', 'csat-on-close']) expect((await t.api('POST', '/api/workflows', loadExample(name))).status).toBe(201);
    expect((await t.api('POST', '/api/workflows', tenStepWorkflow('ten-steps'))).status).toBe(201);
    expect((await t.api('POST', '/api/workflows', { ...loadExample('faq-menu'), id: 'faq-untouched', name: 'FAQ untouched' })).status).toBe(201);
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken);
    // A step that cannot happen fails in seconds, naming itself, rather than at the test's timeout.
    page.setDefaultTimeout(10_000);
    page.on('request', (request) => {
      if (request.method() === 'PUT' && request.url().includes('/api/workflows/')) saves.push(request.postDataJSON() as WorkflowDocument);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('adds a step from a port’s "+": the palette filtered, connected to that port, right of it, on a free place', async () => {
    await open('faq-menu');
    await page.locator('[data-testid="step-ask-topic"] [data-testid="add-after-invalid"]').click();
    const picker = page.getByRole('dialog', { name: 'Add a step after “Invalid”' });
    // Only steps that can follow a port: no trigger.
    expect(await picker.getByTestId('pick-trigger-keyword').count()).toBe(0);
    await picker.getByLabel('Search steps').fill('send');
    await screenshot(page, 'canvas-port-picker');
    await page.keyboard.press('Enter');
    await picker.waitFor({ state: 'detached' });
    const draft = await savedDraft(page, t, 'faq-menu');
    const added = draft.nodes.find((n) => !loadExample('faq-menu').nodes.some((o) => o.id === n.id));
    if (!added) throw new Error('no step was added');
    expect(added.type).toBe('send-message');
    expect(edgeList(draft)).toContain(`ask-topic.invalid->${added.id}`);
    const boxes = await nodeBoxes(page);
    const source = boxes.find((b) => b.id === 'ask-topic');
    const placed = boxes.find((b) => b.id === added.id);
    expect(placed && source && placed.x > source.x + source.width).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
    // The port is taken now: its "+" is gone.
    expect(await page.locator('[data-testid="step-ask-topic"] [data-testid="add-after-invalid"]').count()).toBe(0);
    await screenshot(page, 'canvas-added-from-port');
  });

  it('searches the palette: typing filters, Enter adds the first match at the centre of the view, arrows move', async () => {
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    const palette = page.getByRole('complementary', { name: 'Steps' });
    await palette.getByLabel('Search steps').fill('csat');
    const results = palette.getByRole('region', { name: 'Search results' });
    // The step whose label says it first; then those whose descriptions mention it.
    expect((await results.locator('[data-option]').allTextContents()).map((text) => text.trim())).toEqual([
      'Rating (CSAT)',
      'Conversation closed',
      'Close conversation',
    ]);
    await palette.getByLabel('Search steps').fill('contact');
    await palette.getByText('Enter adds “Update contact”').waitFor();
    await screenshot(page, 'canvas-palette-search');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('palette-update-contact');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    const added = page.locator('.react-flow__node-update-contact');
    await added.waitFor();
    // Nothing was selected: the step lands in the middle of what the canvas shows, on no other step.
    const canvas = await page.locator('.react-flow').boundingBox();
    const box = await added.boundingBox();
    if (!canvas || !box) throw new Error('no canvas or step');
    expect(Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(canvas.width / 3);
    expect(Math.abs(box.y + box.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(canvas.height / 3);
    expect(overlaps(await nodeBoxes(page))).toEqual([]);
  });

  it('deletes a step and brings it back with all its edges in one undo; no save ever held half of it', async () => {
    await open('faq-menu');
    const before = await savedDraft(page, t, 'faq-menu');
    saves.length = 0;
    await selectStep(page, 'assign-support');
    await page.keyboard.press('Delete');
    await page.locator('[data-testid="step-assign-support"]').waitFor({ state: 'detached' });
    const deleted = await savedDraft(page, t, 'faq-menu');
    expect(edgeList(deleted).some((e) => e.includes('assign-support'))).toBe(false);
    await page.keyboard.press('Control+z');
    await page.locator('[data-testid="step-assign-support"]').waitFor();
    const restored = await savedDraft(page, t, 'faq-menu');
    expect(edgeList(restored)).toEqual(edgeList(before));
    expect(restored.nodes).toEqual(before.nodes);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    // Every save had the step with its three edges, or neither.
    for (const saved of saves) {
      const edges = edgeList(saved).filter((e) => e.includes('assign-support')).length;
      expect(edges).toBe(saved.nodes.some((n) => n.id === 'assign-support') ? 3 : 0);
    }
    expect(saves.length).toBeGreaterThanOrEqual(2);
    await screenshot(page, 'canvas-undo-restored');
  });

  it('shows a 10-step workflow whole at fit view, every text on its nodes at 12px or more', async () => {
    await open('ten-steps');
    await page.keyboard.press('Shift+L');
    await page.getByTestId('save-state').getByText('All changes saved').waitFor();
    await page.click('.react-flow__controls-fitview');
    await page.waitForTimeout(400);
    const zoom = await canvasZoom(page);
    const sizes = await page.locator('.react-flow__node').evaluateAll((nodes) =>
      nodes.flatMap((node) =>
        [...node.querySelectorAll<HTMLElement>('.step-label, .step-subtitle, .node-line, .port-label, .chip')].map((el) => ({
          text: el.textContent ?? '',
          px: parseFloat(getComputedStyle(el).fontSize),
        })),
      ),
    );
    expect(sizes.length).toBeGreaterThan(30);
    const small = sizes.filter((s) => s.px * zoom < 12).map((s) => `${s.text}: ${(s.px * zoom).toFixed(1)}px`);
    expect(small).toEqual([]);
    const canvas = await page.locator('.react-flow').boundingBox();
    const boxes = await nodeBoxes(page);
    expect(boxes).toHaveLength(10);
    if (!canvas) throw new Error('no canvas');
    const outside = boxes.filter(
      (b) => b.x < canvas.x || b.y < canvas.y || b.x + b.width > canvas.x + canvas.width || b.y + b.height > canvas.y + canvas.height,
    );
    expect(outside.map((b) => b.id)).toEqual([]);
    expect(overlaps(boxes)).toEqual([]);
    // The name is the node's title; its type is the small line under it.
    expect(await page.locator('[data-testid="step-topic"] .step-label').textContent()).toBe('Main menu');
    expect(await page.locator('[data-testid="step-topic"] .step-subtitle').textContent()).toBe('Multiple choice · topic');
    await screenshot(page, 'canvas-fit-10-steps');
  });

  it('keeps a sticky note: written, coloured, saved beside the steps, never a step', async () => {
    await page.getByRole('complementary', { name: 'Steps' }).getByTestId('palette-note').click();
    const note = page.locator('.react-flow__node-note');
    await note.getByLabel('Note text').fill('Pricing changes: ask Sales first.');
    await note.getByRole('button', { name: 'Blue' }).click();
    const draft = await savedDraft(page, t, 'ten-steps');
    expect(draft.notes).toEqual([expect.objectContaining({ text: 'Pricing changes: ask Sales first.', color: 'blue' })]);
    expect(draft.nodes).toHaveLength(10);
    await page.getByRole('region', { name: 'Problems' }).getByText('No errors').waitFor();
    expect(overlaps(await nodeBoxes(page))).toEqual([]);
    await page.click('.react-flow__controls-fitview');
    await screenshot(page, 'canvas-sticky-note');
    // Published with its note, the workflow runs as before: the note is no step.
    expect((await t.api('POST', '/api/workflows/ten-steps/publish')).status).toBe(201);
    await page.reload();
    await page.locator('.react-flow__node-note textarea').waitFor();
    expect(await page.locator('.react-flow__node-note textarea').inputValue()).toBe('Pricing changes: ask Sales first.');
  });

  it('selects several steps by dragging, copies them and pastes them into another workflow with new ids and their edge', async () => {
    await open('faq-untouched');
    await page.click('.react-flow__controls-fitview');
    await page.waitForTimeout(300);
    // A drag on empty canvas around the two answers of "Talk to an agent" and its assign step.
    const boxes = await nodeBoxes(page);
    const picked = boxes.filter((b) => ['assign-support', 'send-agent-soon', 'send-agents-busy'].includes(b.id));
    const assign = picked.find((b) => b.id === 'assign-support');
    if (!assign) throw new Error('no assign step');
    // From just left of the assign step to just past the two answers: the box touches the three.
    await page.mouse.move(assign.x - 12, assign.y + 4);
    await page.mouse.down();
    await page.mouse.move(Math.max(...picked.map((b) => b.x + b.width)) + 6, Math.max(...picked.map((b) => b.y + b.height)) + 4, { steps: 10 });
    await page.mouse.up();
    await page.getByRole('complementary', { name: 'Selection' }).getByText('3 steps selected').waitFor();
    await screenshot(page, 'canvas-multi-select');
    await page.keyboard.press('Control+c');
    await open('csat-on-close');
    const before = (await savedDraft(page, t, 'csat-on-close')).nodes.map((n) => n.id);
    await page.keyboard.press('Control+v');
    const draft = await savedDraft(page, t, 'csat-on-close');
    expect(draft.nodes).toHaveLength(before.length + 3);
    const pasted = draft.nodes.filter((n) => !before.includes(n.id));
    expect(pasted.map((n) => n.type).sort()).toEqual(['assign', 'send-message', 'send-message']);
    const copied = pasted.find((n) => n.type === 'assign')?.id;
    expect(edgeList(draft).filter((e) => e.startsWith(`${copied}.`))).toHaveLength(2);
    expect(overlaps(await nodeBoxes(page))).toEqual([]);
    await page.click('.react-flow__controls-fitview');
    await screenshot(page, 'canvas-pasted');
  });
});
