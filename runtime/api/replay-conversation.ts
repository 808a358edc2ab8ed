import { randomUUID } from 'node:crypto';
import type { ReplayResult } from '../../shared/api/runs-api';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import type { RuntimeServices } from '../app/runtime-services';
import { newContact } from '../engine/new-contact';
import { testContactPrefix } from '../engine/published-workflows';
import type { InboundEvent } from '../queue/inbound-event';
import { HttpError } from './http-error';
import { diffReplies } from './replay-diff';
import { originalConversation, type ReplayStep, type SentMessage } from './replay-inputs';
import { settleReplay } from './settle-replay';

/** A replay answers within this time; inputs it did not reach are said so (`complete: false`). */
export const replayTimeLimitMs = 20_000;

/**
 * Re-runs a conversation's customer inputs against the workflow's draft, as it is now, and lines
 * up what the draft answers with what was sent. It runs in the test chat's sandbox: a throwaway
 * test contact (`sim-test-replay-…`) bound to a snapshot of the draft, on the simulated channel,
 * so nothing goes to LINE and the real contact is not touched. It goes through the same queue
 * and engine as everything else, one input at a time, each once the previous one is handled (its
 * messages sent, its HTTP calls answered; a wait step is skipped as the test chat can). The
 * contact starts with the customer's name and language, so templates render as they did; not
 * with their fields and tags, which the conversation may itself have set. HTTP steps call their
 * URL for real, as in the test chat.
 */
export async function replayConversation(services: RuntimeServices, workflowId: string, conversationId: string): Promise<ReplayResult> {
  const { store } = services;
  const record = await store.workflows.get(workflowId);
  if (!record) throw new HttpError(404, `No workflow "${workflowId}"`);
  const conversation = await store.conversations.get(conversationId);
  if (!conversation) throw new HttpError(404, `No conversation "${conversationId}"`);
  const checked = validateWorkflow(record.draft, { companyBusinessHours: (await services.workflows.companyBusinessHours()) !== null });
  if (!checked.ok) throw new HttpError(400, `The draft has ${checked.errors.length} error(s); fix them to replay against it`, { problems: checked.errors });
  const original = await originalConversation(store, conversation, workflowId);
  if (original.steps.length === 0) throw new HttpError(409, 'This conversation has no customer input to replay');

  const contactId = `${testContactPrefix}replay-${randomUUID().slice(0, 12)}`;
  const now = new Date();
  await store.testSessions.put({ id: contactId, workflowId, version: -now.getTime(), document: record.draft, createdAt: now.toISOString() });
  const customer = await store.contacts.get(conversation.contactId);
  await store.contacts.insert({
    ...newContact(contactId, now, 'message'),
    displayName: customer?.displayName ?? 'Test user',
    ...(customer?.language ? { language: customer.language } : {}),
    profileFetchedAt: now.toISOString(),
  });

  const deadline = Date.now() + replayTimeLimitMs;
  const draft: SentMessage[][] = [];
  const notes: (string | null)[] = [];
  let seen = 0;
  let note: string | null = original.skipped ? `${original.skipped} input(s) were not replayed (unsent by the customer, or past the first 50)` : null;
  try {
    for (const step of original.steps) {
      const started = await start(services, contactId, step);
      const settled = started.eventId ? await settleReplay(services, contactId, started.eventId, deadline) : true;
      const messages = await store.messages.find({ contactId }, { sort: { at: 1, id: 1 } });
      const bot = messages.filter((m) => m.direction === 'out' && m.author === 'bot');
      draft.push(bot.slice(seen).map((m) => ({ stepId: m.stepId ?? null, message: m.content as SentMessage['message'] })));
      seen = bot.length;
      notes.push(started.note);
      if (!settled) {
        note = `The replay stopped at input ${draft.length} of ${original.steps.length}: the draft had not finished answering it after ${replayTimeLimitMs / 1000} s`;
        break;
      }
    }
  } finally {
    // The test contact keeps its messages (like the test chat's); its snapshot of the draft goes.
    await store.testSessions.remove(contactId);
  }

  const inputs: ReplayResult['inputs'] = [];
  if (original.start.length) {
    const rows = diffReplies(original.start, []);
    inputs.push({ index: 0, input: { kind: 'start' }, rows, note: 'Sent before any input of the customer (a shortcut, an incoming webhook…): not replayed' });
  }
  original.steps.slice(0, draft.length).forEach((step, i) => {
    inputs.push({ index: inputs.length, input: shown(step), rows: diffReplies(original.sent[i] ?? [], draft[i] ?? []), note: notes[i] ?? null });
  });
  const summary = { same: 0, changed: 0, missing: 0, new: 0 };
  let firstDivergence: ReplayResult['firstDivergence'] = null;
  for (const input of inputs) {
    for (const row of input.rows) {
      summary[row.change]++;
      if (row.change !== 'same' && !firstDivergence && input.input.kind !== 'start')
        firstDivergence = { input: input.index, stepId: (row.draft ?? row.sent)?.stepId ?? null };
    }
  }
  return { conversationId, workflowId, replayContactId: contactId, complete: draft.length === original.steps.length, note, inputs, summary, firstDivergence };
}

/** Files one input for the test contact; a timeout fires the timer of the question the draft waits on, if it waits. */
async function start(services: RuntimeServices, contactId: string, step: ReplayStep): Promise<{ eventId: string | null; note: string | null }> {
  const now = Date.now();
  const base = { id: `replay-${randomUUID()}`, contactId, timestamp: now, receivedAt: now, replyToken: randomUUID().replace(/-/g, '') };
  let event: InboundEvent;
  if (step.kind === 'timeout') {
    const run = (await services.store.contacts.get(contactId))?.engine.run;
    if (!run || run.status !== 'waiting' || run.timer?.reason !== 'timeout')
      return { eventId: null, note: 'The question timed out here; the draft was not waiting for an answer' };
    event = { kind: 'timer', id: run.timer.id, contactId, timestamp: now, receivedAt: now, runId: run.id, visit: run.visit, reason: 'timeout' };
  } else if (step.kind === 'follow') event = { ...base, kind: 'follow', unblocked: false };
  else if (step.kind === 'postback') {
    event = {
      ...base,
      kind: 'postback',
      data: step.data ?? '',
      ...(step.displayText ? { displayText: step.displayText } : {}),
      ...(step.params ? { params: step.params } : {}),
    };
  } else event = { ...base, kind: 'message', message: { ...(step.message ?? {}), type: typeof step.message?.type === 'string' ? step.message.type : 'text' } };
  await services.queue.enqueue(event);
  return { eventId: event.id, note: null };
}

function shown(step: ReplayStep): ReplayResult['inputs'][number]['input'] {
  if (step.kind === 'text') return { kind: 'text', text: step.text ?? '' };
  if (step.kind === 'postback') return { kind: 'postback', data: step.data ?? '', ...(step.displayText ? { text: step.displayText } : {}) };
  if (step.kind === 'message') return { kind: 'message', text: `(${typeof step.message?.type === 'string' ? step.message.type : 'message'})` };
  return { kind: step.kind };
}
