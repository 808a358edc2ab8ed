import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeRichMenus } from '../testing/fake-line/rich-menu-routes';
import { solidPng } from '../testing/test-png';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const token = 'test-access-token';
const customer = `U${'c'.repeat(32)}`;
const otherCustomer = `U${'d'.repeat(32)}`;

/** "gold" shows the menu of alias gold, "reset" the default again, "ghost" a menu nobody made; each then answers. */
function switchingWorkflow() {
  const node = (id: string, type: string, y: number, data: Record<string, unknown>) => ({ id, type, position: { x: 0, y }, data });
  const keyword = (word: string) => ({ keywords: [word], match: 'exact' });
  const say = (text: string) => ({ messages: [{ type: 'text', text }] });
  return {
    schemaVersion: 1,
    id: 'menus',
    name: 'Switch menus',
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      node('on-gold', 'trigger-keyword', 0, keyword('gold')),
      node('to-gold', 'switch-rich-menu', 0, { switchTo: 'alias', aliasId: 'gold' }),
      node('said-gold', 'send-message', 0, say('Gold menu on')),
      node('on-reset', 'trigger-keyword', 200, keyword('reset')),
      node('to-default', 'switch-rich-menu', 200, { switchTo: 'default' }),
      node('said-reset', 'send-message', 200, say('Default menu again')),
      node('on-ghost', 'trigger-keyword', 400, keyword('ghost')),
      node('to-ghost', 'switch-rich-menu', 400, { switchTo: 'alias', aliasId: 'ghost' }),
    ],
    edges: [
      { id: 'e1', source: 'on-gold', sourceHandle: 'next', target: 'to-gold' },
      { id: 'e2', source: 'to-gold', sourceHandle: 'next', target: 'said-gold' },
      { id: 'e3', source: 'on-reset', sourceHandle: 'next', target: 'to-default' },
      { id: 'e4', source: 'to-default', sourceHandle: 'next', target: 'said-reset' },
      { id: 'e5', source: 'on-ghost', sourceHandle: 'next', target: 'to-ghost' },
    ],
  };
}

describe('the "switch rich menu" step', () => {
  let t: TestRuntime;
  const menus: Record<string, { id: string; lineRichMenuId: string | null }> = {};

  const makeMenu = async (channelId: string, name: string, aliasId: string) => {
    const size = { width: 800, height: 270 };
    const areas = [{ bounds: { x: 0, y: 0, width: 800, height: 270 }, action: { type: 'message', text: 'reset' } }];
    const created = await t.api('POST', '/api/rich-menus', { channelId, name, size, chatBarText: 'Menu', areas, aliasId });
    expect(created.status).toBe(201);
    const uploaded = await t.api('PUT', `/api/rich-menus/${created.body.id}/image`, { contentType: 'image/png', data: solidPng(800, 270).toString('base64') });
    expect(uploaded.status).toBe(200);
    return uploaded.body;
  };
  const say = (userId: string, text: string) => t.webhook([lineEvent(t.line, userId, textMessage(text))]);

  beforeAll(async () => {
    t = await startTestRuntime();
    menus.gold = await makeMenu('default', 'Gold', 'gold');
    menus.simGold = await makeMenu('simulated', 'Gold (test chat)', 'gold');
    menus.simMain = await makeMenu('simulated', 'Main (test chat)', 'main');
    await t.api('POST', `/api/rich-menus/${menus.simMain?.id}/default`);
    const created = await t.api('POST', '/api/workflows', switchingWorkflow());
    expect(created.status).toBe(201);
    expect((await t.api('POST', '/api/workflows/menus/publish')).status).toBe(201);
  }, 60_000);
  afterAll(() => t?.stop());

  it('links the menu of its alias to the customer at LINE, then unlinks it, with the right channel token', async () => {
    const rich = fakeRichMenus(t.line!);
    await say(customer, 'gold');
    expect((await messagesDelivered(t.line, customer, 1)).map((m) => m.text)).toEqual(['Gold menu on']);
    // The answer goes out first (deliveries lead an event's effects), the link right after.
    await eventually(() => rich.linkedTo(token, customer) === menus.gold?.lineRichMenuId);
    expect(rich.linkedTo(token, otherCustomer)).toBeUndefined();

    await say(customer, 'reset');
    await messagesDelivered(t.line, customer, 2);
    await eventually(() => rich.linkedTo(token, customer) === undefined);
    expect(rich.linkLog.filter((l) => l.userId === customer)).toEqual([
      { token, userId: customer, richMenuId: menus.gold?.lineRichMenuId },
      { token, userId: customer, richMenuId: null },
    ]);
    expect(await t.runtime.services.store.richMenuLinks.get(customer)).toMatchObject({ channelId: 'default', richMenuId: null });
  });

  it('retries LINE’s outage, and fails the run naming the step when LINE refuses', async () => {
    const rich = fakeRichMenus(t.line!);
    rich.failNext('rich-menu-link', 500);
    await say(otherCustomer, 'gold');
    await messagesDelivered(t.line, otherCustomer, 1);
    await eventually(() => rich.linkedTo(token, otherCustomer) === menus.gold?.lineRichMenuId);

    rich.failNext('rich-menu-link', 400, 'The user has blocked the account');
    await say(otherCustomer, 'reset');
    const run = await eventually(async () => {
      const { runs } = (await t.api('GET', `/api/runs?contactId=${otherCustomer}`)).body;
      return runs.find((r: { status: string; trace: { stepId: string }[] }) => r.status === 'failed' && r.trace.some((s) => s.stepId === 'to-default'));
    });
    expect(run.error).toBe('step to-default: the rich menu was not switched: LINE refused it: The user has blocked the account');
    expect(rich.linkedTo(token, otherCustomer)).toBe(menus.gold?.lineRichMenuId);
  });

  it('fails the run naming the step when no menu of the customer’s channel has the alias', async () => {
    await say(customer, 'ghost');
    const run = await eventually(async () => {
      const { runs } = (await t.api('GET', `/api/runs?contactId=${customer}`)).body;
      return runs.find((r: { status: string }) => r.status === 'failed');
    });
    expect(run.error).toBe('step to-ghost: the rich menu was not switched: no rich menu of channel "default" has the alias "ghost"');
  });

  it('keeps a changed menu linked to the customers a workflow linked it to (LINE makes a new menu)', async () => {
    const rich = fakeRichMenus(t.line!);
    const gold = await t.api('GET', '/api/rich-menus?channelId=default');
    const { id, name, size, areas } = gold.body.richMenus[0];
    const changed = await t.api('PUT', `/api/rich-menus/${id}`, { name, size, areas, chatBarText: 'Gold' });
    expect(changed.status).toBe(200);
    expect(changed.body.lineRichMenuId).not.toBe(menus.gold?.lineRichMenuId);
    expect(rich.linkedTo(token, otherCustomer)).toBe(changed.body.lineRichMenuId);
    expect(rich.linkedTo(token, customer)).toBeUndefined();
  });

  it('changes the menu a simulated customer sees, and nothing reaches LINE', async () => {
    const rich = fakeRichMenus(t.line!);
    const calls = rich.linkLog.length;
    const user = 'sim-rich-menu-user';
    const shown = async () => (await t.api('GET', `/api/simulator/contacts/${user}/rich-menu`)).body;
    expect(await shown()).toMatchObject({ linked: false, richMenu: { id: menus.simMain?.id } });

    await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: 'gold' });
    await eventually(async () => (await shown()).richMenu?.id === menus.simGold?.id);
    expect((await shown()).linked).toBe(true);

    await t.api('POST', `/api/simulator/contacts/${user}/messages`, { text: 'reset' });
    await eventually(async () => (await shown()).richMenu?.id === menus.simMain?.id);
    expect((await shown()).linked).toBe(false);
    expect(t.runtime.services.simulator.richMenus.has(user)).toBe(false);
    expect(rich.linkLog.length).toBe(calls);
  });
});
