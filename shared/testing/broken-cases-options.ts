import { broken, nodeIndex } from './broken-example';
import type { BrokenCase } from './broken-case';

export const optionCases: BrokenCase[] = [
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
    document: () => broken('shortcut-escalate', (d) => (d.nodes[nodeIndex(d, 'create-ticket')].data.body = '{"reason": {{vars.reason}')),
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
    document: () =>
      broken('shortcut-escalate', (d) => d.nodes[nodeIndex(d, 'tag-escalated')].data.actions.push({ kind: 'set-field', field: 'userId', value: 'x' })),
    message: 'node tag-escalated (Update contact): options.actions.1.field "userId" comes from LINE and cannot be changed',
    nodeId: 'tag-escalated',
  },
  {
    mistake: 'an HTTP header name with a colon',
    document: () => broken('shortcut-escalate', (d) => (d.nodes[nodeIndex(d, 'create-ticket')].data.headers[0].name = 'Content-Type:')),
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
