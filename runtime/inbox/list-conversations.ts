import type { Filter } from '../store/collection';
import type { ConversationRecord } from '../store/records';
import type { Store } from '../store/store';
import { afterCursor, decodeCursor, encodeCursor } from './list-cursor';
import { isSnoozed } from './is-snoozed';
import { listRows, type Row } from './list-rows';

/** Rows per page. */
export const listPageSize = 50;
/** Pins, follow-up marks and running snoozes read at once: an account has a handful, not thousands. */
const marksRead = 1000;
/** Messages read from the search index for one search; their conversations make the answer. */
const hitsRead = 400;

export interface ListQuery {
  status: 'open' | 'snoozed' | 'closed' | 'all';
  /** A user id, or null for unassigned; absent: anyone. */
  assignee?: string | null;
  team?: string;
  tag?: string;
  category?: string;
  channel?: string;
  contactId?: string;
  followUp?: boolean;
  q?: string;
  cursor?: string;
}

/**
 * The inbox list, by indexed finds only: the page of conversations (status, assignee, team,
 * channel or category index, latest message first), then the marks, contacts and the caller's
 * read markers of just those rows. Snoozes are decided here: one is running while its time is
 * ahead and the customer has not written since it was set. Test conversations are never listed.
 */
export async function listConversations(store: Store, agentId: string | null, query: ListQuery, now: Date) {
  const filter = baseFilter(query);
  const nowIso = now.toISOString();
  const snoozes = new Map((await store.conversationFlags.find({ snoozedUntil: { $gt: nowIso } }, { limit: marksRead })).map((f) => [f.id, f]));
  const snoozed = (c: ConversationRecord) => isSnoozed(c, snoozes.get(c.id));
  // Nothing is pushed when a snooze ends: the list is told when the next one does and reads itself again then.
  const snoozeEndsAt = [...snoozes.values()].reduce<string | null>(
    (first, f) => (f.snoozedUntil && (!first || f.snoozedUntil < first) ? f.snoozedUntil : first),
    null,
  );
  const keep = (c: ConversationRecord) => (query.status === 'open' ? !snoozed(c) : query.status === 'snoozed' ? snoozed(c) : true);
  if (query.followUp) {
    const marked = await store.conversationFlags.find({ followUp: true }, { limit: marksRead });
    filter.id = { $in: marked.map((f) => f.id) };
  }

  if (query.q !== undefined) {
    const hits = await store.messageSearch.search(query.q, { limit: hitsRead });
    const firstHit = new Map<string, (typeof hits)[number]>();
    for (const hit of hits) if (!firstHit.has(hit.conversationId)) firstHit.set(hit.conversationId, hit);
    const ids = [...firstHit.keys()].slice(0, listPageSize);
    const found = await findAmong(store, andIds(filter, ids));
    const byId = new Map(found.filter(keep).map((c) => [c.id, c]));
    const ordered = ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as ConversationRecord] : []));
    return { conversations: await listRows(store, agentId, ordered, snoozes, firstHit), nextCursor: null, snoozeEndsAt };
  }

  if (query.status === 'snoozed') {
    const found = await findAmong(store, andIds(filter, [...snoozes.keys()]));
    return { conversations: await listRows(store, agentId, found.filter(keep), snoozes), nextCursor: null, snoozeEndsAt };
  }

  const pins = (await store.conversationFlags.find({ pinned: true }, { limit: marksRead })).map((f) => f.id);
  const pinned: ConversationRecord[] = [];
  if (!query.cursor && pins.length) {
    pinned.push(...(await findAmong(store, andIds(filter, pins))).filter(keep));
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null;
  const pageFilter: Filter = { ...filter, ...(cursor ? { lastMessageAt: { $lte: cursor.at } } : {}) };
  if (pins.length) pageFilter.id = filter.id ? { $in: (filter.id as { $in: string[] }).$in.filter((id) => !pins.includes(id)) } : { $nin: pins };
  // Read past the page by the rows that may be dropped: running snoozes, and ties at the cursor's time.
  const fetchLimit = listPageSize + 1 + (query.status === 'open' ? snoozes.size : 0) + (cursor ? 20 : 0);
  const narrowed = (pageFilter.id as { $in?: string[] } | undefined)?.$in;
  const fetched = narrowed?.length === 0 ? [] : await store.conversations.find(pageFilter, { sort: { lastMessageAt: -1, id: -1 }, limit: fetchLimit });
  const rows = fetched.filter((c) => (!cursor || afterCursor(c, cursor)) && keep(c));
  const page = rows.slice(0, listPageSize);
  const more = rows.length > listPageSize || fetched.length === fetchLimit;
  const last = page.at(-1);
  return {
    conversations: await listRows(store, agentId, [...pinned, ...page], snoozes),
    nextCursor: more && last ? encodeCursor({ at: last.lastMessageAt, id: last.id }) : null,
    snoozeEndsAt,
  };
}

export type { Row };

function baseFilter(query: ListQuery): Filter {
  const filter: Filter = { test: { $ne: true } };
  if (query.status === 'open' || query.status === 'snoozed') filter.status = 'open';
  else if (query.status === 'closed') filter.status = 'closed';
  if (query.assignee !== undefined) filter.assignee = query.assignee;
  if (query.team !== undefined) filter.team = query.team;
  if (query.tag !== undefined) filter.tags = query.tag;
  if (query.category !== undefined) filter.category = query.category;
  if (query.channel !== undefined) filter.channelId = query.channel;
  if (query.contactId !== undefined) filter.contactId = query.contactId;
  return filter;
}

/** Conversations among a filter's ids (none: no query), latest message first. */
function findAmong(store: Store, filter: Filter): Promise<ConversationRecord[]> {
  if ((filter.id as { $in: string[] }).$in.length === 0) return Promise.resolve([]);
  return store.conversations.find(filter, { sort: { lastMessageAt: -1, id: -1 } });
}

/** The filter narrowed to these ids (and to the ids it already had). */
function andIds(filter: Filter, ids: string[]): Filter {
  const had = (filter.id as { $in: string[] } | undefined)?.$in;
  return { ...filter, id: { $in: had ? ids.filter((id) => had.includes(id)) : ids } };
}
