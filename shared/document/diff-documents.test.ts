import { describe, expect, it } from 'vitest';
import { loadExample } from '../testing/load-example';
import { diffDocuments, summarizeChanges } from './diff-documents';
import type { WorkflowDocument, WorkflowNode } from './workflow-document';

describe('diffDocuments', () => {
  it('finds nothing between a document and its copy with keys in another order', () => {
    const before = loadExample('faq-menu');
    const after = Object.fromEntries(Object.entries(structuredClone(before)).reverse()) as unknown as WorkflowDocument;
    after.nodes = before.nodes.map(
      (n) => ({ data: structuredClone(n.data), position: { y: n.position.y, x: n.position.x }, type: n.type, id: n.id }) as WorkflowNode,
    );
    after.edges = before.edges.map((e) => ({ ...e, id: `renamed-${e.id}` }));
    expect(diffDocuments(before, after)).toEqual([]);
  });

  it('names each step added, removed, moved and each field changed, with before and after', () => {
    const before = loadExample('faq-menu');
    const after = loadExample('faq-menu');
    const ask = after.nodes.find((n) => n.id === 'ask-topic') as WorkflowNode<'multiple-choice'>;
    ask.data.question = 'What do you need?';
    ask.data.choices[1].label = 'Prices';
    ask.position = { x: ask.position.x + 40, y: ask.position.y };
    after.nodes = after.nodes.filter((n) => n.id !== 'send-pricing');
    after.edges = after.edges.filter((e) => e.target !== 'send-pricing');
    after.nodes.push({ id: 'n9', type: 'send-message', position: { x: 0, y: 0 }, data: { messages: [{ type: 'text', text: 'See our site' }] } });
    after.edges.push({ id: 'e-n9', source: 'ask-topic', sourceHandle: 'pricing', target: 'n9' });
    after.settings.timezone = 'Asia/Bangkok';

    const changes = diffDocuments(before, after);
    expect(changes.map((c) => c.text)).toEqual([
      '~ workflow settings.timezone: "Asia/Tokyo" → "Asia/Bangkok"',
      '~ step ask-topic (Multiple choice): question "How can we help?" → "What do you need?"',
      '~ step ask-topic (Multiple choice): choices[1].label "Pricing" → "Prices"',
      '↔ step ask-topic (Multiple choice) moved',
      '+ step n9 (Send message) added',
      '− step send-pricing (Send message) removed',
      '+ connection ask-topic.pricing → n9',
      '− connection ask-topic.pricing → send-pricing',
    ]);
    expect(changes[2]).toMatchObject({ kind: 'step-changed', stepId: 'ask-topic', field: 'choices[1].label', before: 'Pricing', after: 'Prices' });
    expect(summarizeChanges(changes)).toBe(
      '1 workflow setting changed, 1 step changed, 1 step moved, 1 step added, 1 step removed, 1 connection added, 1 connection removed',
    );
  });

  it('lists an item added to a list as that item, the others unchanged', () => {
    const before = loadExample('faq-menu');
    const after = loadExample('faq-menu');
    (after.nodes[2] as WorkflowNode<'multiple-choice'>).data.choices.push({ id: 'refund', label: 'Refunds' });
    expect(diffDocuments(before, after).map((c) => c.text)).toEqual([
      '~ step ask-topic (Multiple choice): choices[3] (none) → {"id":"refund","label":"Refunds"}',
    ]);
  });
});
