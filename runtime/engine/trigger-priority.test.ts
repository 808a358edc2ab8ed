import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';
import { indexWorkflow, type TriggerEntry } from './published-workflows';
import { pickTrigger, type TriggerOccasion } from './trigger-registry';

/** A workflow that answers `text` when its one trigger fires. */
function replyWorkflow(id: string, name: string, type: string, data: Record<string, unknown>, text: string) {
  return {
    schemaVersion: 1,
    id,
    name,
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 'start', type, position: { x: 0, y: 0 }, data },
      { id: 'say', type: 'send-message', position: { x: 200, y: 0 }, data: { messages: [{ type: 'text', text }] } },
    ],
    edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'say' }],
  };
}

/** A trigger entry as the registry holds it, for the selection alone. */
function entry(id: string, type: string, data: Record<string, unknown> = {}): TriggerEntry {
  const document = replyWorkflow(id, id, type, data, id) as unknown as WorkflowDocument;
  const workflow = indexWorkflow(id, 1, document);
  return { workflow, node: workflow.nodes.get('start') as TriggerEntry['node'] };
}

const menu = entry('menu', 'trigger-keyword', { keywords: ['menu'], match: 'exact', interruptsWaitingRun: true });
const hours = entry('hours', 'trigger-keyword', { keywords: ['hours'], match: 'exact', interruptsWaitingRun: false });
const anyMessage = entry('any', 'trigger-any-message');
const opened = entry('opened', 'trigger-conversation-opened');
const closed = entry('closed', 'trigger-conversation-closed');
const followAll = entry('follow-all', 'trigger-follow', { includeUnblocked: true });
const followNew = entry('follow-new', 'trigger-follow', { includeUnblocked: false });
const shortcutA = entry('shortcut-a', 'trigger-shortcut', { name: 'A', fields: [] });
const shortcutB = entry('shortcut-b', 'trigger-shortcut', { name: 'B', fields: [] });
const hookA = entry('hook-a', 'trigger-incoming-webhook', { variables: [] });

const all = [menu, hours, anyMessage, opened, closed, followAll, followNew, shortcutA, shortcutB, hookA];
const message = (text: string): TriggerOccasion => ({ on: ['customer-message'], input: { text } });
const openingMessage = (input: TriggerOccasion['input']): TriggerOccasion => ({ on: ['customer-message', 'conversation-opened'], input });
const picked = (entries: TriggerEntry[], occasion: TriggerOccasion) => pickTrigger(entries, occasion)?.workflow.workflowId;

describe('which trigger takes an event (the selection alone)', () => {
  it('keyword vs any-message: the keyword when it matches, else any-message', () => {
    expect(picked([anyMessage, menu], message('MENU'))).toBe('menu');
    expect(picked([anyMessage, menu], message('hello'))).toBe('any');
  });

  it('keyword vs conversation-opened: the keyword when the opening message matches it', () => {
    expect(picked([opened, menu], openingMessage({ text: 'menu' }))).toBe('menu');
    expect(picked([opened, menu], openingMessage({ text: 'hello' }))).toBe('opened');
  });

  it('conversation-opened vs any-message: conversation-opened on the opening message, any-message after', () => {
    expect(picked([anyMessage, opened], openingMessage({ text: 'hello' }))).toBe('opened');
    expect(picked([anyMessage, opened], message('hello'))).toBe('any');
    expect(picked([anyMessage], openingMessage({ text: 'hello' }))).toBe('any');
  });

  it('a postback matching a keyword beats conversation-opened and any-message', () => {
    expect(picked([opened, anyMessage, menu], openingMessage({ postbackData: 'menu' }))).toBe('menu');
    expect(picked([opened, anyMessage, menu], openingMessage({ postbackData: 'node=x&choice=y' }))).toBe('opened');
  });

  it('a waiting run yields only to an interrupting keyword matching typed text', () => {
    const waiting = (input: TriggerOccasion['input']): TriggerOccasion => ({ on: ['customer-message'], input, runWaiting: true });
    expect(picked(all, waiting({ text: 'menu' }))).toBe('menu');
    // Non-interrupting keyword, any-message: the waiting run keeps the message.
    expect(picked(all, waiting({ text: 'hours' }))).toBeUndefined();
    expect(picked(all, waiting({ text: 'hello' }))).toBeUndefined();
    // A tap is an answer to the waiting question, whatever its data says.
    expect(picked(all, waiting({ postbackData: 'menu' }))).toBeUndefined();
  });

  it('follow: every follow trigger on a new friend; on an unblock only those that include unblocks', () => {
    expect(picked([followNew, followAll], { on: ['follow'], input: { unblocked: false } })).toBe('follow-new');
    expect(picked([followNew, followAll], { on: ['follow'], input: { unblocked: true } })).toBe('follow-all');
    expect(picked([followNew], { on: ['follow'], input: { unblocked: true } })).toBeUndefined();
    // Documents older than the option leave it unset: unblocks count.
    expect(picked([entry('old', 'trigger-follow', {})], { on: ['follow'], input: { unblocked: true } })).toBe('old');
  });

  it('two workflows with the same kind of trigger: the first in registry order (by workflow name)', () => {
    const other = entry('other-menu', 'trigger-keyword', { keywords: ['menu'], match: 'exact' });
    expect(picked([other, menu], message('menu'))).toBe('other-menu');
    expect(picked([menu, other], message('menu'))).toBe('menu');
  });

  it('each event reaches only its own triggers; shortcuts and webhooks only the workflow named', () => {
    expect(picked(all, { on: ['conversation-closed'], input: {} })).toBe('closed');
    expect(picked(all, { on: ['shortcut'], input: {}, workflowId: 'shortcut-b' })).toBe('shortcut-b');
    expect(picked(all, { on: ['shortcut'], input: {}, workflowId: 'hook-a' })).toBeUndefined();
    expect(picked(all, { on: ['incoming-webhook'], input: {}, workflowId: 'hook-a' })).toBe('hook-a');
    expect(picked([closed, shortcutA, followAll], message('hello'))).toBeUndefined();
  });
});

describe('which trigger takes an event (a real runtime)', () => {
  let t: TestRuntime;
  const texts = (user: string) => t.line?.textsTo(user) ?? [];
  const runsOf = async (user: string) => (await t.api('GET', `/api/runs?contactId=${user}`)).body.runs as { workflowId: string; status: string }[];

  beforeAll(async () => {
    t = await startTestRuntime();
    // The FAQ: keyword `menu` (interrupts a waiting run), follow (unblocks included).
    await t.publishExample('faq-menu');
    // The language survey: conversation-opened, asks when LINE does not tell the language (the fake LINE does not).
    await t.publishExample('routing-by-language');
    const workflows = [
      replyWorkflow('fallback', 'Fallback', 'trigger-any-message', {}, 'fallback'),
      replyWorkflow('opening-hours', 'Opening hours', 'trigger-keyword', { keywords: ['hours'], match: 'exact', interruptsWaitingRun: false }, 'We open at 9.'),
      // Ids in the opposite order to the names: the name decides.
      replyWorkflow('promo-a', 'Beta promo', 'trigger-keyword', { keywords: ['promo'], match: 'exact' }, 'beta'),
      replyWorkflow('promo-b', 'Alpha promo', 'trigger-keyword', { keywords: ['promo'], match: 'exact' }, 'alpha'),
      // Sorts before "FAQ menu": takes new friends, leaves unblocks to the FAQ.
      replyWorkflow('welcome', 'A welcome', 'trigger-follow', { includeUnblocked: false }, 'Welcome!'),
    ];
    for (const workflow of workflows) {
      expect((await t.api('POST', '/api/workflows', workflow)).status).toBe(201);
      expect((await t.api('POST', `/api/workflows/${workflow.id}/publish`)).status).toBe(201);
    }
  });
  afterAll(() => t.stop());

  it('`menu` as the first message gets the menu, not the language survey (keyword beats conversation-opened)', async () => {
    const user = 'Utrigger000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    expect(texts(user)).toEqual(['How can we help?']);
    expect((await runsOf(user)).map((r) => [r.workflowId, r.status])).toEqual([['faq-menu', 'waiting']]);
    // The message still opened a conversation.
    expect((await t.api('GET', `/api/conversations?contactId=${user}&status=open`)).body.conversations).toHaveLength(1);
  });

  it('any other first message gets the survey, not the any-message fallback (conversation-opened beats any-message)', async () => {
    const user = 'Utrigger000000000000000000000002';
    await t.webhook([lineEvent(t.line, user, textMessage('hello'))]);
    await messagesDelivered(t.line, user, 1);
    expect(texts(user)).toEqual(['Which language do you prefer?\nご希望の言語を選んでください。\nกรุณาเลือกภาษาที่ต้องการ']);
    expect((await runsOf(user)).map((r) => r.workflowId)).toEqual(['routing-by-language']);
  });

  it('a rich-menu postback `menu` as the first event gets the menu (postback-as-keyword beats conversation-opened)', async () => {
    const user = 'Utrigger000000000000000000000003';
    await t.webhook([lineEvent(t.line, user, postback('menu'))]);
    await messagesDelivered(t.line, user, 1);
    expect(texts(user)).toEqual(['How can we help?']);
  });

  it('in an open conversation a keyword beats any-message, and any-message takes the rest', async () => {
    const user = 'Utrigger000000000000000000000004';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, textMessage('Business hours'))]);
    await messagesDelivered(t.line, user, 2);
    await t.webhook([lineEvent(t.line, user, textMessage('hours'))]);
    await messagesDelivered(t.line, user, 3);
    await t.webhook([lineEvent(t.line, user, textMessage('thanks'))]);
    await messagesDelivered(t.line, user, 4);
    expect(texts(user).slice(2)).toEqual(['We open at 9.', 'fallback']);
  });

  it('an interrupting keyword takes the message from a waiting run', async () => {
    const user = 'Utrigger000000000000000000000005';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, textMessage('Menu'))]);
    await messagesDelivered(t.line, user, 2);
    expect(texts(user)).toEqual(['How can we help?', 'How can we help?']);
    expect((await runsOf(user)).map((r) => r.status)).toEqual(['interrupted', 'waiting']);
  });

  it.each([
    ['a non-interrupting keyword', textMessage('hours')],
    ['any other message', textMessage('what?')],
    ['a tapped postback that matches an interrupting keyword', postback('menu')],
  ])('the waiting run keeps %s', async (_what, body) => {
    const user = `Utrigger1${String(Math.random()).slice(2, 12).padEnd(22, '0')}`;
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, body)]);
    await messagesDelivered(t.line, user, 2);
    // The FAQ question got it as an answer that is no option, and asks again.
    expect(texts(user)).toEqual(['How can we help?', 'Please tap one of the buttons below.']);
    expect((await runsOf(user)).map((r) => [r.workflowId, r.status])).toEqual([['faq-menu', 'waiting']]);
  });

  it('two workflows with the same keyword: the first by name wins', async () => {
    const user = 'Utrigger000000000000000000000006';
    await t.webhook([lineEvent(t.line, user, textMessage('promo'))]);
    await messagesDelivered(t.line, user, 1);
    expect(texts(user)).toEqual(['alpha']);
  });

  it('a new friend gets the first follow workflow by name; an unblock only one that includes unblocks', async () => {
    const user = 'Utrigger000000000000000000000007';
    await t.webhook([lineEvent(t.line, user, { type: 'follow', follow: { isUnblocked: false } })]);
    await messagesDelivered(t.line, user, 1);
    expect(texts(user)).toEqual(['Welcome!']);
    await t.webhook([lineEvent(t.line, user, { type: 'unfollow' })]);
    await eventually(async () => (await t.runtime.services.store.contacts.get(user))?.isFriend === false);
    await t.webhook([lineEvent(t.line, user, { type: 'follow', follow: { isUnblocked: true } })]);
    await messagesDelivered(t.line, user, 2);
    expect(texts(user)).toEqual(['Welcome!', 'How can we help?']);
  });
});

describe('a conversation-opened workflow that ends at once hands the message on', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    const router = {
      schemaVersion: 1,
      id: 'quiet-router',
      name: 'Quiet router',
      settings: { timezone: 'Asia/Tokyo' },
      nodes: [
        { id: 'start', type: 'trigger-conversation-opened', position: { x: 0, y: 0 }, data: {} },
        { id: 'note', type: 'add-note', position: { x: 200, y: 0 }, data: { text: 'routed' } },
      ],
      edges: [{ id: 'e1', source: 'start', sourceHandle: 'next', target: 'note' }],
    };
    const workflows = [
      router,
      replyWorkflow('fallback', 'Fallback', 'trigger-any-message', {}, 'fallback'),
      replyWorkflow('hours', 'Hours', 'trigger-keyword', { keywords: ['hours'], match: 'exact' }, 'We open at 9.'),
    ];
    for (const workflow of workflows) {
      expect((await t.api('POST', '/api/workflows', workflow)).status).toBe(201);
      expect((await t.api('POST', `/api/workflows/${workflow.id}/publish`)).status).toBe(201);
    }
  });
  afterAll(() => t.stop());

  it('the router runs, then any-message answers the first message', async () => {
    const user = 'Uquietrouter00000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('hello'))]);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.textsTo(user)).toEqual(['fallback']);
    const runs = (await t.api('GET', `/api/runs?contactId=${user}`)).body.runs as { workflowId: string; status: string }[];
    expect(runs.map((r) => [r.workflowId, r.status])).toEqual([
      ['quiet-router', 'completed'],
      ['fallback', 'completed'],
    ]);
  });

  it('a keyword as the first message beats the router (it takes what the customer asked for)', async () => {
    const user = 'Uquietrouter00000000000000000002';
    await t.webhook([lineEvent(t.line, user, textMessage('hours'))]);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.textsTo(user)).toEqual(['We open at 9.']);
  });
});
