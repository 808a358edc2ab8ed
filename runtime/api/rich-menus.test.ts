import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeRichMenus } from '../testing/fake-line/rich-menu-routes';
import { solidPng, testPng } from '../testing/test-png';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const token = 'test-access-token';
const area = (x: number, action: Record<string, unknown>) => ({ bounds: { x, y: 0, width: 400, height: 270 }, action });
const menu = (fields: Record<string, unknown> = {}) => ({
  channelId: 'default',
  name: 'Main menu',
  size: { width: 800, height: 270 },
  chatBarText: 'Menu',
  areas: [area(0, { type: 'message', text: 'opening hours' }), area(400, { type: 'postback', data: 'contact', displayText: 'Contact us' })],
  ...fields,
});
/** The fields PUT takes: the channel is the menu's for good. */
const edit = (fields: Record<string, unknown> = {}) => {
  const { channelId: _channel, ...rest } = menu(fields);
  return rest;
};
const image = (png: Buffer, contentType = 'image/png') => ({ contentType, data: png.toString('base64') });
const fields = (answer: { body: { problems?: { field?: string }[] } }) => (answer.body.problems ?? []).map((p) => p.field);

describe('rich menus API', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
  }, 30_000);
  afterAll(() => t?.stop());

  it('refuses what LINE would refuse, each problem naming its field', async () => {
    const broken = await t.api(
      'POST',
      '/api/rich-menus',
      menu({
        size: { width: 700, height: 600 },
        chatBarText: 'A chat bar text that is long',
        aliasId: 'Main Menu',
        areas: [
          { bounds: { x: 600, y: 0, width: 400, height: 270 }, action: { type: 'message', text: '' } },
          area(0, { type: 'uri', uri: 'ftp://example.com' }),
          area(0, { type: 'richmenuswitch', richMenuAliasId: 'other' }),
        ],
      }),
    );
    expect(broken.status).toBe(400);
    expect(fields(broken)).toEqual(
      expect.arrayContaining([
        'chatBarText',
        'aliasId',
        'size.width',
        'size.height',
        'areas.0.bounds.width',
        'areas.0.action.text',
        'areas.1.action.uri',
        'areas.2.action.data',
      ]),
    );
    expect(broken.body.error).toContain('chatBarText: The chat bar text is 28 characters; LINE takes at most 14');

    const tooMany = await t.api('POST', '/api/rich-menus', menu({ areas: Array.from({ length: 21 }, () => area(0, { type: 'message', text: 'hi' })) }));
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error).toContain('21 tap areas; LINE takes at most 20');

    const tall = await t.api('POST', '/api/rich-menus', menu({ size: { width: 800, height: 600 }, areas: [] }));
    expect(tall.body.error).toContain('width / height is 1.33, LINE needs at least 1.45');

    const nowhere = await t.api('POST', '/api/rich-menus', menu({ channelId: 'mars' }));
    expect(nowhere.status).toBe(400);
    expect(fields(nowhere)).toEqual(['channelId']);

    const unknownField = await t.api('POST', '/api/rich-menus', menu({ colour: 'green' }));
    expect(unknownField.status).toBe(400);
    expect(unknownField.body.error).toContain('body.colour is not allowed');
    expect(fakeRichMenus(t.line!).menus.size).toBe(0);
  });

  it('refuses images LINE refuses: not PNG or JPEG, over 1 MB, outside its sizes, too small for the areas', async () => {
    const created = await t.api('POST', '/api/rich-menus', menu({ name: 'Images' }));
    expect(created.status).toBe(201);
    const upload = (body: unknown) => t.api('PUT', `/api/rich-menus/${created.body.id}/image`, body);

    const text = await upload({ contentType: 'image/png', data: Buffer.from('hello').toString('base64') });
    expect(text.status).toBe(400);
    expect(text.body.error).toContain('image: The file is not a PNG or JPEG image');
    expect((await upload(image(solidPng(800, 270), 'image/jpeg'))).body.error).toContain('was sent as image/jpeg but is a PNG');
    expect((await upload(image(solidPng(800, 600)))).body.error).toContain('width / height is 1.33');
    expect((await upload(image(solidPng(2600, 900)))).body.error).toContain('The image’s width is 2600 px');
    // Noise does not compress: well over 1 MB.
    const random = randomBytes(1200 * 405 * 3);
    const noise = testPng(1200, 405, (x, y) => {
      const at = (y * 1200 + x) * 3;
      return [random[at] ?? 0, random[at + 1] ?? 0, random[at + 2] ?? 0];
    });
    expect(noise.length).toBeGreaterThan(1024 * 1024);
    expect((await upload(image(noise))).body.error).toContain('LINE takes at most 1 MB');
    // The menu takes the image's size: an area of a wider menu must still fit in it.
    const small = await t.api(
      'PUT',
      `/api/rich-menus/${created.body.id}`,
      edit({ areas: [area(700, { type: 'message', text: 'far right' })], size: { width: 1200, height: 405 } }),
    );
    expect(small.status).toBe(200);
    const misfit = await upload(image(solidPng(800, 270)));
    expect(misfit.status).toBe(400);
    expect(fields(misfit)).toEqual(['areas.0.bounds.width']);
    expect(fakeRichMenus(t.line!).menus.size).toBe(0);
  });

  it('publishes a menu to LINE once it has its image: created, image uploaded, alias set, made default; a change replaces it', async () => {
    const rich = fakeRichMenus(t.line!);
    const created = await t.api('POST', '/api/rich-menus', menu({ aliasId: 'main', selected: true }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ channelId: 'default', aliasId: 'main', published: false, lineRichMenuId: null, imageUrl: null });
    expect(rich.menus.size).toBe(0);

    const png = testPng(800, 270, (x) => (x < 400 ? [6, 199, 85] : [30, 60, 120]));
    const uploaded = await t.api('PUT', `/api/rich-menus/${created.body.id}/image`, image(png));
    expect(uploaded.status).toBe(200);
    expect(uploaded.body).toMatchObject({ published: true, image: { contentType: 'image/png', width: 800, height: 270, bytes: png.length } });
    const lineId: string = uploaded.body.lineRichMenuId;
    const atLine = rich.menus.get(lineId);
    expect(atLine?.token).toBe(token);
    expect(atLine?.menu).toEqual({
      size: { width: 800, height: 270 },
      selected: true,
      name: 'Main menu',
      chatBarText: 'Menu',
      areas: [area(0, { type: 'message', text: 'opening hours' }), area(400, { type: 'postback', data: 'contact', displayText: 'Contact us' })],
    });
    expect(atLine?.image?.body.equals(png)).toBe(true);
    expect(atLine?.image?.contentType).toBe('image/png');
    expect(rich.aliases.get(`${token} main`)).toBe(lineId);

    const served = await fetch(`${t.url}${uploaded.body.imageUrl}`, { headers: { authorization: 'Bearer test-admin-token-0123456789' } });
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);

    const made = await t.api('POST', `/api/rich-menus/${created.body.id}/default`);
    expect(made.body.isDefault).toBe(true);
    expect(rich.defaults.get(token)).toBe(lineId);

    // LINE's menus cannot change: a new one replaces it, keeping the alias and the default.
    const changed = await t.api('PUT', `/api/rich-menus/${created.body.id}`, edit({ chatBarText: 'Open menu' }));
    expect(changed.status).toBe(200);
    const newId: string = changed.body.lineRichMenuId;
    expect(newId).not.toBe(lineId);
    expect(rich.menus.has(lineId)).toBe(false);
    expect(rich.menus.get(newId)?.menu.chatBarText).toBe('Open menu');
    expect(rich.menus.get(newId)?.image?.body.equals(png)).toBe(true);
    expect(rich.aliases.get(`${token} main`)).toBe(newId);
    expect(rich.defaults.get(token)).toBe(newId);

    // A second menu made default takes the default from the first.
    const second = await t.api('POST', '/api/rich-menus', menu({ name: 'Second', aliasId: 'main' }));
    expect(second.status).toBe(400);
    expect(second.body.problems).toEqual([{ field: 'aliasId', message: expect.stringContaining('taken by the menu “Main menu”') }]);
    const other = await t.api('POST', '/api/rich-menus', menu({ name: 'Second', aliasId: 'second' }));
    await t.api('PUT', `/api/rich-menus/${other.body.id}/image`, image(solidPng(800, 270)));
    await t.api('POST', `/api/rich-menus/${other.body.id}/default`);
    const list = await t.api('GET', '/api/rich-menus?channelId=default');
    expect(list.body.richMenus.filter((m: { isDefault: boolean }) => m.isDefault).map((m: { name: string }) => m.name)).toEqual(['Second']);
    expect(list.body.channels).toEqual([
      { id: 'default', name: 'Default channel', reachesLine: true },
      { id: 'simulated', name: 'Test chat (simulated)', reachesLine: false },
    ]);

    const cancelled = await t.api('DELETE', `/api/rich-menus/${other.body.id}/default`);
    expect(cancelled.body.isDefault).toBe(false);
    expect(rich.defaults.has(token)).toBe(false);

    const moved = await t.api('PUT', `/api/rich-menus/${other.body.id}/alias`, { aliasId: 'extra' });
    expect(moved.body.aliasId).toBe('extra');
    expect(rich.aliases.has(`${token} second`)).toBe(false);
    expect(rich.aliases.get(`${token} extra`)).toBe(moved.body.lineRichMenuId);

    expect((await t.api('DELETE', `/api/rich-menus/${other.body.id}`)).status).toBe(204);
    expect(rich.menus.has(moved.body.lineRichMenuId)).toBe(false);
    expect(rich.aliases.has(`${token} extra`)).toBe(false);
    expect((await t.api('GET', `/api/rich-menus/${other.body.id}/image`)).status).toBe(404);
  });

  it('passes on LINE’s refusal as a 400 in LINE’s words, and deletes the half-made menu at LINE', async () => {
    const rich = fakeRichMenus(t.line!);
    const created = await t.api('POST', '/api/rich-menus', menu({ name: 'Refused', aliasId: 'refused' }));
    const before = rich.menus.size;
    rich.failNext('rich-menu-image', 400, 'The image could not be processed');
    const refused = await t.api('PUT', `/api/rich-menus/${created.body.id}/image`, image(solidPng(800, 270)));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('LINE refused the rich menu: The image could not be processed');
    expect(rich.menus.size).toBe(before);
    expect(rich.aliases.has(`${token} refused`)).toBe(false);
    expect((await t.api('GET', '/api/rich-menus')).body.richMenus.find((m: { id: string }) => m.id === created.body.id)).toMatchObject({
      published: false,
      image: null,
    });

    rich.failNext('rich-menu-image', 503);
    const silent = await t.api('PUT', `/api/rich-menus/${created.body.id}/image`, image(solidPng(800, 270)));
    expect(silent.status).toBe(502);
    expect(silent.body.error).toContain('LINE did not answer');

    // An alias LINE has already (made outside LineFlow) is moved to the menu.
    rich.aliases.set(`${token} refused`, 'richmenu-gone');
    const published = await t.api('PUT', `/api/rich-menus/${created.body.id}/image`, image(solidPng(800, 270)));
    expect(published.status).toBe(200);
    expect(rich.aliases.get(`${token} refused`)).toBe(published.body.lineRichMenuId);
  });

  it('keeps menus of the simulated channel in LineFlow: nothing reaches LINE', async () => {
    const rich = fakeRichMenus(t.line!);
    const before = rich.menus.size;
    const created = await t.api('POST', '/api/rich-menus', menu({ channelId: 'simulated', aliasId: 'main' }));
    expect(created.status).toBe(201);
    const uploaded = await t.api('PUT', `/api/rich-menus/${created.body.id}/image`, image(solidPng(800, 270)));
    expect(uploaded.body).toMatchObject({ published: true, lineRichMenuId: null });
    expect((await t.api('POST', `/api/rich-menus/${created.body.id}/default`)).body.isDefault).toBe(true);
    expect(rich.menus.size).toBe(before);
    const shown = await t.api('GET', '/api/simulator/contacts/sim-someone/rich-menu');
    expect(shown.body).toMatchObject({ linked: false, richMenu: { id: created.body.id, chatBarText: 'Menu' } });
  });
});
