import { describe, expect, it } from 'vitest';
import { describeTimeline, type TimelineFact } from './describe-timeline';
import { renderTimeline } from './timeline-message';

const names: Record<string, string> = { u1: 'Ana', u2: 'Ben' };
const at = (minute: number) => `2026-11-26T10:${String(minute).padStart(2, '0')}:00.000Z`;
const fact = (minute: number, rest: Omit<TimelineFact, 'id' | 'at'>): TimelineFact => ({ id: `f${minute}`, at: at(minute), ...rest });

describe('a conversation history in words', () => {
  it('tells who took it, who moved it, through what, and who left it unassigned', () => {
    const texts = describeTimeline(
      [
        fact(1, { kind: 'opened', by: 'follow' }),
        fact(2, { kind: 'assigned', by: 'agent', byUserId: 'u1', assignee: 'u1', team: null }),
        fact(3, { kind: 'assigned', by: 'api', byUserId: null, assignee: 'u2', team: 'Billing' }),
        fact(4, { kind: 'tagged', by: 'workflow', tag: 'refund', workflowName: 'Refunds' }),
        fact(5, { kind: 'untagged', by: 'api', tag: 'refund' }),
        fact(6, { kind: 'assigned', by: 'agent', byUserId: 'u1', assignee: null, team: null }),
        fact(7, { kind: 'closed', by: 'workflow', category: null }),
        fact(8, { kind: 'reopened', by: 'agent', byUserId: 'gone', assignee: 'gone' }),
        fact(9, { kind: 'rated', score: 2, scale: 5 }),
      ],
      (id) => names[id],
    ).map((entry) => entry.text);
    expect(texts).toEqual([
      'The customer followed the account',
      'Ana took it',
      'Transferred from Ana to Ben (team Billing) through the API',
      'The “Refunds” workflow added the tag “refund”',
      'The API removed the tag “refund”',
      'Unassigned from Ben by Ana',
      'Closed by a workflow',
      // A person deleted since is "someone", not an id.
      'Reopened by someone',
      'The customer rated 2/5',
    ]);
  });

  it('gives each entry a key and values, so the inbox can say it in the person’s language', () => {
    const [taken, transferred] = describeTimeline(
      [
        fact(1, { kind: 'assigned', by: 'agent', byUserId: 'u1', assignee: 'u1', team: null }),
        fact(2, { kind: 'assigned', by: 'workflow', assignee: 'gone', team: 'Billing', workflowName: 'Refunds', stepName: 'Hand over' }),
      ],
      (id) => names[id],
    ).map((entry) => entry.message);
    expect(taken).toEqual({ key: 'tookIt', params: { name: 'Ana', team: '' } });
    expect(transferred).toEqual({
      key: 'transferred',
      params: {
        from: 'Ana',
        to: { key: 'someone' },
        team: { key: 'team', params: { team: 'Billing' } },
        by: { key: 'byWorkflowStep', params: { workflow: 'Refunds', step: 'Hand over' } },
      },
    });
    // Another language orders the phrases within its own sentence.
    const japanese: Record<string, string> = {
      transferred: '{{by}}が{{from}}から{{to}}に転送{{team}}',
      someone: '誰か',
      team: '（{{team}}）',
      byWorkflowStep: '「{{workflow}}」（{{step}}）',
    };
    const fill = (key: string, params: Record<string, string | number>) =>
      (japanese[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(params[n]));
    expect(renderTimeline(transferred, fill)).toBe('「Refunds」（Hand over）がAnaから誰かに転送（Billing）');
  });
});
