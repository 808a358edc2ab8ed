import { contactId } from '../store/sample-records';
import { SeededRandom } from '../store/seeded-random';
import { contactTags, hourMs, liveVersion, seedEnd, seedStart, tokyoClock, type Language } from './bench-world';
import { messageSkeleton } from './message-sketch';
import { planConversation, type CsatPlan, type PlannedContact, type PlannedConversation } from './plan-conversation';
import { apportion, chooseExactly, logNormal, weighted } from './random-shapes';

export interface SeedSize {
  conversations: number;
  contacts: number;
  messages: number;
  csat: number;
}

export interface SeedPlan {
  contacts: PlannedContact[];
  conversations: PlannedConversation[];
}

/** Busy hours in Tokyo: quiet at night, a peak in the morning and another after work. */
const hourWeights = [0.25, 0.15, 0.1, 0.08, 0.08, 0.12, 0.25, 0.45, 0.75, 1, 1, 0.95, 0.9, 1, 1, 0.95, 0.9, 0.85, 0.85, 0.95, 1, 0.9, 0.7, 0.45];

/**
 * Draws the whole year before anything is written: when conversations open (more on weekdays and
 * in the day, a business that grows), who opens them (the first one of each contact creates it),
 * what happens in each, which get a CSAT question and answer (exact counts), and how many messages
 * each holds (adding up to exactly `messages`).
 */
export function planSeed(size: SeedSize, seed = 20260630): SeedPlan {
  const random = new SeededRandom(seed);
  const times = openingTimes(random, size.conversations);
  const contacts: PlannedContact[] = [];
  const conversations: PlannedConversation[] = [];
  let newLeft = size.contacts - 1;
  for (let i = 0; i < times.length; i++) {
    const t = times[i];
    const isNew = i === 0 || (newLeft > 0 && random.next() * (times.length - i) < newLeft);
    if (isNew && i > 0) newLeft--;
    const contact = isNew ? plannedContact(random, contacts.length, t) : freeContact(random, contacts, t);
    if (isNew) contacts.push(contact);
    const conversation = planConversation(random, i, t, contact, isNew);
    contact.busyUntil = conversation.closedAt ?? Number.POSITIVE_INFINITY;
    contact.lastActivity = Math.max(contact.lastActivity, conversation.endAt);
    contact.openConversationId = conversation.closedAt === null ? conversation.id : null;
    conversations.push(conversation);
  }
  for (const contact of contacts)
    if (contact.openConversationId === null && random.chance(0.1))
      contact.unfollowedAt = contact.lastActivity + random.next() * (seedEnd - contact.lastActivity);

  const eligible = conversations.filter((c) => c.closedAt !== null && c.closedAt < seedEnd - 2 * hourMs && c.firstCustomerAt !== null);
  const asked = chooseExactly(random, eligible, Math.round(size.csat / 0.72));
  const answered = new Set(chooseExactly(random, asked, size.csat));
  for (const c of asked) c.csat = planCsat(random, c, answered.has(c));

  const minimum = conversations.map((c) => messageSkeleton(c).length);
  const extra = size.messages - minimum.reduce((a, b) => a + b, 0);
  if (extra < 0) throw new Error(`${size.messages} messages are fewer than the ${size.messages - extra} the conversations' workflows need`);
  const shares = apportion(
    extra,
    conversations.map(() => logNormal(random, 1, 0.8)),
  );
  conversations.forEach((c, i) => (c.messageCount = minimum[i] + shares[i]));
  return { contacts, conversations };
}

/** Opening instants over the year, sorted (rejection sampling against the weekly and yearly shape). */
function openingTimes(random: SeededRandom, count: number): number[] {
  const span = seedEnd - seedStart;
  const times: number[] = [];
  while (times.length < count) {
    const t = seedStart + random.next() * span;
    const { weekday, hour } = tokyoClock(t);
    const weight = (0.7 + (0.6 * (t - seedStart)) / span) * (weekday === 0 || weekday === 6 ? 0.6 : 1) * hourWeights[hour];
    if (random.next() * 1.3 < weight) times.push(Math.floor(t));
  }
  return times.sort((a, b) => a - b);
}

function plannedContact(random: SeededRandom, index: number, firstAt: number): PlannedContact {
  const language = weighted<Language>(random, [
    ['ja', 0.5],
    ['th', 0.25],
    ['en', 0.25],
  ]);
  const tags = random.chance(0.35) ? [...new Set([random.pick(contactTags), ...(random.chance(0.3) ? [random.pick(contactTags)] : [])])] : [];
  return {
    index,
    id: contactId(index),
    language,
    source: random.chance(0.55) ? 'follow' : 'message',
    createdAt: firstAt,
    tags,
    busyUntil: firstAt,
    lastActivity: firstAt,
    openConversationId: null,
    unfollowedAt: null,
  };
}

/** A returning contact without an open conversation (one open at a time, as the engine keeps it). */
function freeContact(random: SeededRandom, contacts: PlannedContact[], at: number): PlannedContact {
  for (let tries = 0; tries < 30; tries++) {
    const contact = random.pick(contacts);
    if (contact.busyUntil <= at) return contact;
  }
  const start = random.int(0, contacts.length - 1);
  for (let k = 0; k < contacts.length; k++) {
    const contact = contacts[(start + k) % contacts.length];
    if (contact.busyUntil <= at) return contact;
  }
  return contacts[start];
}

const scoreWeights: Record<number, [number, number][]> = {
  1: [
    [1, 0.08],
    [2, 0.07],
    [3, 0.13],
    [4, 0.32],
    [5, 0.4],
  ],
  // Version 2 asks more kindly: a little better, so the versions differ in the workflow report.
  2: [
    [1, 0.05],
    [2, 0.05],
    [3, 0.1],
    [4, 0.32],
    [5, 0.48],
  ],
};

function planCsat(random: SeededRandom, c: PlannedConversation, answered: boolean): CsatPlan {
  const askedAt = c.closedAt as number;
  const version = liveVersion('csat-on-close', askedAt);
  const unanswered = random.chance(0.65) ? 'timedOut' : 'dropped';
  if (!answered) return { askedAt, version, answer: null, unanswered };
  const at = askedAt + Math.min(Math.max(5000, logNormal(random, 90_000, 1.5)), seedEnd - askedAt - 60_000);
  let score = weighted(random, scoreWeights[version]);
  // Customers who waited long for a person rate lower.
  const slow = c.firstAgentAt === null || c.firstCustomerAt === null || c.firstAgentAt - c.firstCustomerAt > hourMs;
  if (slow && score > 1 && random.chance(0.4)) score--;
  const improvementAt = score <= 2 && random.chance(0.5) ? Math.min(at + Math.max(5000, logNormal(random, 60_000, 1)), seedEnd - 30_000) : null;
  return { askedAt, version, answer: { at, score, improvementAt }, unanswered };
}
