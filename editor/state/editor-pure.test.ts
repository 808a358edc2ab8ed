import { describe, expect, it } from 'vitest';
import { loadExample } from '../../shared/testing/load-example';
import { diffDocuments } from '../../shared/document/diff-documents';
import { checkImport } from '../workflows/read-import-file';
import { fromDocument, toDocument } from './document-conversion';
import { newNodeId, workflowIdFrom } from './new-ids';

describe('the document on the canvas', () => {
  it('goes to React Flow and back unchanged, dropping what React Flow adds while editing', () => {
    const document = loadExample('routing-by-language');
    const { meta, nodes, edges } = fromDocument(document);
    const touched = nodes.map((n) => ({ ...n, selected: true, dragging: false, measured: { width: 260, height: 120 } }));
    expect(
      toDocument(
        meta,
        touched,
        edges.map((e) => ({ ...e, selected: true })),
      ),
    ).toEqual(document);
  });
});

describe('ids', () => {
  it('gives the next free node id', () => {
    expect(newNodeId(['n1', 'n2'])).toBe('n3');
    expect(newNodeId(['n3', 'x'])).toBe('n4');
    expect(newNodeId(['n1', 'n3'])).toBe('n4');
  });

  it('makes a workflow id from a name, unique', () => {
    expect(workflowIdFrom('FAQ menu', [])).toBe('faq-menu');
    expect(workflowIdFrom('FAQ menu', ['faq-menu'])).toBe('faq-menu-2');
    expect(workflowIdFrom('日本語', [])).toBe('workflow');
  });
});

describe('comparing a version with the draft', () => {
  it('lists, field by field, what the versions dialog shows: changed, removed steps and connections', () => {
    const version = loadExample('faq-menu');
    const draft = loadExample('faq-menu');
    draft.nodes[3] = { ...draft.nodes[3], data: { messages: [{ type: 'text', text: 'Open every day.' }] } } as never;
    draft.nodes = draft.nodes.filter((n) => n.id !== 'send-agents-busy');
    draft.edges = draft.edges.filter((e) => e.id !== 'e-unavailable');
    expect(diffDocuments(version, draft).map((c) => c.text)).toEqual([
      '~ step send-hours (Send message): messages[0].text "We are open Monday to Friday, 9:00–18:00 (JST)." → "Open every day."',
      '− step send-agents-busy (Send message) removed',
      '− connection assign-support.unavailable → send-agents-busy',
    ]);
    expect(diffDocuments(version, version)).toEqual([]);
  });
});

describe('checking an imported file', () => {
  it('accepts an example, and names the mistake of a broken one', () => {
    expect(checkImport('faq.json', JSON.stringify(loadExample('faq-menu'))).ok).toBe(true);
    expect(checkImport('bad.json', '{"id": ')).toEqual({ ok: false, problems: ['bad.json is not valid JSON: line 1, column 8: expected a value'] });
    const broken = loadExample('faq-menu') as any;
    broken.nodes[0].data.keywords = [];
    expect(checkImport('x.json', JSON.stringify(broken))).toEqual({
      ok: false,
      problems: ['x.json: node trigger-menu (Keyword): options.keywords must have at least 1 item'],
    });
  });
});
