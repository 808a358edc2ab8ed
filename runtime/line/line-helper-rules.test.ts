import { describe, expect, it } from 'vitest';
import { loadingSeconds } from '../effects/show-loading';
import { stepLineOptions } from '../engine/step-line-options';
import type { RunState } from '../store/records';
import { toInboundEvent } from '../webhook/to-inbound-event';
import { agentSender, senderName } from './agent-sender';
import { senderIconUrlProblem } from './line-helper-settings';

describe("LINE's rules for its helpers", () => {
  it('asks for a loading animation LINE accepts: 5 to 60 seconds in steps of 5, covering the wait', () => {
    expect([0, 1, 5000, 5001, 12_000, 30_000, 59_000, 600_000].map(loadingSeconds)).toEqual([5, 5, 5, 10, 15, 30, 60, 60]);
  });

  it("keeps an agent's name LINE would take, and leaves out one it would refuse", () => {
    expect(senderName('Aoi')).toBe('Aoi');
    expect(senderName('  Ana María Fernández de la Torre ')).toBe('Ana María Fernández');
    // 19 letters and an emoji: the emoji's two UTF-16 units would pass 20, and half of it is never sent.
    expect(senderName(`${'a'.repeat(19)}😀`)).toBe('a'.repeat(19));
    expect(senderName('LINE support')).toBeUndefined();
    expect(senderName('ＬＩＮＥ担当')).toBeUndefined();
    expect(senderName('Caroline')).toBeUndefined();
    expect(senderName('   ')).toBeUndefined();
    expect(agentSender('LINE bot', null)).toBeUndefined();
    expect(agentSender('LINE bot', 'https://example.com/i.png')).toEqual({ iconUrl: 'https://example.com/i.png' });
  });

  it('takes only HTTPS sender icons of at most 2,000 characters', () => {
    expect(senderIconUrlProblem('https://example.com/icon.png')).toBeNull();
    expect(senderIconUrlProblem('http://example.com/icon.png')).toMatch(/https/);
    expect(senderIconUrlProblem('icon.png')).toMatch(/full https/);
    expect(senderIconUrlProblem('https://example.com/my icon.png')).toMatch(/spaces/);
    expect(senderIconUrlProblem(`https://example.com/${'a'.repeat(2000)}`)).toMatch(/2000/);
  });

  it("quotes the run's trigger on the first text or sticker only when the step asks, and makes its request silent", () => {
    const run = { quoteToken: 'q-1' } as RunState;
    const messages = [
      { type: 'image', originalContentUrl: 'https://e.com/a.png', previewImageUrl: 'https://e.com/a.png' },
      { type: 'text', text: 'a' },
      { type: 'text', text: 'b' },
    ];
    const quoted = stepLineOptions({ quoteTrigger: true, notificationDisabled: true }, run, messages);
    expect(quoted.messages.map((m) => m.quoteToken)).toEqual([undefined, 'q-1', undefined]);
    expect(quoted.request).toEqual({ notificationDisabled: true });
    expect(stepLineOptions({}, run, messages)).toEqual({ messages, request: {} });
    expect(stepLineOptions({ quoteTrigger: true }, { ...run, quoteToken: undefined }, messages).messages).toBe(messages);
  });

  it('turns standby messages and unsends into events, and nothing else of standby mode', () => {
    const base = { webhookEventId: '01X', timestamp: 1, source: { type: 'user', userId: 'U1' }, deliveryContext: { isRedelivery: true } };
    const standby = toInboundEvent({ ...base, type: 'message', mode: 'standby', replyToken: 'r', message: { id: '1', type: 'text', text: 'hi' } }, 2);
    expect(standby).toMatchObject({ event: { kind: 'message', standby: true, redelivery: true } });
    expect('event' in standby ? standby.event : null).not.toHaveProperty('replyToken');
    expect(toInboundEvent({ ...base, type: 'unsend', mode: 'standby', unsend: { messageId: '1' } }, 2)).toMatchObject({
      event: { kind: 'unsend', messageId: '1' },
    });
    expect(toInboundEvent({ ...base, type: 'follow', mode: 'standby' }, 2)).toEqual({ ignored: 'standby mode: another channel has the chat' });
    expect(toInboundEvent({ ...base, type: 'unsend', mode: 'active', unsend: {} }, 2)).toEqual({ ignored: 'unsend without a messageId' });
  });
});
