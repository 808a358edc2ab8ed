import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleMessages } from '../shared/testing/line-samples';
import { eventually, lineEvent, startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';
import { linePreviewWorkflow, pictures } from './line-preview-workflow';

const customer = `U${'5'.repeat(32)}`;
const stickerHost = 'https://stickershop.line-scdn.net';

/** A picture drawn by the browser itself (no network here): real PNG bytes for the routed image hosts. */
async function draw(browser: Browser, width: number, height: number, html: string): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(`<html style="background:transparent"><body style="margin:0;background:transparent">${html}</body></html>`);
  const png = await page.screenshot({ omitBackground: true });
  await page.close();
  return png;
}

const scene = (width: number, height: number, background: string, inner: string) =>
  `<div style="width:${width}px;height:${height}px;background:${background};display:grid;place-items:center;font:bold 42px sans-serif;color:#fff">${inner}</div>`;

async function drawPictures(browser: Browser): Promise<Map<string, Buffer>> {
  const pictureSet = new Map<string, Buffer>();
  const cup = '<div style="width:150px;height:120px;background:#fff8ee;border-radius:0 0 70px 70px;box-shadow:0 0 0 14px #6b4226"></div>';
  pictureSet.set('cafe.png', await draw(browser, 600, 390, scene(600, 390, 'linear-gradient(135deg,#c8a27a,#5c3b1e)', cup)));
  pictureSet.set(
    'star.png',
    await draw(
      browser,
      64,
      64,
      '<div style="width:64px;height:64px;background:#f5b50a;clip-path:polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%)"></div>',
    ),
  );
  const chair = '<div style="width:170px;height:150px;border-radius:24px 24px 8px 8px;background:#fafafa;box-shadow:0 30px 0 -10px #ddd"></div>';
  pictureSet.set('chair.png', await draw(browser, 520, 338, scene(520, 338, 'linear-gradient(160deg,#dfe9f3,#a9bfd6)', chair)));
  const lamp = '<div style="width:0;height:0;border-left:70px solid transparent;border-right:70px solid transparent;border-bottom:110px solid #333"></div>';
  pictureSet.set('lamp.png', await draw(browser, 520, 338, scene(520, 338, 'linear-gradient(160deg,#fbe3c5,#e8a66b)', lamp)));
  const halves = `<div style="display:flex;width:1040px;height:700px;font:bold 80px sans-serif;color:#fff">
    <div style="flex:1;background:#06c755;display:grid;place-items:center">Shop</div><div style="flex:1;background:#2b6cb0;display:grid;place-items:center">Call us</div></div>`;
  pictureSet.set('rm/1040', await draw(browser, 1040, 700, halves));
  pictureSet.set('menu.png', await draw(browser, 600, 400, scene(600, 400, 'linear-gradient(135deg,#ff9a8b,#ff6a88)', 'Menu')));
  return pictureSet;
}

/** A round yellow face on a transparent ground, standing in for sticker 1988 from LINE's CDN. */
const drawSticker = (browser: Browser) =>
  draw(
    browser,
    300,
    300,
    `<div style="width:260px;height:260px;margin:20px;border-radius:50%;background:#ffd43b;position:relative;box-shadow:inset -12px -16px 0 #f0b400">
      <div style="position:absolute;left:70px;top:90px;width:28px;height:40px;border-radius:50%;background:#333"></div>
      <div style="position:absolute;right:70px;top:90px;width:28px;height:40px;border-radius:50%;background:#333"></div>
      <div style="position:absolute;left:70px;top:150px;width:120px;height:60px;border-bottom:12px solid #333;border-radius:0 0 60px 60px"></div></div>`,
  );

describe('the LINE-faithful preview of messages', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  const stickerRequests: string[] = [];

  beforeAll(async () => {
    t = await startTestRuntime();
    expect((await t.api('POST', '/api/workflows', linePreviewWorkflow)).status).toBe(201);
    browser = await launchBrowser();
    const [drawn, sticker] = [await drawPictures(browser), await drawSticker(browser)];
    page = await openEditor(browser, t.url, testAdminToken, '#/workflows/line-preview');
    page.setDefaultTimeout(10_000);
    const context: BrowserContext = page.context();
    await context.route(`${pictures}/**`, (route) => {
      const body = drawn.get(new URL(route.request().url()).pathname.slice(1));
      return body ? route.fulfill({ body, contentType: 'image/png' }) : route.abort();
    });
    // LINE's CDN has sticker 1988; the other sticker "is offline". A request that reaches this route got past the page's CSP.
    await context.route(`${stickerHost}/**`, (route) => {
      stickerRequests.push(route.request().url());
      return route.request().url().endsWith('/sticker/1988/android/sticker.png')
        ? route.fulfill({ body: sticker, contentType: 'image/png' })
        : route.abort('internetdisconnected');
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('lays a flex bubble and a carousel out in the test chat as LINE does, and the same in the inspector', async () => {
    await page.getByRole('button', { name: 'Test' }).click();
    const chat = page.getByRole('complementary', { name: 'Test chat' });
    await chat.getByLabel('Message').fill('card');
    await chat.getByRole('button', { name: 'Send' }).click();

    const bubble = chat.getByRole('group', { name: 'Bubble (mega)' });
    await bubble.waitFor();
    expect((await bubble.boundingBox())?.width).toBeCloseTo(300, 0);
    expect(await bubble.evaluate((el) => getComputedStyle(el).borderTopLeftRadius)).toBe('17px');
    // The chat's own speech bubble is gone around the card, as in LINE.
    expect(await bubble.evaluate((el) => getComputedStyle(el.closest('.bubble') as Element).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    const title = bubble.getByText('Brown Cafe', { exact: true });
    expect(await title.evaluate((el) => [getComputedStyle(el).fontWeight, getComputedStyle(el).fontSize])).toEqual(['700', '22px']);
    // Place and its value share a baseline row 1:5.
    const [place, address] = [await bubble.getByText('Place').boundingBox(), await bubble.getByText('Flex Tower, 7-7-4 Midori-ku, Tokyo').boundingBox()];
    expect(place && address && address.x > place.x && Math.abs(address.width / place.width - 5) < 0.6).toBe(true);
    const hero = bubble.locator('.lp-hero img');
    await eventually(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 600), 10_000, 'the hero image');
    expect((await hero.boundingBox())?.height).toBeCloseTo(195, 0);

    const reserve = bubble.getByRole('button', { name: 'Reserve a table' });
    const website = bubble.getByRole('button', { name: 'Website' });
    expect(await reserve.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color, getComputedStyle(el).height])).toEqual([
      'rgb(23, 201, 80)',
      'rgb(255, 255, 255)',
      '40px',
    ]);
    expect(await website.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).toEqual([
      'rgba(0, 0, 0, 0)',
      'rgb(66, 101, 154)',
    ]);
    expect(await reserve.getAttribute('title')).toBe('Opens https://example.com/reserve');

    const carousel = chat.getByRole('group', { name: 'Carousel of 2 bubbles' });
    const products = carousel.getByRole('group', { name: 'Bubble (kilo)' });
    expect(await products.count()).toBe(2);
    expect((await products.first().boundingBox())?.width).toBeCloseTo(260, 0);
    // Side by side, scrolled sideways, and level at the bottom.
    const [chair, lamp] = [await products.nth(0).boundingBox(), await products.nth(1).boundingBox()];
    expect(chair && lamp && lamp.x - chair.x).toBeCloseTo(269, 0);
    expect(chair?.height).toBe(lamp?.height);
    expect(await carousel.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(
      await products
        .nth(1)
        .getByRole('button', { name: 'Add to Cart' })
        .evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe('rgb(220, 223, 229)');
    // Flattened text lines are gone.
    expect(await chat.locator('.flex-text, .flex-button').count()).toBe(0);
    await bubble.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'line-preview-flex');

    // The inspector shows the same messages, built from the step as the runtime builds them.
    await page.locator('[data-testid="step-send-card"] .step-header').click();
    const preview = page.getByRole('complementary', { name: 'Step settings' }).getByRole('region', { name: 'Preview' });
    expect((await preview.getByRole('group', { name: 'Bubble (mega)' }).boundingBox())?.width).toBeCloseTo(300, 0);
    expect(await preview.getByRole('group', { name: 'Bubble (kilo)' }).count()).toBe(2);
    await preview.getByRole('group', { name: 'Quick replies' }).getByRole('button', { name: 'Stickers' }).waitFor();
    await preview.scrollIntoViewIfNeeded();
    await screenshot(page, 'line-preview-inspector');
  }, 60_000);

  it("shows stickers as LINE's pictures (a tile when LINE's CDN cannot be reached), and quick replies still answer", async () => {
    const chat = page.getByRole('complementary', { name: 'Test chat' });
    await chat.locator('.quick-replies').getByRole('button', { name: 'Stickers' }).click();
    const found = chat.getByRole('img', { name: 'Sticker 446/1988' });
    await eventually(() => found.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 300), 10_000, 'the sticker from LINE');
    expect(stickerRequests).toContain(`${stickerHost}/stickershop/v1/sticker/1988/android/sticker.png`);
    expect((await found.boundingBox())?.width).toBe(150);
    const offline = chat.getByRole('img', { name: 'Sticker 11537/52002734' });
    await offline.waitFor();
    expect(await offline.textContent()).toBe('Sticker11537/52002734');
    await offline.scrollIntoViewIfNeeded();
    await screenshot(page, 'line-preview-stickers');
  }, 30_000);

  it('draws a location, an imagemap and templates in the inbox as LINE shows them', async () => {
    const line = t.line as NonNullable<TestRuntime['line']>;
    line.profiles.set(customer, { userId: customer, displayName: 'Ren Ito' });
    const stickerMessage = { id: 'st-1', type: 'sticker', packageId: '446', stickerId: '1988', stickerResourceType: 'STATIC', quoteToken: 'q-sticker' };
    await t.webhook([lineEvent(t.line, customer, { type: 'message', message: stickerMessage })]);
    await t.webhook([lineEvent(t.line, customer, { type: 'message', message: { id: 'loc-1', ...sampleMessages.location } })]);
    const conversation = await eventually(async () => {
      const [open] = (await t.api('GET', `/api/conversations?contactId=${customer}`)).body.conversations;
      return open?.customerMessages === 2 ? open : null;
    });
    // Nothing in LineFlow sends imagemaps or templates yet: they are stored as another tool would have sent them.
    const sent = [
      {
        type: 'imagemap',
        baseUrl: `${pictures}/rm`,
        altText: 'Shop or call us',
        baseSize: { width: 1040, height: 700 },
        actions: [
          { type: 'uri', label: 'Shop', linkUri: 'https://example.com/shop', area: { x: 0, y: 0, width: 520, height: 700 } },
          { type: 'message', text: 'Please call me', area: { x: 520, y: 0, width: 520, height: 700 } },
        ],
      },
      { ...sampleMessages.buttons, template: { ...(sampleMessages.buttons.template as object), thumbnailImageUrl: `${pictures}/menu.png` } },
      sampleMessages.confirm,
    ];
    const at = Date.now();
    for (const [i, content] of sent.entries()) {
      await t.runtime.services.store.messages.put({
        id: `out-kinds-${i}`,
        conversationId: conversation.id,
        contactId: customer,
        direction: 'out',
        author: 'bot',
        content,
        at: new Date(at + 1000 * (i + 1)).toISOString(),
      });
    }
    await page.goto(`${t.url}/#/inbox/${conversation.id}`);
    const transcript = page.getByTestId('transcript');
    const sticker = transcript.getByRole('img', { name: 'Sticker 446/1988' });
    await eventually(() => sticker.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 300), 10_000, "the customer's sticker");
    await transcript
      .getByRole('group', { name: 'Location my location' })
      .getByRole('link', { name: /Open map/ })
      .waitFor();
    const map = transcript.getByRole('group', { name: 'Imagemap: Shop or call us' });
    await eventually(() => map.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth === 1040), 10_000, 'the imagemap');
    const box = await map.boundingBox();
    expect(box && Math.round((box.height / box.width) * 1040)).toBe(700);
    const call = map.getByLabel('Please call me');
    expect(await call.getAttribute('title')).toBe('Sends “Please call me”');
    expect((await call.boundingBox())?.x).toBeCloseTo((box?.x ?? 0) + (box?.width ?? 0) / 2, 0);
    const menu = transcript.getByRole('group', { name: 'Menu', exact: true });
    expect(await menu.getByRole('button').allTextContents()).toEqual(['Buy', 'Yes', 'Menu']);
    const confirm = transcript.getByRole('group', { name: 'Are you sure?' });
    const [yes, no] = [await confirm.getByRole('button').nth(0).boundingBox(), await confirm.getByRole('button').nth(1).boundingBox()];
    expect(yes && no && yes.y === no.y && no.x > yes.x).toBe(true);
    await page.getByRole('button', { name: 'Not now' }).click();
    await page.setViewportSize({ width: 1280, height: 1200 });
    await call.hover();
    await screenshot(page, 'line-preview-kinds');
  }, 30_000);
});
