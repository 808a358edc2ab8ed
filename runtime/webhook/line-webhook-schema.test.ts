import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lineEvent, postback, textMessage } from '../testing/test-runtime';
import { eventLimitProblem } from './event-limits';
import { lineEventSchemaProblem } from './line-webhook-schema';

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../testing/fixtures/line/${name}.json`, import.meta.url), 'utf8')).events as unknown[];
const base = { mode: 'active', timestamp: 1764000000000, webhookEventId: '01JDQ8Y3A1B2C3D4E5F6G7H8J9', deliveryContext: { isRedelivery: false } };

describe("LINE's webhook schema, compiled from LINE's OpenAPI file", () => {
  it("accepts LINE's sample events and the test helpers' events", () => {
    const events = [...['follow', 'message-text', 'postback', 'redelivery', 'unfollow'].flatMap(fixture)];
    events.push(lineEvent(undefined, 'U1', textMessage('hi')), lineEvent(undefined, 'U1', postback('a=1')));
    for (const event of events) expect(lineEventSchemaProblem(event)).toBeNull();
    for (const event of events) expect(eventLimitProblem(event)).toBeNull();
  });

  it('applies each subtype through the discriminator, several levels down', () => {
    expect(lineEventSchemaProblem({ ...base, type: 'unsend', source: { type: 'user', userId: 'U1' } })).toMatch(/required property 'unsend'/);
    expect(lineEventSchemaProblem({ ...base, type: 'unsend', source: { type: 'user', userId: 'U1' }, unsend: { messageId: '1' } })).toBeNull();
    expect(lineEventSchemaProblem({ ...base, type: 'leave', source: { type: 'room' } })).toMatch(/\/source must have required property 'roomId'/);
    const message = { id: '1', type: 'text', text: 'hi @all', quoteToken: 'q', mention: { mentionees: [{ type: 'all', index: 3, length: 4 }] } };
    expect(lineEventSchemaProblem({ ...base, type: 'message', replyToken: 'r', message })).toBeNull();
    expect(
      lineEventSchemaProblem({ ...base, type: 'message', replyToken: 'r', message: { ...message, mention: { mentionees: [{ type: 'all', index: 3 }] } } }),
    ).toMatch(/mentionees\/0 must have required property 'length'/);
  });

  it('lets a type LINE adds later through on the common part, for the engine to keep as ignored', () => {
    expect(lineEventSchemaProblem({ ...base, type: 'teleport', teleport: { to: 'moon' } })).toBeNull();
    expect(lineEventSchemaProblem({ ...base, type: 'teleport', mode: 'sideways' })).toMatch(/\/mode must be equal to one of the allowed values/);
  });
});
