import type { WorkflowDocument, WorkflowNode } from '../shared/document/workflow-document';

/**
 * A valid workflow of `size` steps for benchmarks: a keyword trigger, then a chain of questions,
 * choices and messages laid out in a grid, every step connected to the next.
 */
export function generateWorkflow(id: string, size: number): WorkflowDocument {
  const columns = 25;
  const nodes: WorkflowNode[] = [
    { id: 'n0', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['start'], match: 'exact', interruptsWaitingRun: false } },
  ];
  const edges: WorkflowDocument['edges'] = [];
  for (let i = 1; i < size; i++) {
    const position = { x: (i % columns) * 320, y: Math.floor(i / columns) * 220 };
    const kind = i % 3;
    const node: WorkflowNode =
      kind === 0
        ? {
            id: `n${i}`,
            type: 'multiple-choice',
            position,
            data: {
              question: `Question ${i}?`,
              choices: [
                { id: 'yes', label: 'Yes' },
                { id: 'no', label: 'No' },
              ],
              retry: { maxAttempts: 1, message: 'Please choose.' },
              timeoutMinutes: 10,
            },
          }
        : kind === 1
          ? { id: `n${i}`, type: 'send-message', position, data: { messages: [{ type: 'text', text: `Message number ${i} for {{contact.displayName}}` }] } }
          : { id: `n${i}`, type: 'add-note', position, data: { text: `Note ${i}` } };
    nodes.push(node);
    const previous = nodes[i - 1];
    edges.push({ id: `e${i}`, source: previous.id, sourceHandle: previous.type === 'multiple-choice' ? 'yes' : 'next', target: node.id });
  }
  return { schemaVersion: 1, id, name: `Benchmark ${size}`, settings: { timezone: 'Asia/Tokyo' }, nodes, edges };
}
