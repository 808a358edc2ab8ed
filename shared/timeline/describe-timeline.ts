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

/** A fact with what it says in words: "Transferred from Ana to Ben by Carla". */
export interface TimelineEntry extends TimelineFact {
  text: string;
}

/**
 * Tells a conversation's history in words, oldest first, from the facts alone: who assigned it
 * (an agent, the API, or a workflow's step by name), transfers (an assignment while someone else
 * had it), tags, closes with their category, reopenings and the customer's rating. `nameOf`
 * gives a user's name (an id nobody has any more shows as "someone").
 */
export function describeTimeline(facts: readonly TimelineFact[], nameOf: (userId: string) => string | undefined): TimelineEntry[] {
  const name = (id: string | null | undefined) => (id ? (nameOf(id) ?? 'someone') : 'nobody');
  let holder: string | null = null;
  return facts.map((fact) => {
    const actor = actorOf(fact, name);
    let text: string;
    switch (fact.kind) {
      case 'opened':
        text =
          { customer: 'The customer wrote', follow: 'The customer followed the account', agent: `${actor} started it`, api: 'Opened through the API' }[
            fact.by ?? ''
          ] ?? 'Opened by a workflow';
        break;
      case 'assigned': {
        const team = fact.team ? ` (team ${fact.team})` : '';
        const to = fact.assignee ?? null;
        const self = fact.by === 'agent' && fact.byUserId === to;
        if (to === null) text = `${holder ? `Unassigned from ${name(holder)}` : 'Left unassigned'}${team} ${byPhrase(fact, actor)}`;
        else if (self) text = `${name(to)} took it${holder && holder !== to ? ` over from ${name(holder)}` : ''}${team}`;
        else if (holder && holder !== to) text = `Transferred from ${name(holder)} to ${name(to)}${team} ${byPhrase(fact, actor)}`;
        else text = `Assigned to ${name(to)}${team} ${byPhrase(fact, actor)}`;
        holder = to;
        break;
      }
      case 'closed':
        text = `Closed ${byPhrase(fact, actor)}${fact.category ? ` · ${fact.category}` : ''}`;
        break;
      case 'reopened':
        text = `Reopened ${byPhrase(fact, actor)}`;
        if (fact.assignee !== undefined) holder = fact.assignee ?? null;
        break;
      case 'tagged':
      case 'untagged':
        text = `${actor} ${fact.kind === 'tagged' ? 'added' : 'removed'} the tag “${fact.tag ?? ''}”`;
        break;
      case 'rated':
        text = `The customer rated ${fact.score ?? '?'}/${fact.scale ?? '?'}`;
        break;
    }
    return { ...fact, text };
  });
}

/** Who did it, as the subject of a sentence: "Ana", "The API", "The “Support menu” workflow". */
function actorOf(fact: TimelineFact, name: (id: string | null | undefined) => string): string {
  if (fact.by === 'agent') return name(fact.byUserId);
  if (fact.by === 'api') return 'The API';
  return fact.workflowName ? `The “${fact.workflowName}” workflow` : 'A workflow';
}

/** "by Ana", "through the API", "by the “Support menu” workflow (step “Hand to a person”)". */
function byPhrase(fact: TimelineFact, actor: string): string {
  if (fact.by === 'agent') return `by ${actor}`;
  if (fact.by === 'api') return 'through the API';
  const step = fact.stepName ? ` (step “${fact.stepName}”)` : '';
  return `by ${fact.workflowName ? `the “${fact.workflowName}” workflow` : 'a workflow'}${step}`;
}
