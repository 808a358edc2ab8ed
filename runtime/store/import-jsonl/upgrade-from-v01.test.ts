import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../../testing/test-runtime';
import type { ContactRecord } from '../records';
import type { Store } from '../store';
import { writeV01Store, type V01Expectation } from './testing/write-v01-store';
import { v01Collections } from './v01-collections';

const legacyUser = 'U0000000000000000000000000legacy';
const legacyAt = '2025-01-06T10:00:00.000Z';
/** Decided by 0.1 but not sent when it stopped: a push (no reply token) kept in the contact's engine.effects. */
const legacyPush = {
  kind: 'deliver',
  id: 'd-legacy-push',
  runId: null,
  stepId: null,
  conversationId: 'cv-legacy',
  author: 'agent',
  messages: [{ type: 'text', text: 'Your parcel has shipped.' }],
};

const byId = <T extends { id: string }>(docs: T[]) => [...docs].sort((a, b) => (a.id < b.id ? -1 : 1));
const withoutVersion = ({ version: _version, ...doc }: ContactRecord) => doc;
/** What a 0.1 contact becomes: its engine.effects moved to the effects collection. */
const upgradedContact = (doc: Record<string, unknown> & { id: string }) => {
  const { effects: _effects, ...engine } = doc.engine as Record<string, unknown>;
  return { ...doc, engine };
};

/**
 * Upgrading a 0.1 installation: the real runtime started on a DATA_DIR holding 0.1's JSON-lines
 * store imports it into SQLite, moves the old folder aside, and works on the imported data.
 */
describe('upgrading a 0.1 DATA_DIR', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-upgrade-'));
  let expected: V01Expectation;
  let t: TestRuntime | undefined;

  beforeAll(() => {
    const storeDir = join(dataDir, 'store');
    mkdirSync(storeDir);
    // Three published workflows (faq-menu among them, at version 2), 39 contacts with their
    // conversations, runs and messages, users, settings, sessions, counters; torn writes included.
    expected = writeV01Store(storeDir, { messages: 500 });
    const conversation = {
      id: 'cv-legacy',
      contactId: legacyUser,
      status: 'open',
      openedAt: legacyAt,
      closedAt: null,
      assignee: null,
      team: null,
      lastMessageAt: legacyAt,
      updatedAt: legacyAt,
    };
    const contact = {
      id: legacyUser,
      displayName: 'Legacy customer',
      language: 'en',
      profileFetchedAt: legacyAt,
      fields: {},
      tags: [],
      isFriend: true,
      openConversationId: 'cv-legacy',
      createdAt: legacyAt,
      updatedAt: legacyAt,
      engine: { run: null, appliedEventIds: ['ev-legacy-1'], effects: [legacyPush] },
    };
    appendFileSync(join(storeDir, 'conversations.jsonl'), `${JSON.stringify({ p: conversation })}\n`);
    appendFileSync(join(storeDir, 'contacts.jsonl'), `${JSON.stringify({ p: contact })}\n`);
    expected.live.conversations.set(conversation.id, conversation);
    expected.live.contacts.set(contact.id, contact);
  });
  afterAll(async () => {
    await t?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('imports everything at the first start and moves the old folder aside', async () => {
    // Web only at first: no worker fires the imported timers, so the data is compared as imported.
    t = await startTestRuntime({ env: { DATA_DIR: dataDir }, overrides: { runWorkers: false } });
    const store = t.runtime.services.store;

    expect(existsSync(join(dataDir, 'store'))).toBe(false);
    const movedAside = readdirSync(dataDir).filter((name) => name.startsWith('store-jsonl-imported-'));
    expect(movedAside).toHaveLength(1);
    expect(readdirSync(join(dataDir, movedAside[0]))).toEqual(expect.arrayContaining(v01Collections.map((name) => `${name}.jsonl`)));

    for (const name of v01Collections) {
      const want = [...expected.live[name].values()];
      const collection = store[name] as unknown as Store['counters'];
      expect(await collection.count({}), name).toBe(want.length);
      if (name === 'contacts') {
        expect(byId((await store.contacts.find({})).map(withoutVersion)), name).toStrictEqual(byId(want.map(upgradedContact)));
      } else {
        expect(byId(await collection.find({})), name).toStrictEqual(byId(want as never[]));
      }
      for (const id of expected.removed[name]) expect(await collection.get(id), `${name} ${id}`).toBeNull();
    }
    expect(expected.live.contacts.size).toBe(40);
    expect(expected.live.messages.size).toBe(497);

    // 0.1's undone work is in the effects collection now, in full: a reply in doubt as started, the push as pending.
    const effects = await store.effects.find({});
    const legacyEffects = [...expected.live.contacts.values()].flatMap((contact) =>
      (contact.engine as { effects: { id: string; replyToken?: string }[] }).effects.map((payload) => ({ contactId: contact.id, payload })),
    );
    expect(legacyEffects).toHaveLength(39); // one per contact but the one re-written after the crash, with none
    expect(effects).toHaveLength(legacyEffects.length);
    for (const { contactId, payload } of legacyEffects) {
      const moved = effects.find((e) => e.id === payload.id);
      expect(moved, contactId).toMatchObject({ contactId, kind: 'deliver', state: payload.replyToken ? 'started' : 'pending', payload });
    }
    expect(await store.effects.get('d-legacy-push')).toMatchObject({ state: 'pending', payload: legacyPush });
  });

  it('serves the imported data through the REST API', async () => {
    const api = (t as TestRuntime).api;
    const workflows = (await api('GET', '/api/workflows')).body.workflows;
    expect(workflows.map((w: any) => [w.id, w.publishedVersion]).sort()).toEqual([
      ['wf-csat-on-close', 2],
      ['wf-faq-menu', 2],
      ['wf-routing-by-language', 2],
    ]);
    expect((await api('GET', '/api/workflows/wf-faq-menu')).body).toMatchObject({ hookToken: 'tok-0', document: { description: 'edited 2' } });
    expect((await api('GET', '/api/workflows/wf-faq-menu/versions')).body.versions.map((v: any) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect((await api('GET', '/api/workflows/wf-faq-menu/versions/2')).body.document).toStrictEqual(expected.live.versions.get('wf-faq-menu@2')?.document);

    const users = (await api('GET', '/api/users')).body.users;
    // Teams are records now (a set per person, in the teams' order), made from the names people carried.
    expect(users.map((u: any) => [u.email, u.role, [...u.teams].sort()])).toEqual([
      ['admin@lineflow.local', 'admin', ['Support']],
      ['agent@example.com', 'agent', ['Japanese', 'Support']],
    ]);
    const teams = (await api('GET', '/api/teams')).body.teams;
    expect(teams.map((team: any) => [team.name, team.members.length]).sort()).toEqual([
      ['Japanese', 1],
      ['Support', 2],
    ]);

    const contacts = (await api('GET', '/api/contacts')).body.contacts;
    expect(contacts).toHaveLength(40);
    expect(contacts.find((c: any) => c.id === 'U00000000000000000000000000000002')).toMatchObject({
      displayName: 'Customer 2',
      fields: { plan: 'gold', visits: 2 },
      tags: ['vip'],
    });

    expect((await api('GET', '/api/conversations?status=closed')).body.conversations).toHaveLength(10);
    expect((await api('GET', '/api/conversations')).body.conversations).toHaveLength(41);
    const conversation = (await api('GET', '/api/conversations/cv-2')).body;
    const messagesOfCv2 = [...expected.live.messages.values()].filter((m) => m.conversationId === 'cv-2');
    expect(messagesOfCv2.length).toBeGreaterThan(5);
    expect(byId(conversation.messages)).toStrictEqual(byId(messagesOfCv2));
    expect(conversation.messages.map((m: any) => m.content.text)).toContain('สวัสดีครับ #162');

    const runs = (await api('GET', '/api/runs?contactId=U00000000000000000000000000000002')).body.runs;
    expect(runs).toStrictEqual([expected.live.runs.get('run-2')]);
  });

  it('answers "menu" with the published faq-menu after a restart with workers, without importing again', async () => {
    await (t as TestRuntime).stop();
    t = await startTestRuntime({ env: { DATA_DIR: dataDir } });
    expect(readdirSync(dataDir).filter((name) => name.startsWith('store-jsonl-'))).toHaveLength(1);
    expect(await t.runtime.services.store.messages.count({})).toBeGreaterThanOrEqual(497);

    await t.webhook([lineEvent(t.line, legacyUser, textMessage('menu'))]);
    const menu = await eventually(
      () => t?.line?.delivered.find((d) => d.userId === legacyUser && d.messages[0]?.text === 'How can we help?'),
      10_000,
      'the menu',
    );
    expect(menu.method).toBe('reply');
    expect(menu.messages[0].quickReply.items.map((i: any) => i.action.label)).toEqual(['Business hours', 'Pricing', 'Talk to an agent']);
    const runs = (await t.api('GET', `/api/runs?contactId=${legacyUser}`)).body.runs;
    expect(runs.map((r: any) => [r.workflowId, r.version, r.status])).toEqual([['wf-faq-menu', 2, 'waiting']]);
    const events = (await t.api('GET', `/api/inbound-events?contactId=${legacyUser}`)).body.events;
    expect(events.map((e: any) => [e.outcome, e.runId])).toEqual([['applied', runs[0].id]]);
  });

  // Effects left open before an event (the ones 0.1 decided, moved into the effects collection at
  // the import) are carried out before that event is decided: the "menu" above delivered it.
  it("delivers the push 0.1 had decided, exactly once, with the contact's next event", async () => {
    const line = (t as TestRuntime).line;
    const pushes = () =>
      line?.delivered.filter((d) => d.userId === legacyUser && d.method === 'push' && d.messages[0]?.text === 'Your parcel has shipped.') ?? [];
    await eventually(() => pushes().length === 1, 3000, 'the legacy push');
    await (t as TestRuntime).webhook([lineEvent(line, legacyUser, textMessage('Pricing'))]);
    await messagesDelivered(line, legacyUser, 3);
    expect(pushes()).toHaveLength(1);
    expect(await (t as TestRuntime).runtime.services.store.effects.get('d-legacy-push')).toMatchObject({ state: 'done', result: { method: 'push' } });
  });
});
