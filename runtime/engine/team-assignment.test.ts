import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationRecord } from '../store/records';
import { eventually, startTestRuntime, type TestRuntime } from '../testing/test-runtime';

/** "help" → assign to a team → "Assigned" or "Busy": a workflow per team, on the simulated channel. */
function careDesk(id: string, team: { id: string; name: string }) {
  const at = { x: 0, y: 0 };
  const say = (nodeId: string, text: string) => ({ id: nodeId, type: 'send-message', position: at, data: { messages: [{ type: 'text', text }] } });
  return {
    schemaVersion: 1,
    id,
    name: `Desk ${team.name}`,
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 'help', type: 'trigger-keyword', position: at, data: { keywords: [`help-${id}`], match: 'exact', interruptsWaitingRun: true } },
      { id: 'assign', type: 'assign', position: at, data: { target: 'team', teamId: team.id, team: team.name, onlineOnly: false } },
      say('ok', 'Assigned'),
      say('busy', 'Busy'),
    ],
    edges: [
      { id: 'e1', source: 'help', sourceHandle: 'next', target: 'assign' },
      { id: 'e2', source: 'assign', sourceHandle: 'assigned', target: 'ok' },
      { id: 'e3', source: 'assign', sourceHandle: 'unavailable', target: 'busy' },
    ],
  };
}

describe('assigning by team records', () => {
  let t: TestRuntime;
  const people: Record<string, string> = {};
  let sequence = 0;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    for (const [name, status] of [
      ['Ana', 'online'],
      ['Ben', 'online'],
      ['Chai', 'online'],
      ['Dara', 'away'],
    ] as const) {
      people[name] = (await t.api('POST', '/api/users', { email: `${name.toLowerCase()}@example.com`, name, status })).body.id;
    }
  });
  afterAll(() => t.stop());

  async function team(name: string, members: string[], assignment: string, onlineOnly: boolean) {
    const made = (await t.api('POST', '/api/teams', { name, memberIds: members.map((m) => people[m]), assignment, onlineOnly })).body;
    expect((await t.api('POST', '/api/workflows', careDesk(name.toLowerCase(), made))).status).toBe(201);
    expect((await t.api('POST', `/api/workflows/${name.toLowerCase()}/publish`)).status).toBe(201);
    return made;
  }
  /** A new simulated customer says the desk's keyword; answers their conversation and what the bot said. */
  async function ask(desk: string) {
    const contactId = `sim-${desk}-${sequence++}`;
    await t.api('POST', `/api/simulator/contacts/${contactId}/messages`, { text: `help-${desk}` });
    const said = await eventually(async () => {
      const { body } = await t.api('GET', `/api/simulator/contacts/${contactId}/messages`);
      const texts = body.messages.filter((m: any) => m.author === 'bot').map((m: any) => m.content.text);
      return texts.length ? { texts, events: body.messages.filter((m: any) => m.content.type === 'event').map((m: any) => m.content.text) } : null;
    });
    const [conversation] = await t.runtime.services.store.conversations.find({ contactId });
    return { ...said, conversation };
  }
  const openFor = (assignee: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) =>
        t.runtime.services.store.conversations.put({
          id: `seed-${assignee}-${i}`,
          contactId: `sim-seed-${assignee}-${i}`,
          status: 'open',
          assignee,
          team: null,
        } as ConversationRecord),
      ),
    );

  it('least open picks the member with the fewest open conversations, ties by round robin', async () => {
    await team('Care', ['Ana', 'Ben', 'Chai'], 'least-open', false);
    await openFor(people.Ana, 2);
    await openFor(people.Chai, 1);
    const first = await ask('care');
    expect(first.texts).toEqual(['Assigned']);
    expect(first.conversation).toMatchObject({ assignee: people.Ben, team: 'Care' });
    // Ben 1, Chai 1, Ana 2: a tie between Ben and Chai, then all three at 2 take turns.
    const next = [(await ask('care')).conversation?.assignee, (await ask('care')).conversation?.assignee];
    expect(next).toContain(people.Chai);
    expect(next.filter((id) => id === people.Ana)).toHaveLength(0);
  });

  it('round robin takes turns as before', async () => {
    await team('Turns', ['Ana', 'Ben'], 'round-robin', false);
    const assignees = [];
    for (let i = 0; i < 4; i++) assignees.push((await ask('turns')).conversation?.assignee);
    expect(assignees.filter((id) => id === people.Ana)).toHaveLength(2);
    expect(assignees.filter((id) => id === people.Ben)).toHaveLength(2);
    expect(assignees[0]).not.toBe(assignees[1]);
  });

  it('online only skips members who are away, and with none the conversation waits unassigned in the team queue', async () => {
    await team('Night', ['Dara', 'Chai'], 'round-robin', true);
    for (let i = 0; i < 3; i++) expect((await ask('night')).conversation?.assignee).toBe(people.Chai);
    await t.api('PATCH', `/api/users/${people.Chai}`, { status: 'away' });
    const waiting = await ask('night');
    expect(waiting.texts).toEqual(['Busy']);
    expect(waiting.conversation).toMatchObject({ status: 'open', assignee: null, team: 'Night' });
    expect(waiting.events).toEqual(["Waiting in team Night's queue: nobody in team Night is online"]);
    await t.api('PATCH', `/api/users/${people.Chai}`, { status: 'online' });
  });

  it("a test contact of the editor's test chat takes no turn and assigns nobody: it says whom it would", async () => {
    const support = await team('Support', ['Ana', 'Ben'], 'round-robin', false);
    const counter = () => t.runtime.services.store.counters.get('round-robin-Support');
    const before = await counter();
    const { body } = await t.api('POST', '/api/workflows/support/test');
    const contactId = body.contactId as string;
    expect(contactId).toMatch(/^sim-test-/);
    await t.api('POST', `/api/simulator/contacts/${contactId}/messages`, { text: 'help-support' });
    const transcript = await eventually(async () => {
      const { body: log } = await t.api('GET', `/api/simulator/contacts/${contactId}/messages`);
      return log.messages.some((m: any) => m.author === 'bot') ? log.messages : null;
    });
    expect(transcript.filter((m: any) => m.content.type === 'event').map((m: any) => m.content.text)).toEqual(['Would assign to Ana (Support, round robin)']);
    expect(transcript.filter((m: any) => m.author === 'bot').map((m: any) => m.content.text)).toEqual(['Assigned']);
    expect(await counter()).toEqual(before);
    const conversations = await t.runtime.services.store.conversations.find({ contactId });
    expect(conversations.every((c) => c.assignee === null)).toBe(true);
    // The real turn is still Ana's: the test took none.
    expect((await ask('support')).conversation?.assignee).toBe(people.Ana);
    expect(support.memberIds).toEqual([people.Ana, people.Ben]);
  });
});
