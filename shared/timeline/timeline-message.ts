/** A value in a timeline sentence: text from the store (a name, a tag), a number, or a phrase to translate. */
export type TimelineValue = string | number | TimelinePhrase;

/** A sentence or phrase by key (`assigned`, `byAgent`, `someone`) with its values, translated where it is shown. */
export interface TimelinePhrase {
  key: string;
  params?: Record<string, TimelineValue>;
}

/**
 * Puts a phrase into words with `translate` (i18next's `t`, or the English table below), phrases
 * inside it first, so each language orders "by Ana" and "(team Billing)" within its own sentence.
 */
export function renderTimeline(phrase: TimelinePhrase, translate: (key: string, params: Record<string, string | number>) => string): string {
  const params = Object.fromEntries(
    Object.entries(phrase.params ?? {}).map(([name, value]) => [name, typeof value === 'object' ? renderTimeline(value, translate) : value]),
  );
  return translate(phrase.key, params);
}

/**
 * The English sentences, for the API's `text` (integrations and logs read English, like server
 * error messages). The editor shows `message` through the `inbox` namespace's `timeline.*` keys,
 * whose English values are these same sentences.
 */
export const timelineEnglish: Record<string, string> = {
  openedCustomer: 'The customer wrote',
  openedFollow: 'The customer followed the account',
  openedAgent: '{{actor}} started it',
  openedApi: 'Opened through the API',
  openedWorkflow: 'Opened by a workflow',
  unassignedFrom: 'Unassigned from {{from}}{{team}} {{by}}',
  leftUnassigned: 'Left unassigned{{team}} {{by}}',
  tookIt: '{{name}} took it{{team}}',
  tookOver: '{{name}} took it over from {{from}}{{team}}',
  transferred: 'Transferred from {{from}} to {{to}}{{team}} {{by}}',
  assigned: 'Assigned to {{to}}{{team}} {{by}}',
  closed: 'Closed {{by}}',
  closedWithCategory: 'Closed {{by}} · {{category}}',
  reopened: 'Reopened {{by}}',
  tagged: '{{actor}} added the tag “{{tag}}”',
  untagged: '{{actor}} removed the tag “{{tag}}”',
  rated: 'The customer rated {{score}}/{{scale}}',
  team: ' (team {{team}})',
  someone: 'someone',
  nobody: 'nobody',
  byAgent: 'by {{name}}',
  byApi: 'through the API',
  byWorkflow: 'by the “{{workflow}}” workflow',
  byAWorkflow: 'by a workflow',
  byWorkflowStep: 'by the “{{workflow}}” workflow (step “{{step}}”)',
  byAWorkflowStep: 'by a workflow (step “{{step}}”)',
  actorApi: 'The API',
  actorWorkflow: 'The “{{workflow}}” workflow',
  actorAWorkflow: 'A workflow',
};

/** `renderTimeline`'s translate for English. */
export function translateEnglish(key: string, params: Record<string, string | number>): string {
  return (timelineEnglish[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}
