import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import type { UserRecord } from '../store/records';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { adoptTeamWords } from './adopt-team-words';

describe('teams from the team words people had before teams were records', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  it('makes a team of each word (case folded), its people members, once however often it runs', async () => {
    const store = t.runtime.services.store;
    const person = (id: string, teams: string[]): UserRecord => ({
      id,
      email: `${id}@example.com`,
      name: id,
      role: 'agent',
      teams,
      status: 'online',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    await store.users.put(person('u-a', ['Support', 'English']));
    await store.users.put(person('u-b', ['support']));
    expect(await adoptTeamWords(store)).toEqual({ created: 2, joined: 3 });
    expect(await adoptTeamWords(store)).toEqual({ created: 0, joined: 0 });
    const teams = await store.teams.find({}, { sort: { nameKey: 1 } });
    expect(teams.map((team) => [team.name, team.memberIds, team.assignment])).toEqual([
      ['English', ['u-a'], 'round-robin'],
      ['Support', ['u-a', 'u-b'], 'round-robin'],
    ]);
    // Each person's copy of the names now spells them as the teams do.
    expect((await store.users.get('u-b'))?.teams).toEqual(['Support']);
    expect((await store.users.get('u-a'))?.teams).toEqual(['English', 'Support']);
  });

  it('the validator warns about an assign step naming a team that does not exist, by id or by name', () => {
    const document = (data: Record<string, unknown>) => ({
      schemaVersion: 1,
      id: 'w',
      name: 'W',
      settings: { timezone: 'UTC' },
      nodes: [
        { id: 't', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['hi'], match: 'exact', interruptsWaitingRun: true } },
        { id: 'a', type: 'assign', position: { x: 0, y: 0 }, data: { target: 'team', onlineOnly: false, ...data } },
      ],
      edges: [{ id: 'e', source: 't', sourceHandle: 'next', target: 'a' }],
    });
    const teams = [{ id: 'team-1', name: 'Support' }];
    const warnings = (data: Record<string, unknown>) => validateWorkflow(document(data), { teams }).warnings.map((w) => w.message);
    expect(warnings({ team: 'support' })).toEqual([]);
    expect(warnings({ teamId: 'team-1', team: 'Old name' })).toEqual([]);
    expect(warnings({ team: 'Billing' })).toEqual([expect.stringContaining('names the team "Billing", which does not exist')]);
    expect(warnings({ teamId: 'team-gone' })).toEqual([expect.stringContaining('"team-gone", which does not exist')]);
    // Without the installation's teams (the CLI's check) nothing is said.
    expect(validateWorkflow(document({ team: 'Billing' })).warnings).toEqual([]);
  });
});
