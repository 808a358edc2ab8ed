import { describe, expect, it } from 'vitest';
import type { WorkflowDocument } from '../document/workflow-document';
import { broken, nodeIndex, type Loose } from '../testing/broken-example';
import { exampleNames, loadExample } from '../testing/load-example';
import { validateWorkflow } from './validate-workflow';

describe('the examples', () => {
  it('are all present', () => {
    expect(exampleNames()).toEqual(['business-hours-autoreply', 'csat-on-close', 'faq-menu', 'routing-by-language', 'shortcut-escalate']);
  });

  it.each(exampleNames())('%s validates with no error and no warning', (name) => {
    const result = validateWorkflow(loadExample(name));
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.ok).toBe(true);
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

describe('company-wide business hours', () => {
  it('stand in for a workflow that sets none, when the installation has them', () => {
    const doc = broken('business-hours-autoreply', (d) => delete d.settings.businessHours);
    expect(validateWorkflow(doc).errors.map((e) => e.message)).toEqual([
      "node branch-hours (Branch): needs settings.businessHours; set them in the workflow settings (or the company's business hours)",
    ]);
    expect(validateWorkflow(doc, { companyBusinessHours: true }).errors).toEqual([]);
  });
});
