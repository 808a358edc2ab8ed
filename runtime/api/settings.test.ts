import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecretBox, SecretBox } from '../auth/secret-box';
import { lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

describe('LINE channel settings', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  const secret = '0123456789abcdef0123456789abcdef';
  const token = 'long-lived-channel-access-token-xyz';

  it('keeps the secret and token encrypted at rest and never returns them', async () => {
    expect((await t.api('GET', '/api/settings/line')).body).toMatchObject({
      channelSecret: 'not set',
      channelAccessToken: 'not set',
      inUse: 'simulated channel',
    });
    expect((await t.api('PUT', '/api/settings/line', { channelSecret: 'short', channelAccessToken: token })).status).toBe(400);
    const saved = await t.api('PUT', '/api/settings/line', { channelSecret: secret, channelAccessToken: token });
    expect(saved.body).toMatchObject({ channelSecret: 'set', channelAccessToken: 'set' });
    const shown = JSON.stringify((await t.api('GET', '/api/settings/line')).body);
    expect(shown).not.toContain(secret);
    expect(shown).not.toContain(token);
    const stored = await t.runtime.services.store.settings.get('line-channel');
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain(token);
    const box = await loadSecretBox(t.config.dataDir);
    expect(box.open(stored?.value.channelSecret as string)).toBe(secret);
    expect(box.open(stored?.value.channelAccessToken as string)).toBe(token);
  });

  it('says clearly when the key changed', () => {
    const sealed = new SecretBox(Buffer.alloc(32, 1)).seal('x');
    expect(() => new SecretBox(Buffer.alloc(32, 2)).open(sealed)).toThrow('was ENCRYPTION_KEY changed?');
  });
});

describe('company-wide business hours', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
  });
  afterAll(() => t.stop());

  it('let a workflow without its own hours be published, and its branch uses them', async () => {
    const document = (await import('../../examples/business-hours-autoreply.json', { with: { type: 'json' } })).default as any;
    const own = structuredClone(document);
    delete own.settings.businessHours;
    expect((await t.api('POST', '/api/workflows', own)).status).toBe(400);
    const bad = await t.api('PUT', '/api/settings/business-hours', { businessHours: { timezone: 'Mars/Base', weekly: {} } });
    expect(bad.status).toBe(400);
    expect(bad.body.problems[0].message).toContain('timezone must be an IANA time zone');
    // Closed every day: the auto-reply always answers.
    expect((await t.api('PUT', '/api/settings/business-hours', { businessHours: { timezone: 'Asia/Tokyo', weekly: {} } })).status).toBe(200);
    expect((await t.api('POST', '/api/workflows', own)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/business-hours-autoreply/publish')).status).toBe(201);
    const user = 'Uhours000000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('hello'))]);
    await messagesDelivered(t.line, user, 1);
    expect(t.line?.textsTo(user)).toEqual([
      'Thanks for your message! We are closed right now. Our hours are Monday to Friday, 9:00–18:00 (Japan time), and an agent will reply when we open.',
    ]);
  });
});
