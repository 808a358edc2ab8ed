import { describe, expect, it } from 'vitest';
import { diffReplies } from './replay-diff';

describe("a replay's comparison of one input's answers", () => {
  const m = (stepId: string, text: string) => ({ stepId, message: { type: 'text', text } });
  it('pairs equal messages as same, and says what changed, went missing or is new', () => {
    expect(diffReplies([m('a', 'Hi'), m('b', 'Menu')], [m('a', 'Hi'), m('b', 'Menu')]).map((r) => r.change)).toEqual(['same', 'same']);
    expect(diffReplies([m('a', 'Hi'), m('b', 'Menu')], [m('a', 'Hello'), m('b', 'Menu')]).map((r) => r.change)).toEqual(['changed', 'same']);
    expect(diffReplies([m('a', 'Hi'), m('b', 'Menu')], [m('x', 'New'), m('a', 'Hi'), m('b', 'Menu')]).map((r) => r.change)).toEqual(['new', 'same', 'same']);
    expect(diffReplies([m('a', 'Hi'), m('b', 'Menu')], [m('b', 'Menu')]).map((r) => r.change)).toEqual(['missing', 'same']);
    expect(diffReplies([], [m('a', 'Hi')])).toEqual([{ change: 'new', sent: null, draft: m('a', 'Hi') }]);
    // Key order and the customer's quote token are not differences.
    expect(diffReplies([{ stepId: 'a', message: { text: 'Hi', type: 'text', quoteToken: 'q1' } }], [m('a', 'Hi')])[0]?.change).toBe('same');
  });
});
