import type { Store } from '../store/store';
import { describeTimeline, type TimelineEntry, type TimelineFact } from '../../shared/timeline/describe-timeline';

/**
 * A conversation's history from the facts recorded with each change (conversation events, CSAT
 * answers), in words, oldest first. Reads by the conversation's indexes; names come from the users.
 */
export async function conversationTimeline(store: Store, conversationId: string): Promise<TimelineEntry[]> {
  const [events, ratings] = await Promise.all([
    store.conversationEvents.find({ conversationId }, { sort: { at: 1, id: 1 } }),
    store.csatResponses.find({ conversationId }, { sort: { at: 1 } }),
  ]);
  const facts: TimelineFact[] = [
    ...events.map(({ conversationId: _c, contactId: _contact, test: _t, summary: _s, ...event }) => event),
    ...ratings.map((r): TimelineFact => ({ id: r.id, at: r.at, kind: 'rated', by: 'customer', score: r.score, scale: r.scale })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const userIds = new Set(facts.flatMap((f) => [f.byUserId, f.assignee]).filter((id): id is string => typeof id === 'string'));
  const names = new Map<string, string>();
  for (const id of userIds) {
    const user = await store.users.get(id);
    if (user) names.set(id, user.name);
  }
  return describeTimeline(facts, (id) => names.get(id));
}
