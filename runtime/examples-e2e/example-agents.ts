import type { TestRuntime } from '../testing/test-runtime';

/** Makes agents of a team, some online and some away, and answers their ids by name. */
export async function makeAgents(t: TestRuntime, team: string, agents: Record<string, 'online' | 'away'>): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [name, status] of Object.entries(agents)) {
    const created = await t.api('POST', '/api/users', { email: `${name}@example.com`, name, teams: [team], status });
    if (created.status !== 201) throw new Error(`making agent ${name}: ${JSON.stringify(created.body)}`);
    ids[name] = created.body.id as string;
  }
  return ids;
}

/** A conversation as the list answers it (the fields these tests read). */
export interface OpenConversation {
  id: string;
  status: string;
  assignee: string | null;
  team: string | null;
}

/** The customer's one open conversation, once there is one. */
export async function openConversation(t: TestRuntime, contactId: string): Promise<OpenConversation | undefined> {
  const { body } = await t.api('GET', `/api/conversations?contactId=${contactId}&status=open`);
  return (body.conversations as OpenConversation[])[0];
}
