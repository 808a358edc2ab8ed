import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

describe('the teams API', () => {
  let t: TestRuntime;
  let ana: string;
  let ben: string;
  let agent: { cookie: string; csrf: string };
  const asAgent = async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${t.url}${path}`, {
      method,
      headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    return { status: answer.status, body: text ? JSON.parse(text) : undefined };
  };

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    ana = (await t.api('POST', '/api/users', { email: 'ana@example.com', name: 'Ana', password: 'agent password 1', status: 'online' })).body.id;
    ben = (await t.api('POST', '/api/users', { email: 'ben@example.com', name: 'Ben' })).body.id;
    const signIn = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'ana@example.com', password: 'agent password 1' }),
    });
    agent = { cookie: (signIn.headers.get('set-cookie') ?? '').split(';')[0], csrf: ((await signIn.json()) as { csrfToken: string }).csrfToken };
  });
  afterAll(() => t.stop());

  it('creates, lists, renames and changes a team; members show with their names, and on the users API', async () => {
    const created = await t.api('POST', '/api/teams', { name: ' Billing ', memberIds: [ana] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Billing', memberIds: [ana], assignment: 'round-robin', onlineOnly: false });
    expect(created.body.members).toEqual([{ id: ana, name: 'Ana', role: 'agent', status: 'online' }]);
    const id = created.body.id;

    const added = await t.api('POST', `/api/teams/${id}/members`, { userId: ben });
    expect(added.body.members.map((m: any) => m.name)).toEqual(['Ana', 'Ben']);
    const changed = await t.api('PATCH', `/api/teams/${id}`, { name: 'Accounts', assignment: 'least-open', onlineOnly: true });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ team: expect.objectContaining({ name: 'Accounts', assignment: 'least-open', onlineOnly: true }), warnings: [] });
    // A person's teams on the users API follow the records: renamed, and gone once removed.
    const users = async () => (await t.api('GET', '/api/users')).body.users.map((u: any) => [u.name, u.teams]);
    expect(await users()).toEqual([
      ['Ana', ['Accounts']],
      ['Ben', ['Accounts']],
    ]);
    const removed = await t.api('DELETE', `/api/teams/${id}/members/${ben}`);
    expect(removed.body.memberIds).toEqual([ana]);
    expect(await users()).toEqual([
      ['Ana', ['Accounts']],
      ['Ben', []],
    ]);
    expect((await t.api('GET', '/api/teams')).body.teams.map((team: any) => [team.name, team.memberIds])).toEqual([['Accounts', [ana]]]);
  });

  it('refuses bad input with a 400 that names the field, a taken name (any case) with a 409, and an unknown team with a 404', async () => {
    expect(await t.api('POST', '/api/teams', { name: '   ' })).toMatchObject({ status: 400, body: { error: expect.stringContaining('name must be') } });
    expect(await t.api('POST', '/api/teams', { name: 'x'.repeat(61) })).toMatchObject({ status: 400, body: { error: expect.stringContaining('name') } });
    expect(await t.api('POST', '/api/teams', { name: 'Night', assignment: 'random' })).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('assignment') },
    });
    expect(await t.api('POST', '/api/teams', { name: 'Night', memberIds: ['u-nobody'] })).toMatchObject({
      status: 400,
      body: { error: 'memberIds: no user with the id "u-nobody"' },
    });
    expect(await t.api('POST', '/api/teams', { name: 'Night', colour: 'red' })).toMatchObject({
      status: 400,
      body: { error: expect.stringContaining('colour') },
    });
    await t.api('POST', '/api/teams', { name: 'Support' });
    expect(await t.api('POST', '/api/teams', { name: 'SUPPORT' })).toMatchObject({ status: 409, body: { error: expect.stringContaining('"SUPPORT" exists') } });
    const night = (await t.api('POST', '/api/teams', { name: 'Night' })).body;
    expect((await t.api('PATCH', `/api/teams/${night.id}`, { name: 'support' })).status).toBe(409);
    expect((await t.api('POST', `/api/teams/${night.id}/members`, { userId: 'u-nobody' })).status).toBe(400);
    expect((await t.api('DELETE', `/api/teams/${night.id}/members/${ben}`)).status).toBe(404);
    expect((await t.api('PATCH', '/api/teams/team-missing', { onlineOnly: true })).status).toBe(404);
    expect((await t.api('DELETE', '/api/teams/team-missing')).status).toBe(404);
  });

  it('lets agents read teams but not change them', async () => {
    const listed = await asAgent('GET', '/api/teams');
    expect(listed.status).toBe(200);
    expect(listed.body.teams.map((team: any) => team.name)).toContain('Accounts');
    expect((await asAgent('POST', '/api/teams', { name: 'Mine' })).status).toBe(403);
    const id = listed.body.teams[0].id;
    expect((await asAgent('PATCH', `/api/teams/${id}`, { name: 'Mine' })).status).toBe(403);
    expect((await asAgent('DELETE', `/api/teams/${id}`)).status).toBe(403);
    expect((await asAgent('POST', `/api/teams/${id}/members`, { userId: ana })).status).toBe(403);
  });

  it('refuses to delete a team a published workflow assigns to, naming the workflow; warns on renaming one named by name', async () => {
    const team = (await t.api('POST', '/api/teams', { name: 'Senior' })).body;
    await t.publishExample('shortcut-escalate'); // assigns to "Senior" by name, as documents from before team ids do
    const refused = await t.api('DELETE', `/api/teams/${team.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/^Team "Senior" is used by the published workflow "[^"]+": /);
    const renamed = await t.api('PATCH', `/api/teams/${team.id}`, { name: 'Seniors' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.warnings).toEqual([expect.stringMatching(/assigns to "Senior" by name: those steps find no team now/)]);
    // No longer found by name, the team is no longer in use: it may go.
    expect((await t.api('DELETE', `/api/teams/${team.id}`)).status).toBe(204);
    expect((await t.api('GET', '/api/teams')).body.teams.map((x: any) => x.name)).not.toContain('Seniors');
  });

  it("the users API's team names join teams, making those that do not exist", async () => {
    const kai = await t.api('POST', '/api/users', { email: 'kai@example.com', name: 'Kai', teams: ['accounts', 'Weekend'] });
    expect(kai.body.teams).toEqual(['Accounts', 'Weekend']);
    const teams = (await t.api('GET', '/api/teams')).body.teams;
    expect(teams.find((x: any) => x.name === 'Weekend').memberIds).toEqual([kai.body.id]);
    expect(teams.find((x: any) => x.name === 'Accounts').memberIds).toContain(kai.body.id);
    const patched = await t.api('PATCH', `/api/users/${kai.body.id}`, { teams: ['Weekend'] });
    expect(patched.body.teams).toEqual(['Weekend']);
    expect((await t.api('GET', '/api/teams')).body.teams.find((x: any) => x.name === 'Accounts').memberIds).not.toContain(kai.body.id);
  });
});
