import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../testing/agent-session';
import { startFakeCrm, type FakeCrm } from '../testing/fake-crm';
import { lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const secretValue = 'crm-key-7f3a9c1e5b';
const otherSecret = 'other-secret-44d0';

/** keyword → HTTP step with a named credential → a reply that says which port it took. */
function crmWorkflow(url: string, credential: string) {
  return {
    schemaVersion: 1,
    id: 'crm-call',
    name: 'CRM call',
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 'start', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['crm'], match: 'exact' } },
      {
        id: 'call',
        type: 'http-request',
        position: { x: 0, y: 0 },
        data: {
          method: 'POST',
          url,
          headers: [{ name: 'X-Request-Source', value: 'lineflow' }],
          credential,
          body: '{}',
          timeoutSeconds: 5,
          responseMapping: [],
        },
      },
      { id: 'ok', type: 'send-message', position: { x: 0, y: 0 }, data: { messages: [{ type: 'text', text: 'ok' }] } },
      { id: 'bad', type: 'send-message', position: { x: 0, y: 0 }, data: { messages: [{ type: 'text', text: 'failed' }] } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'call' },
      { id: 'e2', source: 'call', sourceHandle: 'success', target: 'ok' },
      { id: 'e3', source: 'call', sourceHandle: 'failure', target: 'bad' },
    ],
  };
}

describe('credentials for HTTP steps', () => {
  let t: TestRuntime;
  let crm: FakeCrm;
  let other: Server;
  let otherOrigin: string;
  const otherSeen: IncomingHttpHeaders[] = [];
  let crmOrigin: string;

  beforeAll(async () => {
    crm = await startFakeCrm();
    crmOrigin = `http://127.0.0.1:${crm.port}`;
    other = createServer((req, res) => {
      otherSeen.push(req.headers);
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    otherOrigin = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
    t = await startTestRuntime({ env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port},${otherOrigin.replace('http://', '')}` } });
  });
  afterAll(async () => {
    await t.stop();
    await crm.stop();
    await new Promise<void>((resolve) => other.close(() => resolve()));
  });

  async function run(user: string, url: string, credential: string): Promise<{ reply: string; sent: any; call: any }> {
    await t.api('DELETE', '/api/workflows/crm-call');
    expect((await t.api('POST', '/api/workflows', crmWorkflow(url, credential))).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/crm-call/publish')).status).toBe(201);
    await t.webhook([lineEvent(t.line, user, textMessage('crm'))]);
    const [reply] = await messagesDelivered(t.line, user, 1);
    const { body } = await t.api('GET', `/api/runs?contactId=${user}`);
    const steps = body.runs[0].trace.filter((s: any) => s.stepId === 'call');
    return { reply: reply.text, sent: steps[0], call: steps.at(-1) };
  }

  it('stores a credential sealed and never answers its value', async () => {
    const created = await t.api('POST', '/api/credentials', {
      name: 'crm',
      kind: 'header',
      headerName: 'X-Api-Key',
      value: secretValue,
      allowedOrigin: `${crmOrigin}/`,
    });
    expect(created).toMatchObject({ status: 201, body: { name: 'crm', kind: 'header', headerName: 'X-Api-Key', allowedOrigin: crmOrigin } });
    const bearer = await t.api('POST', '/api/credentials', { name: 'other-api', kind: 'bearer', value: otherSecret, allowedOrigin: otherOrigin });
    expect(bearer.status).toBe(201);
    const replaced = await t.api('PUT', '/api/credentials/other-api', { kind: 'basic', username: 'bot', password: otherSecret, allowedOrigin: otherOrigin });
    expect(replaced).toMatchObject({ status: 200, body: { name: 'other-api', kind: 'basic' } });
    const listed = await t.api('GET', '/api/credentials');
    expect(listed.body.credentials.map((c: any) => c.name)).toEqual(['crm', 'other-api']);
    for (const answer of [created, bearer, replaced, listed]) expect(JSON.stringify(answer.body)).not.toMatch(new RegExp(`${secretValue}|${otherSecret}`));
    const stored = await t.runtime.services.store.settings.get('credential:crm');
    expect(stored?.value.sealed).toMatch(/^v[0-9]+\./);
    expect(JSON.stringify(stored)).not.toContain(secretValue);
  });

  it('refuses bad input, a taken name and an unknown one', async () => {
    const bad = async (body: object, message: RegExp) => expect((await t.api('POST', '/api/credentials', { name: 'x', ...body })).body.error).toMatch(message);
    await bad({ kind: 'bearer', value: 'v', allowedOrigin: 'https://crm.example.com/api' }, /allowedOrigin must be an origin/);
    await bad({ kind: 'bearer', value: 'v', allowedOrigin: 'ftp://crm.example.com' }, /allowedOrigin must be an origin/);
    await bad({ kind: 'header', value: 'v', allowedOrigin: 'https://a.example' }, /headerName must be/);
    await bad({ kind: 'header', headerName: 'Host', value: 'v', allowedOrigin: 'https://a.example' }, /may not be Host/);
    await bad({ kind: 'basic', username: 'u', allowedOrigin: 'https://a.example' }, /username and password are required/);
    await bad({ kind: 'bearer', allowedOrigin: 'https://a.example', extra: 1 }, /extra/);
    expect((await t.api('POST', '/api/credentials', { name: 'bad name!', kind: 'bearer', value: 'v', allowedOrigin: 'https://a.example' })).status).toBe(400);
    const taken = await t.api('POST', '/api/credentials', { name: 'crm', kind: 'bearer', value: 'v', allowedOrigin: 'https://a.example' });
    expect(taken.status).toBe(409);
    expect((await t.api('PUT', '/api/credentials/nope', { kind: 'bearer', value: 'v', allowedOrigin: 'https://a.example' })).status).toBe(404);
    expect((await t.api('DELETE', '/api/credentials/nope')).status).toBe(404);
  });

  it('keeps agents out of the credentials API', async () => {
    await t.api('POST', '/api/users', { email: 'cred-agent@example.com', name: 'Agent', role: 'agent', password: 'agent-password-1' });
    const agent = await signIn(t.url, 'cred-agent@example.com', 'agent-password-1');
    expect((await agent.call('GET', '/api/credentials')).status).toBe(403);
    expect((await agent.call('POST', '/api/credentials', { name: 'mine', kind: 'bearer', value: 'v', allowedOrigin: 'https://a.example' })).status).toBe(403);
  });

  it('attaches the credential when the step calls its origin: the CRM sees it', async () => {
    const { reply, sent } = await run('Ucred00000000000000000000000000001', `${crmOrigin}/api/tickets`, 'crm');
    expect(reply).toBe('ok');
    expect(crm.calls.at(-1)?.headers).toMatchObject({ 'x-api-key': secretValue, 'x-request-source': 'lineflow' });
    expect(sent.output.request).toEqual({ method: 'POST', url: `${crmOrigin}/api/tickets`, credential: 'crm' });
    const basic = await run('Ucred00000000000000000000000000002', `${otherOrigin}/hook`, 'other-api');
    expect(basic.reply).toBe('ok');
    expect(otherSeen.at(-1)?.authorization).toBe(`Basic ${Buffer.from(`bot:${otherSecret}`).toString('base64')}`);
  });

  it('refuses to send it to another origin: the run takes failure, naming the credential and both origins', async () => {
    const before = otherSeen.length;
    const { reply, call } = await run('Ucred00000000000000000000000000003', `${otherOrigin}/steal`, 'crm');
    expect(reply).toBe('failed');
    expect(call.output.error).toBe(
      `the credential "crm" may be sent only to ${crmOrigin}, not to ${otherOrigin}: change the step's URL or the credential's origin`,
    );
    expect(otherSeen.length).toBe(before);
  });

  it('keeps every secret out of the workflow, its versions, the runs and the stored effects', async () => {
    await run('Ucred00000000000000000000000000004', `${crmOrigin}/api/tickets`, 'crm');
    const answers = [
      await t.api('GET', '/api/workflows/crm-call'),
      await t.api('GET', '/api/workflows/crm-call/versions'),
      await t.api('GET', '/api/workflows/crm-call/versions/1'),
      await t.api('GET', '/api/runs?contactId=Ucred00000000000000000000000000004'),
    ];
    expect(answers[0].body.document.nodes.find((n: any) => n.id === 'call').data.credential).toBe('crm');
    for (const answer of answers) expect(JSON.stringify(answer.body)).not.toContain(secretValue);
    const effects = await t.runtime.services.store.effects.find({});
    expect(effects.some((e) => JSON.stringify(e).includes('"credential":"crm"'))).toBe(true);
    expect(JSON.stringify(effects)).not.toContain(secretValue);
  });

  it('fails plainly once the credential is deleted', async () => {
    expect((await t.api('DELETE', '/api/credentials/crm')).status).toBe(204);
    const { reply, call } = await run('Ucred00000000000000000000000000005', `${crmOrigin}/api/tickets`, 'crm');
    expect(reply).toBe('failed');
    expect(call.output.error).toContain('the credential "crm" does not exist');
  });
});
