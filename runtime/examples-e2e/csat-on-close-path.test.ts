import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';
import { openConversation } from './example-agents';

describe('the "CSAT on close" example, published and driven over signed LINE webhooks', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('csat-on-close');
  });
  afterAll(() => t.stop());

  /** A customer writes, an agent closes the conversation: the survey arrives by push. */
  async function surveyAfterClose(user: string): Promise<{ conversationId: string; survey: any }> {
    await t.webhook([lineEvent(t.line, user, textMessage('My parcel has not arrived'))]);
    const conversation = await eventually(() => openConversation(t, user));
    expect((await t.api('POST', `/api/conversations/${conversation.id}/close`)).status).toBe(202);
    const [survey] = await messagesDelivered(t.line, user, 1);
    return { conversationId: conversation.id, survey };
  }

  it('asks 1 to 5 with labelled ends; a middling 3 is asked what could be better, and both answers are kept', async () => {
    const user = 'Ucsatpath00000000000000000000001';
    const { conversationId, survey } = await surveyAfterClose(user);
    expect(survey.text).toBe('How satisfied are you with our support?');
    expect(survey.quickReply.items.map((i: any) => i.action.label)).toEqual(['1 Poor', '2', '3', '4', '5 Excellent']);
    await t.webhook([lineEvent(t.line, user, postback(survey.quickReply.items[2].action.data))]);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)[1]).toBe('What could we have done better?');
    await t.webhook([lineEvent(t.line, user, textMessage('Tell me the tracking number sooner'))]);
    await messagesDelivered(t.line, user, 3);
    expect(t.line?.textsTo(user)[2]).toBe('Thank you for telling us. We will use it to do better.');
    const [csat] = await t.runtime.services.store.csatResponses.find({ contactId: user });
    expect(csat).toMatchObject({ score: 3, scale: 5, conversationId, workflowId: 'csat-on-close' });
    const run = (await t.api('GET', `/api/runs?contactId=${user}`)).body.runs.find((r: any) => r.workflowId === 'csat-on-close');
    expect(run.vars).toMatchObject({ csat: 3, improvement: 'Tell me the tracking number sooner' });
  });

  it('thanks a happy customer at once, for a typed full-width score too', async () => {
    const user = 'Ucsatpath00000000000000000000002';
    await surveyAfterClose(user);
    await t.webhook([lineEvent(t.line, user, textMessage('４'))]);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)[1]).toBe('Thank you for your rating!');
    expect((await t.runtime.services.store.csatResponses.find({ contactId: user }))[0]?.score).toBe(4);
  });
});
