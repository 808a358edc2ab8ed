import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPng, type Paint } from '../runtime/testing/test-png';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { mkdirSync } from 'node:fs';
import { launchBrowser, openEditor, screenshot, screenshotDir } from './browser';

/** Two big buttons a person recognises: a clock-ish circle on green, three dots on blue. */
const mainMenuPaint: Paint = (x, y) => {
  const left = x < 400;
  const [cx, cy] = left ? [200, 135] : [600, 135];
  const d = Math.hypot(x - cx, y - cy);
  const dots = !left && Math.abs(y - 135) < 14 && [540, 600, 660].some((dx) => Math.abs(x - dx) < 14);
  if (x === 399 || x === 400) return [255, 255, 255];
  if ((left && d > 70 && d < 84) || (left && Math.abs(x - 200) < 5 && y > 85 && y < 138) || (left && Math.abs(y - 135) < 5 && x > 195 && x < 240))
    return [255, 255, 255];
  if (dots) return [255, 255, 255];
  return left ? [6, 199, 85] : [37, 99, 235];
};
const moreMenuPaint: Paint = (x) => (x < 800 / 3 ? [234, 88, 12] : x < 1600 / 3 ? [219, 39, 119] : [124, 58, 237]);

/** Menus answer: "opening hours" (a message area), "more" (a postback area) switches to the menu of alias "more". */
function menuWorkflow() {
  const node = (id: string, type: string, x: number, y: number, data: Record<string, unknown>) => ({ id, type, position: { x, y }, data });
  return {
    schemaVersion: 1,
    id: 'menu-answers',
    name: 'Rich menu answers',
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      node('on-hours', 'trigger-keyword', 0, 0, { keywords: ['opening hours'], match: 'exact' }),
      node('say-hours', 'send-message', 320, 0, { messages: [{ type: 'text', text: 'We are open Monday to Friday, 9:00–18:00.' }] }),
      node('on-more', 'trigger-keyword', 0, 200, { keywords: ['more'], match: 'exact' }),
      node('to-more', 'switch-rich-menu', 320, 200, { switchTo: 'alias', aliasId: 'more' }),
      node('say-more', 'send-message', 640, 200, { messages: [{ type: 'text', text: 'Here are more options in the menu below.' }] }),
    ],
    edges: [
      { id: 'e1', source: 'on-hours', sourceHandle: 'next', target: 'say-hours' },
      { id: 'e2', source: 'on-more', sourceHandle: 'next', target: 'to-more' },
      { id: 'e3', source: 'to-more', sourceHandle: 'next', target: 'say-more' },
    ],
  };
}

/** Drags across the menu's image from one point to another, given as fractions of its size. */
async function drawArea(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const box = await page.getByTestId('rm-canvas').boundingBox();
  if (!box) throw new Error('the menu’s image is not shown');
  await page.mouse.move(box.x + box.width * from[0], box.y + box.height * from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * to[0], box.y + box.height * to[1], { steps: 10 });
  await page.mouse.up();
}

describe('rich menus in the browser', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    expect((await t.api('POST', '/api/workflows', menuWorkflow())).status).toBe(201);
    // The menu "more" switches to, made through the API; the main one is made in the browser below.
    const more = await t.api('POST', '/api/rich-menus', {
      channelId: 'simulated',
      name: 'More menu',
      size: { width: 800, height: 270 },
      chatBarText: 'More',
      selected: true,
      aliasId: 'more',
      areas: [{ bounds: { x: 0, y: 0, width: 266, height: 270 }, action: { type: 'message', text: 'opening hours' } }],
    });
    expect(more.status).toBe(201);
    const image = { contentType: 'image/png', data: testPng(800, 270, moreMenuPaint).toString('base64') };
    expect((await t.api('PUT', `/api/rich-menus/${more.body.id}/image`, image)).status).toBe(200);
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken, '#/rich-menus');
    page.setDefaultTimeout(8000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('makes a rich menu with an image and two tap areas, sets it default, and the test chat shows it and answers its taps', async () => {
    await page.getByLabel('Channel', { exact: true }).selectOption({ label: 'Test chat (simulated) (kept in LineFlow)' });
    await page.getByRole('button', { name: 'New rich menu' }).click();
    const editor = page.getByRole('region', { name: 'Rich menu' });
    await editor.getByLabel('Name (only admins see it)').fill('Main menu');

    // LINE's rules, shown under the field as it is typed.
    await editor.getByLabel('Chat bar text').fill('Tap here for the menu');
    await expect.poll(() => page.getByTestId('problems-rm-chat-bar').textContent()).toContain('The chat bar text is 21 characters; LINE takes at most 14');
    await screenshot(page, 'rich-menu-inline-error');
    await editor.getByLabel('Chat bar text').fill('Menu');
    expect(await page.getByTestId('problems-rm-chat-bar').count()).toBe(0);

    await editor.getByLabel('Size', { exact: true }).selectOption({ label: 'Small half, 800 × 270' });
    await editor
      .getByLabel('Image (PNG or JPEG, at most 1 MB)')
      .setInputFiles({ name: 'menu.png', mimeType: 'image/png', buffer: testPng(800, 270, mainMenuPaint) });
    await editor.getByRole('img', { name: 'The rich menu’s image' }).waitFor();
    await editor.getByLabel('Alias (optional)').fill('main');

    await drawArea(page, [0.01, 0.03], [0.49, 0.97]);
    await editor.getByLabel('Message text').fill('opening hours');
    await drawArea(page, [0.51, 0.03], [0.99, 0.97]);
    // A fresh area says nothing yet: the problem is named before anything is sent.
    await expect.poll(() => page.getByTestId('problems-rm-area-text').textContent()).toContain('Area 2: the message text is needed');
    await editor.getByLabel('When tapped').selectOption({ label: 'Send postback data' });
    await editor.getByLabel('Postback data').fill('more');
    await editor.getByLabel('Shown in the chat as (optional)').fill('More options');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('Saved “Main menu”').waitFor();
    await editor.getByRole('button', { name: 'Make default' }).click();
    await editor.getByText('“Main menu” is now the channel’s default menu.').waitFor();
    await page
      .getByRole('button', { name: /Main menu/ })
      .getByText('Default')
      .waitFor();
    // The whole screen: the editor is taller than the window.
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: `${screenshotDir}rich-menu-editor.png`, fullPage: true });

    const saved = (await t.api('GET', '/api/rich-menus?channelId=simulated')).body.richMenus.find((m: { name: string }) => m.name === 'Main menu');
    expect(saved).toMatchObject({ isDefault: true, aliasId: 'main', size: { width: 800, height: 270 }, chatBarText: 'Menu', published: true });
    expect(saved.areas.map((a: { action: unknown }) => a.action)).toEqual([
      { type: 'message', text: 'opening hours' },
      { type: 'postback', data: 'more', displayText: 'More options' },
    ]);
    const [left, right] = saved.areas.map((a: { bounds: { x: number; width: number } }) => a.bounds);
    expect(left.x).toBeLessThan(16);
    expect(left.x + left.width).toBeLessThanOrEqual(400);
    expect(right.x).toBeGreaterThanOrEqual(400);

    // The test chat shows the default menu under the chat, as LINE does, and its taps reach the workflow.
    await page.goto(`${t.url}/#/workflows/menu-answers`);
    await page.getByRole('button', { name: 'Test' }).click();
    const chat = page.getByRole('complementary', { name: 'Test chat' });
    await chat.getByRole('img', { name: 'Rich menu “Main menu”' }).waitFor();
    await chat.getByRole('button', { name: /^Menu/ }).waitFor();
    await screenshot(page, 'rich-menu-test-chat');
    await chat.getByRole('button', { name: 'opening hours' }).click();
    await chat.locator('.bubble.from-customer').getByText('opening hours').waitFor();
    await chat.locator('.bubble.from-bot').getByText('We are open Monday to Friday, 9:00–18:00.').waitFor();

    // The postback area runs "switch rich menu": the customer now sees the menu of alias "more".
    await chat.getByRole('button', { name: 'More options' }).click();
    await chat.locator('.bubble.from-bot').getByText('Here are more options in the menu below.').waitFor();
    await chat.getByRole('img', { name: 'Rich menu “More menu”' }).waitFor();
    await chat.getByRole('button', { name: /^More/ }).waitFor();
    await screenshot(page, 'rich-menu-test-chat-switched');

    // The keyboard button swaps the menu for the text input, and back.
    await chat.getByRole('button', { name: 'Type a message' }).click();
    await chat.getByLabel('Message').fill('opening hours');
    await chat.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => chat.locator('.bubble.from-bot').getByText('We are open Monday to Friday, 9:00–18:00.').count()).toBe(2);
    await page.getByRole('button', { name: 'Close test chat' }).click();

    // The step's inspector lists the menus to pick, and says when the alias it names has no menu.
    await page.click('.react-flow__controls-fitview');
    await page.locator('[data-testid="step-to-more"] .step-header').click();
    const inspector = page.getByRole('complementary', { name: 'Step settings' });
    const picker = inspector.getByRole('region', { name: 'Rich menus' });
    await picker.getByRole('button', { name: 'Use alias “main”' }).waitFor();
    await inspector.locator('#field-aliasId').fill('ghost');
    await picker.getByRole('alert').getByText('No rich menu has the alias “ghost” yet').waitFor();
    await screenshot(page, 'rich-menu-step-inspector');
    await picker.getByRole('button', { name: 'Use alias “main”' }).click();
    await expect.poll(() => page.getByTestId('step-to-more').textContent()).toContain('Show the menu “main”');
    expect(await picker.getByRole('alert').count()).toBe(0);
  }, 90_000);
});
