import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keywordClashes, liveWorkflowOf } from '../../shared/keywords/keyword-clashes';
import { lineRequestProblems } from '../../shared/line-schema/line-request-schema';
import { richMenuImageProblems, richMenuProblems, type RichMenuDefinition } from '../../shared/rich-menus/rich-menu-rules';
import { getStepDefinition, stepDefinitions } from '../../shared/steps';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { broken } from '../../shared/testing/broken-example';
import { graphAndLimitCases } from '../../shared/testing/broken-cases-graph-and-limits';
import { optionCases } from '../../shared/testing/broken-cases-options';
import { exampleNames, loadExample } from '../../shared/testing/load-example';
import type { Problem } from '../../shared/validation/problem';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import { i18n } from '../i18n/i18n';
import { problemText, type CodedText } from './problem-text';

/**
 * Every problem shared/ says carries a code, and the English namespace said with its params gives
 * back the English message exactly: problems.json cannot drift from the sentences of record.
 */

const english = (key: string, options: Record<string, unknown> = {}) => i18n.t(key, { ...options, lng: 'en' });
const japanese = (key: string, options: Record<string, unknown> = {}) => i18n.t(key, { ...options, lng: 'ja' });

/** A workflow with one step of `type` (after a trigger, before a note), as step-definitions.test.ts has it. */
function withStep(type: string, change: (data: Record<string, unknown>) => void, id = 'step'): WorkflowDocument {
  const data = structuredClone(getStepDefinition(type)?.defaults) as Record<string, unknown>;
  change(data);
  const isTrigger = getStepDefinition(type)?.kind === 'trigger';
  const trigger = { id: 'start', type: 'trigger-any-message', position: { x: 0, y: 0 }, data: {} };
  const step = { id, type, position: { x: 200, y: 0 }, data };
  const target = { id: 'target', type: 'add-note', position: { x: 400, y: 0 }, data: { text: 'x' } };
  return {
    schemaVersion: 1,
    id: 'probe',
    name: 'Probe',
    settings: { timezone: 'Asia/Tokyo', businessHours: { timezone: 'Asia/Tokyo', weekly: { mon: [{ from: '09:00', to: '18:00' }] } } },
    nodes: isTrigger ? [step, target] : [trigger, step, target],
    edges: isTrigger ? [{ id: 'e1', source: id, sourceHandle: 'next', target: 'target' }] : [{ id: 'e1', source: 'start', sourceHandle: 'next', target: id }],
  } as unknown as WorkflowDocument;
}

const bubble = (text: string) => ({ type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text }] } });

/** Documents with the mistakes the step checks, the templates and LINE's schemas find. */
const stepCases: Array<[string, unknown]> = [
  ['ask-question min/max on text', withStep('ask-question', (d) => Object.assign(d, { kind: 'text', min: 1 }))],
  ['ask-question max below min', withStep('ask-question', (d) => Object.assign(d, { kind: 'number', min: 5, max: 2 }))],
  ['assign without agent', withStep('assign', (d) => Object.assign(d, { target: 'agent', team: undefined }))],
  ['assign without team', withStep('assign', (d) => Object.assign(d, { target: 'team', team: undefined }))],
  [
    'branch empty interval',
    withStep('branch', (d) => ((d.branches as any[])[0].conditions = [{ subject: 'time', operator: 'between', from: '09:00', to: '09:00' }])),
  ],
  ['branch value needed', withStep('branch', (d) => delete (d.branches as any[])[0].conditions[0].value)],
  ['branch value list', withStep('branch', (d) => Object.assign((d.branches as any[])[0].conditions[0], { operator: 'is-one-of', value: 'x' }))],
  ['branch single value', withStep('branch', (d) => Object.assign((d.branches as any[])[0].conditions[0], { value: ['a', 'b'] }))],
  ['branch number', withStep('branch', (d) => Object.assign((d.branches as any[])[0].conditions[0], { operator: 'greater-than', value: 'x' }))],
  ['branch regex', withStep('branch', (d) => Object.assign((d.branches as any[])[0].conditions[0], { operator: 'matches-regex', value: '(' }))],
  [
    'http body',
    withStep('http-request', (d) =>
      Object.assign(d, { url: 'https://u:p@example.com/x', method: 'GET', body: '{', headers: [{ name: 'Authorization', value: 'Bearer abc123' }] }),
    ),
  ],
  [
    'rating ranges',
    withStep('rating', (d) =>
      Object.assign(d, {
        ranges: [
          { id: 'a', min: 4, max: 9 },
          { id: 'b', min: 3, max: 2 },
          { id: 'a', min: 1, max: 5 },
        ],
      }),
    ),
  ],
  ['blank text', withStep('send-message', (d) => (d.messages = [{ type: 'text', text: '  ' }]))],
  [
    'flex carousel without bubbles',
    withStep('send-message', (d) => (d.messages = [{ type: 'flex', altText: 'x', contents: { type: 'carousel', contents: [] } }])),
  ],
  ['flex big bubble', withStep('send-message', (d) => (d.messages = [{ type: 'flex', altText: 'x', contents: bubble('x'.repeat(31_000)) }]))],
  [
    'flex typo',
    withStep(
      'send-message',
      (d) =>
        (d.messages = [
          {
            type: 'flex',
            altText: 'x',
            contents: {
              type: 'bubble',
              body: {
                type: 'box',
                layout: 'vertical',
                contents: [
                  { type: 'txt', text: 'a' },
                  { type: 'text', text: 'b', size: 'big', color: 'red' },
                ],
              },
            },
          },
        ]),
    ),
  ],
  ['switch alias', withStep('switch-rich-menu', (d) => (d.aliasId = 'Main Menu'))],
  ['switch alias blank', withStep('switch-rich-menu', (d) => (d.aliasId = ' '))],
  ['keyword blank', withStep('trigger-keyword', (d) => (d.keywords = [' ', 'x']))],
  ['keyword regex', withStep('trigger-keyword', (d) => Object.assign(d, { match: 'regex', keywords: ['(?<=a)b', '(', 'a{1000}{1000}'] }))],
  ['update LINE field', withStep('update-contact', (d) => (d.actions = [{ kind: 'set-field', field: 'displayName', value: 'x' }]))],
  ['wait too long', withStep('wait', (d) => Object.assign(d, { amount: 31, unit: 'days' }))],
  ['template problems', withStep('send-message', (d) => (d.messages = [{ type: 'text', text: '{{1x}} {{vars}} {{vars.later}} {{oops' }]))],
  [
    'duplicate shortcut fields',
    withStep(
      'trigger-shortcut',
      (d) =>
        (d.fields = [
          { name: 'a', label: 'A', kind: 'text' },
          { name: 'a', label: 'B', kind: 'text' },
        ]),
    ),
  ],
  ['not an object', [1, 2]],
  ['unknown step type', broken('faq-menu', (d) => (d.nodes[1].type = 'send-messages'))],
  ['no trigger', broken('faq-menu', (d) => (d.nodes = d.nodes.filter((n: { type: string }) => !n.type.startsWith('trigger-'))))],
];

const brokenDocuments: Array<[string, unknown]> = [
  ...graphAndLimitCases.map((c) => [c.mistake, c.document()] as [string, unknown]),
  ...optionCases.map((c) => [c.mistake, c.document()] as [string, unknown]),
  ...stepCases,
  ...exampleNames().map((name) => [name, loadExample(name)] as [string, unknown]),
];

const menu = (change: Partial<RichMenuDefinition>): RichMenuDefinition => ({
  name: 'Main',
  size: { width: 2500, height: 843 },
  chatBarText: 'Menu',
  selected: false,
  areas: [],
  ...change,
});

function checkCoded(problem: CodedText & { pointer?: string }, document?: unknown): string[] {
  if (!problem.code) return [`no code: ${problem.message}`];
  const key = `problems:${problem.code}`;
  if (!i18n.exists(key, { lng: 'en', ...problem.params })) return [`${problem.code} is not in en/problems.json (${problem.message})`];
  const said = problemText(problem, document, 'whole', english);
  return said === problem.message ? [] : [`${problem.code} says\n  ${said}\nnot\n  ${problem.message}`];
}

describe('problem codes', () => {
  it.each(brokenDocuments)('%s: every problem has a code, and en/problems.json says its message', (_name, document) => {
    const result = validateWorkflow(document, { teams: [{ id: 't1', name: 'Billing' }] });
    const problems: Problem[] = [...result.errors, ...result.warnings];
    expect(problems.flatMap((problem) => checkCoded(problem, document))).toEqual([]);
  });

  it('the step checks and LINE checks above find what they are made for', () => {
    const codes = new Set(
      stepCases.flatMap(([, document]) => {
        const result = validateWorkflow(document, { teams: [{ id: 't1', name: 'Billing' }] });
        return [...result.errors, ...result.warnings].map((p) => p.code);
      }),
    );
    for (const code of [
      'ask-question.minMaxKind',
      'ask-question.maxBelowMin',
      'assign.agentRequired',
      'assign.teamRequired',
      'assign.unknownTeam',
      'branch.emptyInterval',
      'branch.valueRequired',
      'branch.valueList',
      'branch.singleValue',
      'branch.valueNumber',
      'keywords.invalidPattern',
      'http-request.invalidJson',
      'http-request.bodyIgnoredForGet',
      'http-request.secretHeader',
      'http-request.userInUrl',
      'rating.maxAboveScale',
      'rating.minAboveMax',
      'rating.overlap',
      'steps.duplicate.rangeId',
      'steps.duplicate.fieldName',
      'send-message.blankText',
      'flex.noBubbles',
      'flex.bubbleTooBig',
      'line.unknownKind',
      'switch-rich-menu.aliasPattern',
      'switch-rich-menu.aliasNeeded',
      'trigger-keyword.blank',
      'keywords.unsupportedPattern',
      'update-contact.lineField',
      'wait.tooLong',
      'templates.notVariableName',
      'templates.needsField',
      'templates.unclosed',
      'templates.undeclaredVariable',
      'workflow.notObject',
      'schema.unknownStepType',
      'connections.noTrigger',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it('keyword clashes: the whole sentence', () => {
    const draft = withStep('trigger-keyword', (d) => (d.keywords = ['menu']), 'kw');
    const other = liveWorkflowOf(
      'faq',
      'FAQ menu',
      withStep('trigger-keyword', (d) => (d.keywords = ['MENU']), 'kw'),
    );
    const problems = [...keywordClashes(draft, 'Spring promo', [other]), ...keywordClashes(draft, 'A menu', [other])];
    expect(problems.map((p) => p.code)).toEqual(['keywords.clashTheyWin', 'keywords.clashThisWins']);
    expect(problems.flatMap((p) => checkCoded(p, draft))).toEqual([]);
  });

  it('LINE request problems', () => {
    const problems = [
      ...lineRequestProblems('message', { type: 'text', text: '  ' }),
      ...lineRequestProblems('message', { type: 'text', text: 'x'.repeat(5001) }),
      ...lineRequestProblems('message', { type: 'image', originalContentUrl: 'http://x.test/a.png', previewImageUrl: 'https://x.test/a.png' }),
      ...lineRequestProblems('message', {
        type: 'flex',
        altText: 'a',
        contents: { type: 'bubble', size: 'huge', body: { type: 'box', layout: 'vertical', margin: 'big', contents: [{ type: 'text' }] } },
      }),
      ...lineRequestProblems('quickReply', { items: [] }),
      ...lineRequestProblems('action', { type: 'uri', label: 'x' }),
    ];
    expect(problems.length).toBeGreaterThan(5);
    expect(problems.flatMap((p) => checkCoded(p))).toEqual([]);
  });

  it('rich menu problems', () => {
    const problems = [
      ...richMenuProblems(menu({ name: ' ', chatBarText: '', aliasId: 'Bad Alias' })),
      ...richMenuProblems(menu({ name: 'x'.repeat(301), chatBarText: 'y'.repeat(15), size: { width: 700, height: 200 } })),
      ...richMenuProblems(menu({ size: { width: 1000, height: 900 } })),
      ...richMenuProblems(
        menu({
          areas: [
            { bounds: { x: -1, y: 0, width: 10, height: 10 }, action: { type: 'message', text: 'hi' } },
            { bounds: { x: 2400, y: 800, width: 200, height: 100 }, action: { type: 'message', text: '' } },
            { bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: 'postback', label: 'x'.repeat(30), data: 'x'.repeat(400), displayText: ' x' } },
            { bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: 'uri', uri: 'ftp://x' } },
            { bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: 'richmenuswitch', richMenuAliasId: 'A', data: '' } },
            { bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: 'camera' } as never },
          ],
        }),
      ),
      ...richMenuImageProblems({ contentType: 'image/gif', bytes: 2 * 1024 * 1024, width: 700, height: 200 }, { width: 2500, height: 843 }),
      ...richMenuImageProblems({ contentType: '', bytes: 1, width: 1200, height: 405 }, { width: 2500, height: 843 }),
    ];
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThan(15);
    expect(problems.flatMap((p) => checkCoded(p))).toEqual([]);
  });

  it('says the place and the problem in the person’s language', () => {
    const document = withStep('ask-question', (d) => Object.assign(d, { kind: 'number', min: 5, max: 2 }));
    const [problem] = validateWorkflow(document).errors;
    expect(problem?.message).toBe('node step (Ask a question): options.max must be ≥ min (5)');
    const said = problemText(problem, document, 'whole', japanese);
    expect(said).not.toBe(problem?.message);
    expect(said).toContain('options.max');
    expect(said).toContain('5');
    expect(problemText(problem, document, 'inStep', english)).toBe('options.max must be ≥ min (5)');
  });

  it('each step check is in en/problems.json under its step type or a shared group', () => {
    const en = JSON.parse(readFileSync(join(import.meta.dirname, '../i18n/locales/en/problems.json'), 'utf8')) as Record<string, unknown>;
    for (const definition of stepDefinitions) if (definition.check && definition.type in en) expect(typeof en[definition.type]).toBe('object');
  });
});
