import { eventually, lineEvent, messagesDelivered, postback, textMessage, type TestRuntime } from '../../testing/test-runtime';
import { signIn, type AgentSession } from '../../testing/agent-session';

export const customers = {
  /** Writes, is assigned by Aiko to herself, answered by her, closed by her as Billing, rates 4. */
  billing: 'Ureport0000000000000000000000001',
  /** Follows, asks for the menu, taps "agent": the workflow assigns; the agent answers; closed by the API as Delivery, rates 2. */
  delivery: 'Ureport0000000000000000000000002',
  /** Writes and waits: nobody answers, the conversation stays open. */
  waiting: 'Ureport0000000000000000000000003',
  /** Follows, then unfollows (blocks). */
  leaver: 'Ureport0000000000000000000000004',
};

export interface SupportDay {
  aiko: { id: string; session: AgentSession };
  ben: { id: string; session: AgentSession };
  conversations: { billing: string; delivery: string; waiting: string };
  testChatContact: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A small support day through the real runtime: customers write over (fake) LINE, workflows
 * assign, agents signed in to the inbox reply and close with categories, customers answer CSAT,
 * and a test chat runs a draft (which reports must never count).
 */
export async function driveSupportDay(t: TestRuntime): Promise<SupportDay> {
  await t.publishExample('faq-menu');
  await t.publishExample('csat-on-close');
  await t.api('PUT', '/api/settings/categories', { categories: ['Billing', 'Delivery', 'Other'], required: false });
  const password = 'a long agent password 1';
  const aikoId = (await t.api('POST', '/api/users', { email: 'aiko@example.com', name: 'Aiko', teams: ['Support'], status: 'online', password })).body.id;
  const benId = (await t.api('POST', '/api/users', { email: 'ben@example.com', name: 'Ben', teams: ['Support', 'English'], status: 'online', password })).body
    .id;
  const aiko = { id: aikoId as string, session: await signIn(t.url, 'aiko@example.com', password) };
  const ben = { id: benId as string, session: await signIn(t.url, 'ben@example.com', password) };
  const openOf = async (user: string) =>
    eventually(async () => (await t.api('GET', `/api/conversations?contactId=${user}&status=open`)).body.conversations[0]?.id as string | undefined);

  // Billing: Aiko takes it, answers after a while, tags the customer, closes it as Billing.
  await t.webhook([lineEvent(t.line, customers.billing, textMessage('My invoice is wrong'))]);
  const billing = await openOf(customers.billing);
  await t.webhook([lineEvent(t.line, customers.billing, textMessage('It shows 3 items'))]);
  await aiko.session.call('POST', `/api/conversations/${billing}/assign`, { userId: aiko.id, team: 'Support' });
  await pause(1200);
  await aiko.session.call('POST', `/api/conversations/${billing}/messages`, { text: 'Sorry! Let me check.' });
  await aiko.session.call('POST', `/api/conversations/${billing}/tags`, { tag: 'vip' });
  await messagesDelivered(t.line, customers.billing, 1);
  await aiko.session.call('POST', `/api/conversations/${billing}/messages`, { text: 'Fixed: 2 items.' });
  await messagesDelivered(t.line, customers.billing, 2);
  expect202(await aiko.session.call('POST', `/api/conversations/${billing}/close`, { category: 'Billing', summary: 'Invoice had a duplicate line' }));
  const billingRating = (await messagesDelivered(t.line, customers.billing, 3))[2];
  await t.webhook([lineEvent(t.line, customers.billing, postback(billingRating.quickReply.items[3].action.data))]);
  await messagesDelivered(t.line, customers.billing, 4);

  // Delivery: follow (the menu), tap "agent": the workflow assigns round robin; whoever got it answers.
  await t.webhook([lineEvent(t.line, customers.delivery, { type: 'follow', follow: { isUnblocked: false } })]);
  const menu = (await messagesDelivered(t.line, customers.delivery, 1))[0];
  // Not a button: the menu asks again (outside any conversation: none is open yet).
  await t.webhook([lineEvent(t.line, customers.delivery, textMessage('Where is my parcel?'))]);
  await messagesDelivered(t.line, customers.delivery, 2);
  const agentChoice = (menu.quickReply.items as { action: { label: string; data: string } }[]).find((i) => i.action.label === 'Talk to an agent');
  if (!agentChoice) throw new Error('the menu has no "Talk to an agent" button');
  await t.webhook([lineEvent(t.line, customers.delivery, postback(agentChoice.action.data))]);
  await messagesDelivered(t.line, customers.delivery, 3);
  const delivery = await openOf(customers.delivery);
  const assigned = await eventually(async () => (await t.api('GET', `/api/conversations/${delivery}`)).body.conversation.assignee as string | null);
  const answering = assigned === aiko.id ? aiko : ben;
  await pause(600);
  await answering.session.call('POST', `/api/conversations/${delivery}/messages`, { text: 'It left the warehouse today.' });
  await messagesDelivered(t.line, customers.delivery, 4);
  expect202(await t.api('POST', `/api/conversations/${delivery}/close`, { category: 'Delivery' }));
  const deliveryRating = (await messagesDelivered(t.line, customers.delivery, 5))[4];
  await t.webhook([lineEvent(t.line, customers.delivery, postback(deliveryRating.quickReply.items[1].action.data))]);
  await messagesDelivered(t.line, customers.delivery, 6);

  // Waiting: writes twice, nobody answers.
  await t.webhook([lineEvent(t.line, customers.waiting, textMessage('Hello?'))]);
  const waiting = await openOf(customers.waiting);
  await t.webhook([lineEvent(t.line, customers.waiting, textMessage('Anyone there?'))]);

  // Leaver: follows (gets the menu), then blocks the account.
  await t.webhook([lineEvent(t.line, customers.leaver, { type: 'follow', follow: { isUnblocked: false } })]);
  await messagesDelivered(t.line, customers.leaver, 1);
  await t.webhook([lineEvent(t.line, customers.leaver, { type: 'unfollow' })]);

  // A test chat of the FAQ draft: a real conversation in the simulator that reports never count.
  const testChatContact = (await t.api('POST', '/api/workflows/faq-menu/test')).body.contactId as string;
  await t.api('POST', `/api/simulator/contacts/${testChatContact}/messages`, { text: 'menu' });
  // The inbox's list never shows test contacts: wait for the draft's answer in the test chat itself.
  await eventually(async () =>
    ((await t.api('GET', `/api/simulator/contacts/${testChatContact}/messages`)).body.messages as { direction: string }[]).some((m) => m.direction === 'out'),
  );

  // Everything above went through queues: wait until each contact's last event is applied.
  await eventually(async () => {
    const detail = (await t.api('GET', `/api/conversations/${waiting}`)).body;
    const leaver = (await t.api('GET', `/api/inbound-events?contactId=${customers.leaver}`)).body;
    return (detail.messages as { direction: string }[]).filter((m) => m.direction === 'in').length === 2 && JSON.stringify(leaver).includes('unfollow');
  });
  return { aiko, ben, conversations: { billing, delivery, waiting }, testChatContact };
}

function expect202(answer: { status: number; body: unknown }): void {
  if (answer.status !== 202) throw new Error(`expected 202, got ${answer.status} ${JSON.stringify(answer.body)}`);
}
