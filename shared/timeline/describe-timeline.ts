import { renderTimeline, translateEnglish, type TimelinePhrase, type TimelineValue } from './timeline-message';

/** One recorded fact of a conversation's history, as the store keeps it (conversation events and CSAT answers). */
export interface TimelineFact {
  id: string;
  at: string;
  kind: 'opened' | 'assigned' | 'closed' | 'reopened' | 'tagged' | 'untagged' | 'rated';
  /** customer, follow, agent, api or workflow. */
  by?: string;
  byUserId?: string | null;
  assignee?: string | null;
  team?: string | null;
  category?: string | null;
  tag?: string;
  workflowName?: string;
  stepName?: string;
  score?: number;
  scale?: number;
}

/**
 * A fact with what it says: `message` (a key and values, which the inbox translates into the
 * person's language) and `text`, the same in English ("Transferred from Ana to Ben by Carla").
 */
export interface TimelineEntry extends TimelineFact {
  message: TimelinePhrase;
  text: string;
}

/**
 * Tells a conversation's history, oldest first, from the facts alone: who assigned it (an agent,
 * the API, or a workflow's step by name), transfers (an assignment while someone else had it),
 * tags, closes with their category, reopenings and the customer's rating. `nameOf` gives a user's
 * name (an id nobody has any more shows as "someone").
 */
export function describeTimeline(facts: readonly TimelineFact[], nameOf: (userId: string) => string | undefined): TimelineEntry[] {
  const name = (id: string | null | undefined): TimelineValue => (id ? (nameOf(id) ?? { key: 'someone' }) : { key: 'nobody' });
  let holder: string | null = null;
  return facts.map((fact) => {
    const message = phraseOf(fact, holder, name);
    if (fact.kind === 'assigned') holder = fact.assignee ?? null;
    if (fact.kind === 'reopened' && fact.assignee !== undefined) holder = fact.assignee ?? null;
    return { ...fact, message, text: renderTimeline(message, translateEnglish) };
  });
}

function phraseOf(fact: TimelineFact, holder: string | null, name: (id: string | null | undefined) => TimelineValue): TimelinePhrase {
  const actor = actorOf(fact, name);
  const by = byPhrase(fact, name);
  switch (fact.kind) {
    case 'opened': {
      const how = { customer: 'openedCustomer', follow: 'openedFollow', agent: 'openedAgent', api: 'openedApi' }[fact.by ?? ''] ?? 'openedWorkflow';
      return { key: how, params: { actor } };
    }
    case 'assigned': {
      // No team: nothing said (a translation file holds no empty text).
      const team: TimelineValue = fact.team ? { key: 'team', params: { team: fact.team } } : '';
      const to = fact.assignee ?? null;
      const self = fact.by === 'agent' && fact.byUserId === to;
      if (to === null) return holder ? { key: 'unassignedFrom', params: { from: name(holder), team, by } } : { key: 'leftUnassigned', params: { team, by } };
      if (self)
        return holder && holder !== to
          ? { key: 'tookOver', params: { name: name(to), from: name(holder), team } }
          : { key: 'tookIt', params: { name: name(to), team } };
      if (holder && holder !== to) return { key: 'transferred', params: { from: name(holder), to: name(to), team, by } };
      return { key: 'assigned', params: { to: name(to), team, by } };
    }
    case 'closed':
      return fact.category ? { key: 'closedWithCategory', params: { by, category: fact.category } } : { key: 'closed', params: { by } };
    case 'reopened':
      return { key: 'reopened', params: { by } };
    case 'tagged':
    case 'untagged':
      return { key: fact.kind, params: { actor, tag: fact.tag ?? '' } };
    case 'rated':
      return { key: 'rated', params: { score: fact.score ?? '?', scale: fact.scale ?? '?' } };
  }
}

/** Who did it, as the subject of a sentence: "Ana", "The API", "The “Support menu” workflow". */
function actorOf(fact: TimelineFact, name: (id: string | null | undefined) => TimelineValue): TimelineValue {
  if (fact.by === 'agent') return name(fact.byUserId);
  if (fact.by === 'api') return { key: 'actorApi' };
  return fact.workflowName ? { key: 'actorWorkflow', params: { workflow: fact.workflowName } } : { key: 'actorAWorkflow' };
}

/** "by Ana", "through the API", "by the “Support menu” workflow (step “Hand to a person”)". */
function byPhrase(fact: TimelineFact, name: (id: string | null | undefined) => TimelineValue): TimelinePhrase {
  if (fact.by === 'agent') return { key: 'byAgent', params: { name: name(fact.byUserId) } };
  if (fact.by === 'api') return { key: 'byApi' };
  const workflow = fact.workflowName;
  if (fact.stepName)
    return workflow ? { key: 'byWorkflowStep', params: { workflow, step: fact.stepName } } : { key: 'byAWorkflowStep', params: { step: fact.stepName } };
  return workflow ? { key: 'byWorkflow', params: { workflow } } : { key: 'byAWorkflow' };
}
