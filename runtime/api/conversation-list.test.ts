import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type AgentSession } from '../testing/agent-session';
import { eventually, lineEvent, startTestRuntime, type TestRuntime } from '../testing/test-runtime';

let messageSeq = 0;
const text = (words: string, id = `m${Date.now()}-${messageSeq++}`) => ({ type: 'message', message: { id, type: 'text', text: words, quoteToken: 'q' } });
const photo = () => ({ type: 'message', message: { id: `p${messageSeq++}`, type: 'image', contentProvider: { type: 'line' }, quoteToken: 'qp' } });
const rowsOf = async (who: AgentSession, query = '') => (await who.call('GET', `/api/conversations${query}`)).body.conversations as any[];

describe('the inbox conversation list', () => {
  let t: TestRuntime;
  let mei: AgentSession;
  let ken: AgentSession;
  let meiId: string;
  let kenId: string;
  const says = (user: string, body: Record<string, unknown>) => t.webhook([lineEvent(t.line, user, body)]);
  /** The conversation of a contact, once the list shows it with `ready` true. */
  const rowOf = (user: string, who: AgentSession, ready: (row: any) => boolean = () => true, query = '?status=all') =>
    eventually(async () => (await rowsOf(who, query)).find((r) => r.contactId === user && ready(r)), 10_000, `a row of ${user}`);

  beforeAll(async () => {
    t = await startTestRuntime();
    meiId = (await t.api('POST', '/api/users', { email: 'mei@example.com', name: 'Mei', role: 'agent', teams: ['Support'], password: 'mei-password-1' })).body
      .id;
    kenId = (await t.api('POST', '/api/users', { email: 'ken@example.com', name: 'Ken', role: 'agent', teams: ['Billing'], password: 'ken-password-1' })).body
      .id;
    mei = await signIn(t.url, 'mei@example.com', 'mei-password-1');
    ken = await signIn(t.url, 'ken@example.com', 'ken-password-1');
  });
  afterAll(() => t.stop());

  it("shows the latest message's preview and time: text, a word for a photo, an agent's reply", async () => {
    const user = 'Ulist0000000000000000000000000001';
    await says(user, text('hello there, my order is late'));
    const first = await rowOf(user, mei, (r) => r.preview?.text === 'hello there, my order is late');
    expect(first.preview).toMatchObject({ author: 'customer' });
    expect(first.lastMessageAt).toBe(first.preview.at);
    await says(user, photo());
    const second = await rowOf(user, mei, (r) => r.preview?.text === '[Photo]');
    expect(second.lastMessageAt >= first.lastMessageAt).toBe(true);
    expect((await mei.call('POST', `/api/conversations/${first.id}/messages`, { text: 'Sorry! Checking now.' })).status).toBe(202);
    const third = await rowOf(user, mei, (r) => r.preview?.text === 'Sorry! Checking now.');
    expect(third.preview.author).toBe('agent');
    expect(third.lastMessageAt > second.lastMessageAt || third.lastMessageAt === third.preview.at).toBe(true);
  });

  it('counts unread per agent on the server: opening clears it for that agent only, and it stays cleared in a new session', async () => {
    const user = 'Ulist0000000000000000000000000002';
    await says(user, text('first question'));
    await says(user, text('second question'));
    const row = await rowOf(user, mei, (r) => r.unread === 2);
    expect((await rowOf(user, ken)).unread).toBe(2);
    expect((await mei.call('PUT', `/api/conversations/${row.id}/seen`)).body).toEqual({ unread: 0, seenCustomerMessages: 2 });
    expect((await rowOf(user, mei)).unread).toBe(0);
    expect((await rowOf(user, ken)).unread).toBe(2);
    // A reload: a new session of the same person reads the marker kept on the server.
    const meiAgain = await signIn(t.url, 'mei@example.com', 'mei-password-1');
    expect((await rowOf(user, meiAgain)).unread).toBe(0);
    await says(user, text('third question'));
    expect((await rowOf(user, meiAgain, (r) => r.unread === 1)).unread).toBe(1);
    expect((await rowOf(user, ken, (r) => r.unread === 3)).unread).toBe(3);
    expect((await t.api('PUT', `/api/conversations/${row.id}/seen`)).status).toBe(400);
    expect((await mei.call('PUT', '/api/conversations/nope/seen')).status).toBe(404);
  });

  it('pins a conversation to the top and marks it for follow-up, for everyone on the account', async () => {
    const older = 'Ulist0000000000000000000000000003';
    const newer = 'Ulist0000000000000000000000000004';
    await says(older, text('older one'));
    const olderRow = await rowOf(older, mei);
    await says(newer, text('newer one'));
    await rowOf(newer, mei);
    const order = async (who: AgentSession) => (await rowsOf(who)).map((r) => r.contactId).filter((c) => c === older || c === newer);
    expect(await order(mei)).toEqual([newer, older]);
    expect((await mei.call('PUT', `/api/conversations/${olderRow.id}/pin`, { pinned: true })).body).toMatchObject({ pinned: true, followUp: false });
    expect(await order(mei)).toEqual([older, newer]);
    expect(await order(ken)).toEqual([older, newer]);
    expect((await rowsOf(ken))[0]).toMatchObject({ contactId: older, pinned: true });

    await ken.call('PUT', `/api/conversations/${olderRow.id}/follow-up`, { followUp: true });
    const marked = await rowsOf(mei, '?followUp=true');
    expect(marked.map((r) => r.contactId)).toEqual([older]);
    expect(marked[0]).toMatchObject({ pinned: true, followUp: true });

    await mei.call('PUT', `/api/conversations/${olderRow.id}/pin`, { pinned: false });
    expect(await order(mei)).toEqual([newer, older]);
    expect((await mei.call('PUT', `/api/conversations/${olderRow.id}/pin`, { pinned: 'yes' })).status).toBe(400);
  });

  it('snoozes a conversation out of "open" until its time passes, or until the customer writes', async () => {
    const user = 'Ulist0000000000000000000000000005';
    await says(user, text('can you call me later?'));
    const row = await rowOf(user, mei);
    const openIds = async () => (await rowsOf(mei, '?status=open')).map((r) => r.id);
    const until = new Date(Date.now() + 2000).toISOString();
    expect((await mei.call('PUT', `/api/conversations/${row.id}/snooze`, { until })).body.snoozedUntil).toBe(until);
    expect(await openIds()).not.toContain(row.id);
    expect((await rowsOf(mei, '?status=snoozed')).map((r) => [r.id, r.snoozedUntil])).toEqual([[row.id, until]]);
    // Every view of the list is told when to look again (no push when a snooze ends).
    expect((await mei.call('GET', '/api/conversations?status=open')).body.snoozeEndsAt).toBe(until);
    // Its time passes: back in "open", out of "snoozed".
    await eventually(async () => (await openIds()).includes(row.id), 10_000, 'the snooze to end');
    expect(await rowsOf(mei, '?status=snoozed')).toEqual([]);
    expect((await mei.call('GET', '/api/conversations?status=open')).body.snoozeEndsAt).toBeNull();

    await mei.call('PUT', `/api/conversations/${row.id}/snooze`, { until: new Date(Date.now() + 3_600_000).toISOString() });
    expect(await openIds()).not.toContain(row.id);
    await says(user, text('actually, one more thing'));
    const back = await eventually(async () => (await rowsOf(mei, '?status=open')).find((r) => r.id === row.id), 10_000, 'the customer to wake it');
    expect(back.snoozedUntil).toBeNull();

    expect((await mei.call('PUT', `/api/conversations/${row.id}/snooze`, { until: new Date(Date.now() - 1000).toISOString() })).body.error).toBe(
      'until must be in the future',
    );
    expect((await mei.call('PUT', `/api/conversations/${row.id}/snooze`, { until: 'tomorrow' })).status).toBe(400);
  });

  it('filters by status, assignee, team, tag, category and channel, and never lists test conversations', async () => {
    const a = 'Ulist0000000000000000000000000006';
    const b = 'Ulist0000000000000000000000000007';
    await says(a, text('filter me a'));
    await says(b, text('filter me b'));
    const rowA = await rowOf(a, mei);
    const rowB = await rowOf(b, mei);
    await mei.call('POST', `/api/conversations/${rowA.id}/assign`, { userId: meiId, team: 'Support' });
    await mei.call('POST', `/api/conversations/${rowA.id}/tags`, { tag: 'vip' });
    await ken.call('POST', `/api/conversations/${rowB.id}/assign`, { userId: kenId, team: 'Billing' });
    await rowOf(a, mei, (r) => r.assignee === meiId && r.tags?.includes('vip'));
    await rowOf(b, mei, (r) => r.assignee === kenId);
    const ids = async (who: AgentSession, query: string) => (await rowsOf(who, query)).map((r) => r.contactId).filter((c) => c === a || c === b);

    expect(await ids(mei, '?assignee=me')).toEqual([a]);
    expect(await ids(ken, '?assignee=me')).toEqual([b]);
    expect(await ids(mei, `?assignee=${kenId}`)).toEqual([b]);
    expect(await ids(mei, '?assignee=none')).toEqual([]);
    expect(await ids(mei, '?team=Billing')).toEqual([b]);
    expect(await ids(mei, '?tag=vip')).toEqual([a]);
    expect(await ids(mei, '?channel=default')).toEqual([b, a]);
    expect(await ids(mei, '?channel=other')).toEqual([]);

    await t.api('PUT', '/api/settings/categories', { categories: ['Refund', 'Question'], required: false });
    await mei.call('POST', `/api/conversations/${rowA.id}/close`, { category: 'Refund' });
    await rowOf(a, mei, (r) => r.status === 'closed');
    expect(await ids(mei, '?status=closed&category=Refund')).toEqual([a]);
    expect(await ids(mei, '?status=closed&category=Question')).toEqual([]);
    expect(await ids(mei, '?status=open')).toEqual([b]);
    expect(await ids(mei, '?status=open&category=Refund')).toEqual([]);
    expect(await ids(mei, '?category=Refund')).toEqual([a]); // all statuses when none is given

    // A conversation of the editor's test chat is stored like any other, and never listed.
    const store = t.runtime.services.store;
    await store.conversations.put({ ...(await store.conversations.get(rowB.id))!, id: 'conv-test-1', contactId: 'sim-test-x', test: true });
    expect((await rowsOf(mei, '?status=all')).map((r) => r.id)).not.toContain('conv-test-1');
    expect((await mei.call('GET', '/api/conversations?status=later')).status).toBe(400);
  });

  it('finds a conversation by a word in an old message, with the snippet, and not by a word the customer unsent', async () => {
    const user = 'Ulist0000000000000000000000000008';
    await says(user, text('I need my passport renewal form, please'));
    await says(user, text('the zebra crossing was blocked', 'unsend-me-1'));
    await says(user, text('thanks, bye'));
    const row = await rowOf(user, mei, (r) => r.preview?.text === 'thanks, bye');
    const found = await eventually(async () => (await rowsOf(mei, '?status=all&q=passport')).find((r) => r.id === row.id), 10_000, 'the index');
    expect(found.match.snippet).toContain('passport renewal');
    expect((await rowsOf(mei, '?status=all&q=passport')).map((r) => r.id)).toEqual([row.id]);
    // Indexed first, then unsent: the word must leave the index.
    await eventually(async () => (await rowsOf(mei, '?status=all&q=zebra')).length === 1, 10_000, 'zebra indexed');
    await says(user, { type: 'unsend', unsend: { messageId: 'unsend-me-1' } });
    await eventually(async () => (await rowsOf(mei, '?status=all&q=zebra')).length === 0, 10_000, 'zebra gone');
    expect((await rowsOf(mei, '?status=all&q=crossing')).length).toBe(0);
    expect((await rowsOf(mei, '?status=all&q=renewal')).map((r) => r.id)).toEqual([row.id]);
    // Two characters (予約 is "booking"): no trigram holds it, so the newest messages are read instead.
    await says(user, text('明日の予約を変更したいです'));
    const booking = await eventually(
      async () => (await rowsOf(mei, `?status=all&q=${encodeURIComponent('予約')}`)).find((r) => r.id === row.id),
      10_000,
      'short',
    );
    expect(booking.match.snippet).toBe('明日の予約を変更したいです');
    expect((await rowsOf(mei, '?status=all&q=ze')).length).toBe(0);
    expect((await mei.call('GET', '/api/conversations?q=%20%20')).body.error).toBe('q must not be blank');
  });
});
