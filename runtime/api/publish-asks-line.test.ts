import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainWorkflow, steps } from '../testing/chain-workflow';
import { fakeValidation } from '../testing/fake-line/validate-routes';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const workflow = (id: string, text: string) =>
  chainWorkflow(id, id, [
    steps.send('greet', [
      { type: 'text', text },
      { type: 'sticker', packageId: '446', stickerId: '1988' },
    ]),
    steps.send('personal', [{ type: 'text', text: 'Hi {{contact.displayName}}' }]),
    steps.choice('pick', 'Which one?', ['A', 'B']),
  ]);

describe("publish asks LINE's validate endpoints about each fixed message, on a real channel", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
  });
  afterAll(() => t.stop());

  const publish = async (document: Record<string, unknown>) => {
    expect((await t.api('POST', '/api/workflows', document)).status).toBe(201);
    return t.api('POST', `/api/workflows/${String(document.id)}/publish`);
  };
  const validations = () => t.line?.calls.filter((call) => call.endpoint.startsWith('validate-')) ?? [];

  it('asks reply and push about the fixed messages (not those a placeholder fills in) and publishes', async () => {
    const published = await publish(workflow('fixed', 'Welcome!'));
    expect(published.status).toBe(201);
    expect(published.body.warnings).toEqual([]);
    const asked = validations().map((call) => `${call.endpoint} ${call.body.messages.map((m: any) => m.text ?? m.type).join(' + ')} ${call.status}`);
    expect(asked.sort()).toEqual(
      [
        'validate-push Welcome! + sticker 200',
        'validate-reply Welcome! + sticker 200',
        'validate-push Which one? 200',
        'validate-reply Which one? 200',
        'validate-push Please tap a button. 200',
        'validate-reply Please tap a button. 200',
      ].sort(),
    );
  });

  it("refuses to publish what LINE refuses, naming the step and option with LINE's words", async () => {
    fakeValidation(t.line!).refusedTexts.add('Buy cheap pills!');
    const refused = await publish(workflow('spam', 'Buy cheap pills!'));
    fakeValidation(t.line!).refusedTexts.clear();
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('LINE refuses 1 message(s) of the draft; fix them before publishing');
    expect(refused.body.problems).toMatchObject([
      {
        severity: 'error',
        nodeId: 'greet',
        field: 'messages.0.text',
        message: 'node greet (Send message): options.messages.0.text is refused by LINE (validate/reply): contains words that cannot be sent',
      },
    ]);
    expect((await t.api('GET', '/api/workflows/spam')).body.publishedVersion).toBeNull();
  });

  it('publishes with a warning when LINE cannot be asked', async () => {
    fakeValidation(t.line!).failWith = 500;
    const published = await publish(workflow('offline', 'Hello'));
    fakeValidation(t.line!).failWith = undefined;
    expect(published.status).toBe(201);
    expect(published.body.warnings.map((w: any) => w.message)).toEqual([
      "LINE's validate endpoint could not be asked about the fixed messages (fake failure); LineFlow's own copy of LINE's rules checked them",
    ]);
  });
});

describe('publish on the simulated channel (no LINE credentials)', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  it('asks nothing and publishes without a warning', async () => {
    expect((await t.api('POST', '/api/workflows', workflow('sim', 'Welcome!'))).status).toBe(201);
    const published = await t.api('POST', '/api/workflows/sim/publish');
    expect(published.status).toBe(201);
    expect(published.body.warnings).toEqual([]);
  });
});
