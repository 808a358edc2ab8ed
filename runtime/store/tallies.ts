/**
 * Counters that reports sum instead of reading every message or run: each is one row per key,
 * added to inside the commit that records what it counts, so a report never disagrees with the
 * inbox. Hours are UTC (`YYYY-MM-DDTHH`); reports turn them into days of the company's zone.
 */
export interface TallyKinds {
  /** Messages of one conversation in one hour; `agentId` is '' except for agents' messages. */
  messages: {
    key: { hour: string; conversationId: string; agentId: string };
    counts: 'received' | 'sentBot' | 'sentAgent' | 'reply' | 'push' | 'failed';
  };
  /** What happened at one step of one workflow version in one hour. */
  steps: {
    key: { hour: string; workflowId: string; version: number; stepId: string };
    counts: 'reached' | 'answered' | 'invalid' | 'timedOut' | 'dropped';
  };
  /** Contacts gained (by how they came) and lost (unfollowed: LINE's "block") in one hour. */
  contacts: {
    key: { hour: string; source: string };
    counts: 'created' | 'unfollowed';
  };
}

export type TallyKind = keyof TallyKinds;

export type Tally = {
  [K in TallyKind]: { kind: K; key: TallyKinds[K]['key']; add: Partial<Record<TallyKinds[K]['counts'], number>> };
}[TallyKind];

/** How each tally lies in a table (SQLite) or collection (MongoDB): its key columns and counters. */
export const tallySpecs: {
  [K in TallyKind]: { table: string; key: Record<keyof TallyKinds[K]['key'], string>; counts: Record<TallyKinds[K]['counts'], string> };
} = {
  messages: {
    table: 'message_hours',
    key: { hour: 'hour', conversationId: 'conversation_id', agentId: 'agent_id' },
    counts: { received: 'received', sentBot: 'sent_bot', sentAgent: 'sent_agent', reply: 'reply', push: 'push', failed: 'failed' },
  },
  steps: {
    table: 'step_hours',
    key: { hour: 'hour', workflowId: 'workflow_id', version: 'version', stepId: 'step_id' },
    counts: { reached: 'reached', answered: 'answered', invalid: 'invalid', timedOut: 'timed_out', dropped: 'dropped' },
  },
  contacts: {
    table: 'contact_hours',
    key: { hour: 'hour', source: 'source' },
    counts: { created: 'created', unfollowed: 'unfollowed' },
  },
};

/** The UTC hour a moment falls in, as tallies key it. */
export function tallyHour(at: Date | string): string {
  return (typeof at === 'string' ? at : at.toISOString()).slice(0, 13);
}

/** Adds tallies with the same key together, so a commit writes each row once. */
export function mergeTallies(tallies: Tally[]): Tally[] {
  const merged = new Map<string, Tally>();
  for (const tally of tallies) {
    const id = `${tally.kind}|${JSON.stringify(tally.key)}`;
    const known = merged.get(id);
    if (!known) {
      merged.set(id, { ...tally, add: { ...tally.add } } as Tally);
      continue;
    }
    const sums = known.add as Record<string, number>;
    for (const [field, by] of Object.entries(tally.add as Record<string, number>)) sums[field] = (sums[field] ?? 0) + by;
  }
  return [...merged.values()];
}
