import { beforeEach, describe, expect, it } from 'vitest';
import { loadExample } from '../../shared/testing/load-example';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import { parsePayload } from './clipboard';
import { useEditor } from './editor-store';
import { rectOf, type Rect } from './placement';

const store = () => useEditor.getState();
const edgesOf = (id: string) =>
  store()
    .edges.filter((e) => e.source === id || e.target === id)
    .map((e) => `${e.source}.${e.sourceHandle}->${e.target}`)
    .sort();

function overlapping(rects: Rect[]): [number, number][] {
  const pairs: [number, number][] = [];
  rects.forEach((a, i) =>
    rects.slice(i + 1).forEach((b, j) => {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) pairs.push([i, i + j + 1]);
    }),
  );
  return pairs;
}

beforeEach(() => store().load(loadExample('faq-menu'), null));

describe('undo', () => {
  it('brings a deleted step back with every edge into and out of it, in one undo', () => {
    const before = store().document();
    expect(edgesOf('ask-topic')).toHaveLength(5);
    store().select('ask-topic');
    store().deleteSelected();
    expect(store().nodes.some((n) => n.id === 'ask-topic')).toBe(false);
    expect(edgesOf('ask-topic')).toEqual([]);
    store().undo();
    expect(store().document()).toEqual(before);
    expect(store().past).toHaveLength(0);
  });

  it('records a deletion as React Flow reports it (nodes, then their edges) as one step of undo, and one revision', () => {
    const before = store().document();
    const revision = store().revision;
    const connected = store().edges.filter((e) => e.source === 'assign-support' || e.target === 'assign-support');
    store().onNodesChange([{ type: 'remove', id: 'assign-support' }]);
    store().onEdgesChange(connected.map((e) => ({ type: 'remove', id: e.id })));
    expect(store().past).toHaveLength(1);
    // Autosave sees one new revision: the step and its edges gone together, never one without the other.
    expect(store().revision).toBe(revision + 1);
    store().undo();
    expect(store().document()).toEqual(before);
  });

  it('undoes a drag to where it began, and a click that moved nothing leaves no step of undo', () => {
    const start = store().nodes.find((n) => n.id === 'send-hours')?.position;
    store().checkpoint();
    store().onNodesChange([{ type: 'position', id: 'send-hours', position: { x: 900, y: 900 }, dragging: true }]);
    store().onNodesChange([{ type: 'position', id: 'send-hours', position: { x: 1000, y: 1000 }, dragging: false }]);
    store().checkpoint();
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().nodes.find((n) => n.id === 'send-hours')?.position).toEqual(start);
  });

  it('takes typing in one field as one step of undo', () => {
    const data = store().nodes.find((n) => n.id === 'send-hours')?.data;
    for (const text of ['O', 'Op', 'Ope', 'Open']) store().updateNodeData('send-hours', { messages: [{ type: 'text', text }] });
    expect(store().past).toHaveLength(1);
    store().undo();
    expect(store().nodes.find((n) => n.id === 'send-hours')?.data).toEqual(data);
  });
});

describe('copy and paste', () => {
  it('pastes copies with new ids, the edges between them kept and none to the steps left behind', () => {
    for (const id of ['assign-support', 'send-agent-soon', 'send-agents-busy']) store().onNodesChange([{ type: 'select', id, selected: true }]);
    const payload = store().copySelected();
    // Through the system clipboard as text, as between two workflows.
    const carried = parsePayload(JSON.stringify(payload));
    store().load(loadExample('csat-on-close'), null);
    const before = new Set(store().nodes.map((n) => n.id));
    store().paste(carried, { x: 300, y: 60 });
    const pasted = store().nodes.filter((n) => n.selected);
    expect(pasted.map((n) => n.type).sort()).toEqual(['assign', 'send-message', 'send-message']);
    expect(pasted.every((n) => !before.has(n.id))).toBe(true);
    const ids = new Set(pasted.map((n) => n.id));
    const assign = pasted.find((n) => n.type === 'assign')?.id;
    const inner = store().edges.filter((e) => ids.has(e.source) || ids.has(e.target));
    expect(inner.map((e) => `${e.source === assign}.${e.sourceHandle}`).sort()).toEqual(['true.assigned', 'true.unavailable']);
    expect(inner.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(new Set(store().edges.map((e) => e.id)).size).toBe(store().edges.length);
    expect(overlapping(store().nodes.map(rectOf))).toEqual([]);
    expect(validateWorkflow(store().document()).errors.filter((p) => p.message.includes('repeats'))).toEqual([]);
    store().undo();
    expect(store().nodes.map((n) => n.id)).toEqual([...before]);
  });

  it('refuses a text that is not copied steps', () => {
    expect(parsePayload('hello')).toBeNull();
    expect(parsePayload('{"kind":"other","nodes":[],"edges":[]}')).toBeNull();
    expect(
      parsePayload(
        JSON.stringify({ kind: 'lineflow/steps', version: 1, nodes: [{ id: 'x', type: 'no-such-step', position: { x: 0, y: 0 }, data: {} }], edges: [] }),
      ),
    ).toBeNull();
  });
});

describe('placing new steps', () => {
  it('never puts a new step on top of another, however many land at the same centre', () => {
    for (let i = 0; i < 25; i++) {
      store().select(null);
      store().addStep('send-message', { x: 500, y: 100 });
    }
    store().addNote({ x: 500, y: 100 });
    expect(overlapping(store().nodes.map(rectOf))).toEqual([]);
  });

  it('adds steps from each port of a step to its right, connected, in a column without overlaps', () => {
    const source = store().nodes.find((n) => n.id === 'ask-topic');
    if (!source) throw new Error('no ask-topic');
    const right = source.position.x + rectOf(source).width + 80;
    for (const port of ['invalid', 'timeout']) store().addStepAfter('send-message', 'ask-topic', port, { x: right, y: source.position.y });
    const added = store().edges.filter((e) => e.source === 'ask-topic' && ['invalid', 'timeout'].includes(e.sourceHandle ?? ''));
    expect(added).toHaveLength(2);
    for (const edge of added) expect(store().nodes.find((n) => n.id === edge.target)?.position.x).toBe(right);
    expect(overlapping(store().nodes.map(rectOf))).toEqual([]);
  });
});

describe('names and notes', () => {
  it('saves a step name, and no name once it is cleared', () => {
    store().setStepName('ask-topic', 'Main menu');
    expect(
      store()
        .document()
        .nodes.find((n) => n.id === 'ask-topic')?.name,
    ).toBe('Main menu');
    store().setStepName('ask-topic', '  ');
    expect(
      store()
        .document()
        .nodes.find((n) => n.id === 'ask-topic'),
    ).not.toHaveProperty('name');
  });

  it('keeps notes apart from the steps: the validator and the steps never see them', () => {
    const id = store().addNote({ x: 0, y: 400 });
    store().updateNodeData(id, { text: 'Ask Sales before changing prices', color: 'pink' });
    const document = store().document();
    expect(document.notes).toEqual([expect.objectContaining({ id, text: 'Ask Sales before changing prices', color: 'pink' })]);
    expect(document.nodes.some((n) => n.id === id)).toBe(false);
    expect(validateWorkflow(document)).toMatchObject({ errors: [], warnings: [] });
    // The note comes back as it was saved.
    store().load(document, null);
    expect(store().document()).toEqual(document);
  });
});
