import { broken } from './broken-example';
import type { BrokenCase } from './broken-case';

const longText = 'あ'.repeat(5001);
const bigBubble = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x'.repeat(31_000) }] } };
const smallBubble = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'hi' }] } };

export const graphAndLimitCases: BrokenCase[] = [
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
    document: () => broken('faq-menu', (d) => (d.nodes[3].data.quickReplies = Array.from({ length: 14 }, (_, i) => ({ label: `Q${i}` })))),
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
    document: () => broken('faq-menu', (d) => (d.nodes[3].data.messages = [{ type: 'flex', altText: 'Hours', contents: bigBubble }])),
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
];
