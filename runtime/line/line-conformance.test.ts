import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainWorkflow, steps, type ChainStep } from '../testing/chain-workflow';
import { eventually, lineEvent, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

/**
 * Every step type that sends, with what customers and variables really bring (a 5,000-character
 * answer, Thai and spaces in a URL, an empty value, emoji in labels and alt texts, a rendered flex
 * typo), through a real runtime to a fake LINE API that checks each body against LINE's vendored
 * schemas. LINE refuses nothing: each problem is caught first, by the validator (fixed content)
 * or by the run failing at the step, naming the option (rendered content).
 */
const long = 'あ'.repeat(4995);
const bubble = (component: Record<string, unknown>) => ({ type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [component] } });
/** "<field> as sent to LINE is N UTF-16 units long…" for `template` rendered with the long answer. */
const tooLong = (field: string, template: string) =>
  `${field} as sent to LINE is ${template.replace('{{vars.answer}}', long).length} UTF-16 units long; LINE allows at most 5000`;

interface Case {
  name: string;
  steps: ChainStep[];
  /** What the customer answers, one per question the bot asks. */
  says?: string[];
  /** The run fails at `step`, naming the option: the error starts `step <step>: <text>`; `texts` were delivered before. */
  fails?: { step: string; text: string; texts: string[] };
  check?: (messages: any[]) => void;
}

const asked = 'Tell me something';
const cases: Case[] = [
  {
    name: 'send-message: a text rendered over 5,000',
    steps: [steps.capture(), steps.send('say', [{ type: 'text', text: 'You said: {{vars.answer}}' }])],
    says: [long],
    fails: { step: 'say', text: `${tooLong('messages.0.text', 'You said: {{vars.answer}}')} (LINE's text)`, texts: [asked] },
  },
  {
    name: 'ask-question: a question rendered over 5,000',
    steps: [steps.capture(), steps.ask('again', '{{vars.answer}}??????')],
    says: [long],
    fails: { step: 'again', text: tooLong('question', '{{vars.answer}}??????'), texts: [asked] },
  },
  {
    name: 'multiple-choice: a question rendered over 5,000',
    steps: [steps.capture(), steps.choice('pick', '{{vars.answer}} — which one?', ['A', 'B'])],
    says: [long],
    fails: { step: 'pick', text: tooLong('question', '{{vars.answer}} — which one?'), texts: [asked] },
  },
  {
    name: 'rating: a question rendered over 5,000',
    steps: [steps.capture(), steps.rating('rate', 'How was {{vars.answer}}?')],
    says: [long],
    fails: { step: 'rate', text: tooLong('question', 'How was {{vars.answer}}?'), texts: [asked] },
  },
  {
    name: 'retry of ask-question: a retry message rendered over 5,000',
    steps: [steps.capture(), steps.ask('count', 'How many?', 'number', '{{vars.answer}} is not a number')],
    says: [long, 'many'],
    fails: { step: 'count', text: tooLong('retry.message', '{{vars.answer}} is not a number'), texts: [asked, 'How many?'] },
  },
  {
    name: 'retry of multiple-choice',
    steps: [steps.capture(), steps.choice('pick2', 'Which?', ['A', 'B'], 'Not {{vars.answer}}, sorry!')],
    says: [long, 'neither'],
    fails: { step: 'pick2', text: tooLong('retry.message', 'Not {{vars.answer}}, sorry!'), texts: [asked, 'Which?'] },
  },
  {
    name: 'retry of rating',
    steps: [steps.capture(), steps.rating('rate2', 'Rate us', {}, '{{vars.answer}}: tap a number')],
    says: [long, 'great'],
    fails: { step: 'rate2', text: tooLong('retry.message', '{{vars.answer}}: tap a number'), texts: [asked, 'Rate us'] },
  },
  {
    name: 'an empty render is blamed on its own step, after an earlier step of the same request went out',
    steps: [steps.send('hello', [{ type: 'text', text: 'Hello!' }]), steps.send('blank', [{ type: 'text', text: '{{contact.nickname}}' }])],
    fails: { step: 'blank', text: 'messages.0.text as sent to LINE must not be empty', texts: ['Hello!'] },
  },
  {
    name: 'an empty question',
    steps: [steps.ask('nothing', '{{contact.nickname}}')],
    fails: { step: 'nothing', text: 'question as sent to LINE must not be empty', texts: [] },
  },
  {
    name: 'a flex typo that only the render makes',
    steps: [steps.capture(), steps.send('card', [{ type: 'flex', altText: 'Card', contents: bubble({ type: 'text', text: 'Hi', size: '{{vars.answer}}' }) }])],
    says: ['Large'],
    fails: { step: 'card', text: 'messages.0.contents.body.contents.0.size as sent to LINE must be one of xxs', texts: [asked] },
  },
  {
    name: 'Thai, spaces and a % from a variable in image and flex URLs are encoded, once',
    steps: [
      steps.capture(),
      steps.send('pics', [
        { type: 'image', originalContentUrl: 'https://cdn.example/menu/{{vars.answer}}.png', previewImageUrl: 'https://cdn.example/p/{{vars.answer}}%20s.png' },
        { type: 'flex', altText: 'Menu', contents: bubble({ type: 'image', url: 'https://cdn.example/{{vars.answer}}.png' }) },
      ]),
    ],
    says: ['ข้าว มันไก่ 100%'],
    check: ([, image, card]) => {
      const encoded = encodeURIComponent('ข้าว มันไก่ 100%');
      expect(image.originalContentUrl).toBe(`https://cdn.example/menu/${encoded}.png`);
      expect(image.previewImageUrl).toBe(`https://cdn.example/p/${encoded}%20s.png`);
      expect(card.contents.body.contents[0].url).toBe(`https://cdn.example/${encoded}.png`);
    },
  },
  {
    name: 'an alt text of 1,000 emoji is cut to 1,500 UTF-16 units without half an emoji',
    steps: [steps.capture(), steps.send('party', [{ type: 'flex', altText: '{{vars.answer}}', contents: bubble({ type: 'text', text: 'Party' }) }])],
    says: ['🎉'.repeat(1000)],
    check: ([, card]) => {
      expect(card.altText.length).toBeLessThanOrEqual(1500);
      expect(card.altText.isWellFormed()).toBe(true);
      expect(card.altText).toBe(`${'🎉'.repeat(749)}…`);
    },
  },
  {
    name: 'emoji labels of 20 UTF-16 units on choices, ratings and quick replies',
    steps: [
      steps.send('menu', [{ type: 'text', text: 'Pick one' }], [{ label: '👍'.repeat(10) }, { label: 'Later', postbackData: 'later' }]),
      steps.send('hint', [{ type: 'text', text: '(or type it)' }]),
      steps.choice('food', 'Favourite?', ['🍣'.repeat(10), '🍜 ramen']),
    ],
    check: ([menu, hint, food]) => {
      // Quick replies show only under the last message of a request: the send step's moved there.
      expect(menu.quickReply).toBeUndefined();
      expect(hint.quickReply).toBeUndefined();
      expect(food.quickReply.items.map((i: any) => i.action.label)).toEqual(['🍣'.repeat(10), '🍜 ramen']);
    },
  },
  {
    name: 'quick replies of a step followed by another step go under the last message',
    steps: [
      steps.send('offer', [{ type: 'text', text: 'Want a coupon?' }], [{ label: '🎟️ Yes' }, { label: 'No' }]),
      steps.send('then', [{ type: 'text', text: 'Tap below.' }]),
    ],
    check: ([offer, then]) => {
      expect(offer.quickReply).toBeUndefined();
      expect(then.quickReply.items.map((i: any) => i.action.label)).toEqual(['🎟️ Yes', 'No']);
    },
  },
  {
    name: 'rating labels with emoji',
    steps: [steps.rating('stars', 'How did we do?', { lowLabel: '😡'.repeat(8), highLabel: '😍'.repeat(8) })],
    check: ([stars]) => {
      const labels = stars.quickReply.items.map((i: any) => i.action.label);
      expect(labels).toEqual([`1 ${'😡'.repeat(8)}`, '2', '3', '4', `5 ${'😍'.repeat(8)}`]);
    },
  },
];

describe('conformance: every step that sends, with adversarial data, against the fake LINE API', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    for (const [i, c] of cases.entries()) {
      const created = await t.api('POST', '/api/workflows', chainWorkflow(`conf-${i}`, `conf${i}`, c.steps));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const published = await t.api('POST', `/api/workflows/conf-${i}/publish`);
      expect(published.status, JSON.stringify(published.body)).toBe(201);
    }
  });
  afterAll(() => t.stop());

  it.each(cases.map((c, i) => [c.name, i] as const))('%s', async (_name, i) => {
    const c = cases[i];
    const user = `U${String(i).padStart(2, '0')}${'c0'.repeat(15)}`;
    await t.webhook([lineEvent(t.line, user, textMessage(`conf${i}`))]);
    for (const [turn, said] of (c.says ?? []).entries()) {
      await eventually(() => (t.line?.messagesTo(user).length ?? 0) > turn, 10_000, `question ${turn + 1}`);
      await t.webhook([lineEvent(t.line, user, textMessage(said))]);
    }
    if (c.fails) {
      const run = await eventually(async () => (await t.api('GET', `/api/runs?contactId=${user}`)).body.runs.find((r: any) => r.status === 'failed'));
      expect(run.error).toContain(`step ${c.fails.step}: ${c.fails.text}`);
      const { texts } = c.fails;
      await eventually(() => (t.line?.messagesTo(user).length ?? 0) >= texts.length);
      expect(t.line?.textsTo(user)).toEqual(texts);
    } else {
      const expected = c.steps.reduce((n, step) => n + (step.type === 'send-message' ? (step.data.messages as unknown[]).length : 1), 0);
      const messages = await eventually(() => ((t.line?.messagesTo(user).length ?? 0) >= expected ? t.line?.messagesTo(user) : null));
      expect(messages).toHaveLength(expected);
      c.check?.(messages);
    }
  });

  it('LINE refused no request: every reply and push passed its schemas, with quick replies only on the last message', () => {
    const sends = (t.line?.calls ?? []).filter((call) => call.endpoint === 'reply' || call.endpoint === 'push');
    expect(sends.length).toBeGreaterThan(cases.length);
    expect(sends.filter((call) => call.status !== 200).map((call) => `${call.status} ${JSON.stringify(call.body).slice(0, 200)}`)).toEqual([]);
    for (const { messages } of t.line?.delivered ?? []) expect(messages.slice(0, -1).filter((m) => m.quickReply)).toEqual([]);
  });

  it('the validator names each fixed problem at its step and option: the draft is refused before anything runs', async () => {
    const typo = chainWorkflow('conf-typos', 'typos', [
      steps.send(
        'card',
        [{ type: 'flex', altText: 'Hours', contents: bubble({ type: 'bx', layout: 'vertical', contents: [] }) }],
        [{ label: '👍'.repeat(11) }],
      ),
      steps.send('pic', [{ type: 'flex', altText: 'Map', contents: bubble({ type: 'image', url: 'http://example.com/map.png', size: 'huge' }) }]),
    ]);
    const refused = await t.api('POST', '/api/workflows', typo);
    expect(refused.status).toBe(400);
    expect(refused.body.problems.map((p: any) => p.message)).toEqual([
      'node card (Send message): options.quickReplies.0.label must be at most 20 characters (it has 22)',
      'node pic (Send message): options.messages.0.contents.body.contents.0.url must be an https:// URL of at most 2000 characters, with spaces and non-ASCII characters percent-encoded (it is "http://example.com/map.png")',
      'node pic (Send message): options.messages.0.contents.body.contents.0.size must be one of xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl, full, or pixels like 12px or a percentage like 50% (it is "huge")',
    ]);
    (typo.nodes as any)[1].data.quickReplies = [{ label: '👍'.repeat(10) }];
    const second = await t.api('POST', '/api/workflows', typo);
    expect(second.body.problems.map((p: any) => p.message)[0]).toBe(
      'node card (Send message): options.messages.0.contents.body.contents.0.type is "bx", which is not a kind LINE knows here (box, button, image, video, icon, text, span, separator, filler)',
    );
  });
});
