import { describe, expect, it } from 'vitest';
import type { WorkflowDocument } from '../document/workflow-document';
import { exampleNames, loadExample } from '../testing/load-example';
import { validateWorkflow } from './validate-workflow';

// Loosely typed access for building broken documents on purpose.
type Loose = any;

function broken(example: string, mutate: (doc: Loose) => void): unknown {
  const doc = loadExample(example) as Loose;
  mutate(doc);
  return doc;
}

function nodeIndex(doc: WorkflowDocument, id: string): number {
  return doc.nodes.findIndex((node) => node.id === id);
}

describe('the examples', () => {
  it('are all present', () => {
    expect(exampleNames()).toEqual([
      'business-hours-autoreply',
      'csat-on-close',
      'faq-menu',
      'routing-by-language',
      'shortcut-escalate',
    ]);
  });

  it.each(exampleNames())('%s validates with no error and no warning', (name) => {
    const result = validateWorkflow(loadExample(name));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

interface BrokenCase {
  mistake: string;
  document: () => unknown;
  /** A substring of the one error expected, and the node or edge it must name. */
  message: string;
  nodeId?: string;
  edgeId?: string;
  field?: string;
}

const longText = 'あ'.repeat(5001);
const bigBubble = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x'.repeat(31_000) }] } };
const smallBubble = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'hi' }] } };

const cases: BrokenCase[] = [
  {
    mistake: 'an edge to a node that does not exist',
    document: () => broken('faq-menu', (d) => (d.edges[2].target = 'ghost')),
    message: 'edge e-hours: target points to node "ghost", which does not exist',
    edgeId: 'e-hours',
  },
  {
    mistake: 'an edge from a node that does not exist',
    document: () => broken('faq-menu', (d) => (d.edges[0].source = 'nobody')),
    message: 'edge e-menu: source points to node "nobody", which does not exist',
    edgeId: 'e-menu',
  },
  {
    mistake: 'a 14th choice (LINE shows at most 13 quick replies)',
    document: () =>
      broken('faq-menu', (d) => {
        for (let i = 0; i < 11; i++) d.nodes[2].data.choices.push({ id: `c${i}`, label: `Choice ${i}` });
      }),
    message: 'node ask-topic (Multiple choice): options.choices must have at most 13 items (it has 14)',
    nodeId: 'ask-topic',
    field: 'choices',
  },
  {
    mistake: 'an unknown step type',
    document: () => broken('faq-menu', (d) => (d.nodes[3].type = 'send-fax')),
    message: 'node send-hours: type "send-fax" is not a step type (known types: trigger-keyword',
    nodeId: 'send-hours',
  },
  {
    mistake: 'a keyword regex that does not compile',
    document: () => broken('faq-menu', (d) => Object.assign(d.nodes[0].data, { match: 'regex', keywords: ['menu(', 'ok'] })),
    message: 'node trigger-menu (Keyword): options.keywords.0 is not a valid regular expression',
    nodeId: 'trigger-menu',
    field: 'keywords.0',
  },
  {
    mistake: 'a loop with no waiting step (it would spin forever)',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes.push({ id: 'again', type: 'jump-to', position: { x: 0, y: 0 }, data: { targetNodeId: 'send-pricing' } });
        d.edges.push({ id: 'e-again', source: 'send-pricing', sourceHandle: 'next', target: 'again' });
      }),
    message: 'node send-pricing (Send message): is in a loop with no step that waits (send-pricing → again)',
    nodeId: 'send-pricing',
  },
  {
    mistake: 'a timeout of zero minutes',
    document: () => broken('faq-menu', (d) => (d.nodes[2].data.timeoutMinutes = 0)),
    message: 'node ask-topic (Multiple choice): options.timeoutMinutes must be ≥ 1',
    nodeId: 'ask-topic',
    field: 'timeoutMinutes',
  },
  {
    mistake: 'an edge from a port the step does not have',
    document: () => broken('faq-menu', (d) => (d.edges[2].sourceHandle = 'opening-hours')),
    message:
      'edge e-hours: sourceHandle "opening-hours" is not a port of node ask-topic (Multiple choice); its ports are hours, pricing, agent, invalid, timeout',
    edgeId: 'e-hours',
  },
  {
    mistake: 'two nodes with the same id',
    document: () => broken('faq-menu', (d) => (d.nodes[4].id = 'send-hours')),
    message: 'repeats the node id "send-hours"',
    nodeId: 'send-hours',
  },
  {
    mistake: 'two edges with the same id',
    document: () => broken('faq-menu', (d) => (d.edges[3].id = 'e-hours')),
    message: 'edge e-hours: id repeats the edge id "e-hours"',
    edgeId: 'e-hours',
  },
  {
    mistake: 'one port connected to two steps',
    document: () => broken('faq-menu', (d) => d.edges.push({ id: 'e-twice', source: 'ask-topic', sourceHandle: 'hours', target: 'send-pricing' })),
    message: 'edge e-twice: sourceHandle port "hours" of node ask-topic is already connected by edge e-hours',
    edgeId: 'e-twice',
  },
  {
    mistake: 'an edge into a trigger',
    document: () => broken('faq-menu', (d) => d.edges.push({ id: 'e-back', source: 'send-hours', sourceHandle: 'next', target: 'trigger-menu' })),
    message: 'edge e-back: target leads into trigger "trigger-menu"',
    edgeId: 'e-back',
  },
  {
    mistake: 'no trigger at all',
    document: () =>
      broken('csat-on-close', (d) => {
        d.nodes.shift();
        d.edges.shift();
      }),
    message: 'nodes has no trigger; add one',
  },
  {
    mistake: 'a text over 5,000 characters',
    document: () => broken('faq-menu', (d) => (d.nodes[3].data.messages[0].text = longText)),
    message: 'node send-hours (Send message): options.messages.0.text must be at most 5000 characters (it has 5001)',
    nodeId: 'send-hours',
  },
  {
    mistake: 'six messages in one step (LINE sends at most 5 per request)',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes[3].data.messages = Array.from({ length: 6 }, (_, i) => ({ type: 'text', text: `part ${i}` }));
      }),
    message: 'node send-hours (Send message): options.messages must have at most 5 items (it has 6)',
    nodeId: 'send-hours',
  },
  {
    mistake: 'a quick-reply label over 20 characters',
    document: () => broken('faq-menu', (d) => (d.nodes[3].data.quickReplies = [{ label: 'Tell me about the opening hours' }])),
    message: 'node send-hours (Send message): options.quickReplies.0.label must be at most 20 characters (it has 31)',
    nodeId: 'send-hours',
  },
  {
    mistake: '14 quick replies on a message',
    document: () =>
      broken('faq-menu', (d) => (d.nodes[3].data.quickReplies = Array.from({ length: 14 }, (_, i) => ({ label: `Q${i}` })))),
    message: 'options.quickReplies must have at most 13 items (it has 14)',
    nodeId: 'send-hours',
  },
  {
    mistake: 'postback data over 300 characters',
    document: () => broken('faq-menu', (d) => (d.nodes[3].data.quickReplies = [{ label: 'More', postbackData: 'x'.repeat(301) }])),
    message: 'options.quickReplies.0.postbackData must be at most 300 characters (it has 301)',
    nodeId: 'send-hours',
  },
  {
    mistake: 'a flex bubble over 30 KB',
    document: () =>
      broken('faq-menu', (d) => (d.nodes[3].data.messages = [{ type: 'flex', altText: 'Hours', contents: bigBubble }])),
    message: 'node send-hours (Send message): options.messages.0.contents is 31.1 KB of JSON; a flex bubble may be at most 30.0 KB',
    nodeId: 'send-hours',
  },
  {
    mistake: 'a flex carousel of 13 bubbles',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes[3].data.messages = [{ type: 'flex', altText: 'Hours', contents: { type: 'carousel', contents: Array(13).fill(smallBubble) } }];
      }),
    message: 'options.messages.0.contents has 13 bubbles; a carousel may have at most 12',
    nodeId: 'send-hours',
  },
  {
    mistake: 'an image over plain http',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes[3].data.messages = [{ type: 'image', originalContentUrl: 'http://example.com/a.png', previewImageUrl: 'https://example.com/a.png' }];
      }),
    message: 'options.messages.0.originalContentUrl must be an https:// URL (LINE accepts only https for media)',
    nodeId: 'send-hours',
  },
  {
    mistake: 'a keyword trigger with no keyword',
    document: () => broken('faq-menu', (d) => (d.nodes[0].data.keywords = [])),
    message: 'node trigger-menu (Keyword): options.keywords must have at least 1 item',
    nodeId: 'trigger-menu',
  },
  {
    mistake: 'two choices with the same label (ignoring case and width)',
    document: () => broken('faq-menu', (d) => (d.nodes[2].data.choices[1].label = 'ＢＵＳＩＮＥＳＳ hours')),
    message: 'options.choices.1.label repeats the label "business hours"',
    nodeId: 'ask-topic',
  },
  {
    mistake: 'a choice id that is a reserved port name',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes[2].data.choices[0].id = 'timeout';
        d.edges[2].sourceHandle = 'timeout';
      }),
    message: 'options.choices.0.id "timeout" is reserved for the step\'s own port',
    nodeId: 'ask-topic',
  },
  {
    mistake: 'a business-hours condition with no business hours set',
    document: () => broken('business-hours-autoreply', (d) => delete d.settings.businessHours),
    message: 'node branch-hours (Branch): needs settings.businessHours',
    nodeId: 'branch-hours',
  },
  {
    mistake: 'a time zone that does not exist',
    document: () => broken('faq-menu', (d) => (d.settings.timezone = 'Asia/Osaka')),
    message: 'settings.timezone must be an IANA time zone like Asia/Tokyo',
  },
  {
    mistake: 'a placeholder with an unknown root',
    document: () => broken('faq-menu', (d) => (d.nodes[3].data.messages[0].text = 'Hi {{customer.name}}')),
    message: 'options.messages.0.text `{{customer.name}}` starts with an unknown name "customer"',
    nodeId: 'send-hours',
  },
  {
    mistake: 'a placeholder never closed',
    document: () => broken('faq-menu', (d) => (d.nodes[3].data.messages[0].text = 'Hi {{contact.displayName')),
    message: 'options.messages.0.text has a `{{` that is never closed with `}}`',
    nodeId: 'send-hours',
  },
  {
    mistake: 'a question step without its question',
    document: () => broken('csat-on-close', (d) => delete d.nodes[2].data.question),
    message: 'node ask-improve (Ask a question): options.question is required',
    nodeId: 'ask-improve',
    field: 'question',
  },
  {
    mistake: 'a misspelt option',
    document: () => broken('faq-menu', (d) => (d.nodes[2].data.timeoutMinutse = 5)),
    message: 'node ask-topic (Multiple choice): options.timeoutMinutse is not a known field (known fields: question, choices',
    nodeId: 'ask-topic',
  },
  {
    mistake: 'a rating range beyond the scale',
    document: () => broken('csat-on-close', (d) => (d.nodes[1].data.ranges[1].max = 7)),
    message: 'node rate-support (Rating (CSAT)): options.ranges.1.max must be ≤ 5, the top of the scale',
    nodeId: 'rate-support',
  },
  {
    mistake: 'an HTTP body that is not JSON',
    document: () => broken('shortcut-escalate', (d) => (d.nodes[3].data.body = '{"reason": {{vars.reason}')),
    message: 'node create-ticket (HTTP request): options.body is not valid JSON',
    nodeId: 'create-ticket',
  },
  {
    mistake: 'a jump to a step that does not exist',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes.push({ id: 'back', type: 'jump-to', position: { x: 0, y: 0 }, data: { targetNodeId: 'main-menu' } });
        d.edges.push({ id: 'e-back', source: 'send-hours', sourceHandle: 'next', target: 'back' });
      }),
    message: 'node back (Jump to): options.targetNodeId points to node "main-menu", which does not exist',
    nodeId: 'back',
  },
  {
    mistake: 'a document from a newer format version',
    document: () => broken('faq-menu', (d) => (d.schemaVersion = 2)),
    message: 'schemaVersion must be 1',
  },
  {
    mistake: 'assigning to a team without naming it',
    document: () => broken('faq-menu', (d) => delete d.nodes[5].data.team),
    message: 'node assign-support (Assign): options.team is required when assigning to a team',
    nodeId: 'assign-support',
  },
  {
    mistake: 'a number question whose min is above its max',
    document: () => broken('csat-on-close', (d) => Object.assign(d.nodes[2].data, { kind: 'number', min: 10, max: 1 })),
    message: 'node ask-improve (Ask a question): options.max must be ≥ min (10)',
    nodeId: 'ask-improve',
  },
  {
    mistake: 'a wait longer than 30 days',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes.push({ id: 'pause', type: 'wait', position: { x: 0, y: 0 }, data: { amount: 31, unit: 'days' } });
        d.edges.push({ id: 'e-pause', source: 'send-hours', sourceHandle: 'next', target: 'pause' });
      }),
    message: 'node pause (Wait): options.amount must add up to at most 30 days',
    nodeId: 'pause',
  },
  {
    mistake: 'overwriting the LINE user id of a contact',
    document: () => broken('shortcut-escalate', (d) => d.nodes[2].data.actions.push({ kind: 'set-field', field: 'userId', value: 'x' })),
    message: 'node tag-escalated (Update contact): options.actions.1.field "userId" comes from LINE and cannot be changed',
    nodeId: 'tag-escalated',
  },
  {
    mistake: 'an HTTP header name with a colon',
    document: () => broken('shortcut-escalate', (d) => (d.nodes[3].data.headers[0].name = 'Content-Type:')),
    message: 'options.headers.0.name must be a valid HTTP header name',
    nodeId: 'create-ticket',
  },
  {
    mistake: 'a multiple choice with a single choice',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes[2].data.choices = [{ id: 'hours', label: 'Business hours' }];
      }),
    message: 'node ask-topic (Multiple choice): options.choices must have at least 2 items',
    nodeId: 'ask-topic',
  },
  {
    mistake: 'business hours written as "9am"',
    document: () => broken('business-hours-autoreply', (d) => (d.settings.businessHours.weekly.mon[0].from = '9am')),
    message: 'settings.businessHours.weekly.mon.0.from must be a time of day like 09:00',
  },
  {
    mistake: 'comparing with "greater than" to a word',
    document: () =>
      broken('routing-by-language', (d) => {
        d.nodes[1].data.branches[0].conditions = [{ subject: 'variable', field: 'age', operator: 'greater-than', value: 'adult' }];
      }),
    message: 'node branch-language (Branch): options.branches.0.conditions.0.value must be a number for "greater-than"',
    nodeId: 'branch-language',
  },
  {
    mistake: 'saving an answer to a variable name with a dash',
    document: () => broken('csat-on-close', (d) => (d.nodes[2].data.saveTo.name = 'what-better')),
    message: 'options.saveTo.name must start with a letter or "_" and contain only letters, digits and "_"',
    nodeId: 'ask-improve',
  },
  {
    mistake: 'a jump back to a trigger',
    document: () =>
      broken('faq-menu', (d) => {
        d.nodes.push({ id: 'restart', type: 'jump-to', position: { x: 0, y: 0 }, data: { targetNodeId: 'trigger-menu' } });
        d.edges.push({ id: 'e-restart', source: 'send-hours', sourceHandle: 'next', target: 'restart' });
      }),
    message: 'node restart (Jump to): options.targetNodeId points to trigger "trigger-menu"',
    nodeId: 'restart',
  },
  {
    mistake: 'a document that is a list, not an object',
    document: () => [],
    message: 'A workflow must be a JSON object',
  },
];

describe('malformed documents', () => {
  it('cover at least 30 different mistakes', () => {
    expect(new Set(cases.map((c) => c.mistake)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('rejects $mistake', ({ document, message, nodeId, edgeId, field }) => {
    const result = validateWorkflow(document());
    expect(result.ok).toBe(false);
    const match = result.errors.find((problem) => problem.message.includes(message));
    expect(match, `no error contains:\n  ${message}\nerrors were:\n  ${result.errors.map((e) => e.message).join('\n  ')}`).toBeDefined();
    if (nodeId) expect(match?.nodeId).toBe(nodeId);
    if (edgeId) expect(match?.edgeId).toBe(edgeId);
    if (field) expect(match?.field).toBe(field);
  });
});

describe('warnings', () => {
  it('flags a step no trigger reaches, without blocking', () => {
    const doc = broken('faq-menu', (d) => d.nodes.push({ id: 'orphan', type: 'add-note', position: { x: 0, y: 0 }, data: { text: 'x' } }));
    const result = validateWorkflow(doc);
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message)).toEqual(['node orphan (Internal note): cannot be reached from any trigger, so it never runs']);
  });

  it('flags a variable that nothing upstream sets', () => {
    const doc = broken('faq-menu', (d) => (d.nodes[3].data.messages[0].text = 'Order {{vars.orderId}} is ready'));
    const result = validateWorkflow(doc);
    expect(result.ok).toBe(true);
    expect(result.warnings[0]?.message).toBe(
      'node send-hours (Send message): options.messages.0.text uses {{vars.orderId}}, which no earlier step sets and the settings do not declare; it would be empty',
    );
  });

  it('accepts a variable set by a step upstream, but not one set only downstream', () => {
    const doc = loadExample('csat-on-close') as Loose;
    doc.nodes[4].data.messages[0].text = 'You said: {{vars.improvement}}'; // after ask-improve: fine
    doc.nodes[3].data.messages[0].text = 'You said: {{vars.improvement}}'; // send-thanks is not after it
    const warnings = validateWorkflow(doc).warnings;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.nodeId).toBe('send-thanks');
  });

  it('accepts a loop that waits for the customer', () => {
    const doc = broken('faq-menu', (d) => {
      d.nodes.push({ id: 'back', type: 'jump-to', position: { x: 0, y: 0 }, data: { targetNodeId: 'ask-topic' } });
      d.edges.push({ id: 'e-back', source: 'send-hours', sourceHandle: 'next', target: 'back' });
    });
    expect(validateWorkflow(doc).errors).toEqual([]);
  });
});

describe('the pointer of each problem', () => {
  it('leads to the offending value', () => {
    const doc = broken('faq-menu', (d) => (d.nodes[2].data.timeoutMinutes = 0)) as WorkflowDocument;
    const [problem] = validateWorkflow(doc).errors;
    expect(problem?.pointer).toBe(`/nodes/${nodeIndex(doc, 'ask-topic')}/data/timeoutMinutes`);
  });
});

describe('a large workflow', () => {
  it('with 2,000 steps in a chain is checked without overflowing the stack', () => {
    const nodes: Loose[] = [{ id: 't', type: 'trigger-any-message', position: { x: 0, y: 0 }, data: {} }];
    const edges: Loose[] = [];
    for (let i = 0; i < 2000; i++) {
      nodes.push({ id: `n${i}`, type: 'add-note', position: { x: i, y: 0 }, data: { text: `step ${i}` } });
      edges.push({ id: `e${i}`, source: i === 0 ? 't' : `n${i - 1}`, sourceHandle: 'next', target: `n${i}` });
    }
    edges.push({ id: 'loop', source: 'n1999', sourceHandle: 'next', target: 'n0' });
    const doc = { schemaVersion: 1, id: 'big', name: 'Big', settings: { timezone: 'Asia/Tokyo' }, nodes, edges };
    const result = validateWorkflow(doc);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.message).toContain('is in a loop with no step that waits');
  });
});
