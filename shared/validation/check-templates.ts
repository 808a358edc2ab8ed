import type { WorkflowDocument } from '../document/workflow-document';
import { findTemplateReferences } from '../template/find-template-references';
import type { ProblemList } from './problem-list';
import type { WorkflowGraph } from './workflow-graph';

/**
 * Every `{{placeholder}}` is well formed and starts with a known root; each `{{vars.x}}` is
 * declared in the settings or set by a step that can run before it (a warning otherwise: it
 * would render empty).
 */
export function checkTemplates(document: WorkflowDocument, graph: WorkflowGraph, problems: ProblemList, skip: Set<number>): void {
  const available = variablesAvailableBefore(document, graph);
  for (const node of graph.nodes) {
    if (skip.has(node.index)) continue;
    const known = available.get(node.id) ?? new Set<string>();
    for (const { field, text } of stringsIn(node.data, '')) {
      const scan = findTemplateReferences(text);
      for (const problem of scan.problems) problems.inNode('error', node.index, field, problem.message, { code: problem.code, params: problem.params });
      for (const ref of scan.references) {
        if (ref.root !== 'vars') continue;
        const name = ref.path[0];
        if (!known.has(name)) {
          problems.inNode(
            'warning',
            node.index,
            field,
            `uses {{vars.${name}}}, which no earlier step sets and the settings do not declare; it would be empty`,
            {
              code: 'templates.undeclaredVariable',
              params: { placeholder: `{{vars.${name}}}` },
            },
          );
        }
      }
    }
  }
}

/** For each node, the variables that some path from a trigger may have set before it runs. */
function variablesAvailableBefore(document: WorkflowDocument, graph: WorkflowGraph): Map<string, Set<string>> {
  const declared = (document.settings.variables ?? []).map((v) => v.name);
  const produced = new Map(graph.nodes.map((n) => [n.id, n.definition.outputs?.(n.data).vars ?? []]));
  const before = new Map(graph.nodes.map((n) => [n.id, new Set<string>(declared)]));
  const queue = graph.nodes.map((n) => n.id);
  const queued = new Set(queue);
  while (queue.length > 0) {
    const id = queue.shift() as string;
    queued.delete(id);
    const after = new Set([...(before.get(id) ?? []), ...(produced.get(id) ?? [])]);
    for (const next of graph.successors.get(id) ?? []) {
      const target = before.get(next);
      if (!target) continue;
      const size = target.size;
      for (const name of after) target.add(name);
      if (target.size !== size && !queued.has(next)) {
        queue.push(next);
        queued.add(next);
      }
    }
  }
  return before;
}

function* stringsIn(value: unknown, field: string): Generator<{ field: string; text: string }> {
  if (typeof value === 'string') {
    yield { field, text: value };
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* stringsIn(value[i], field ? `${field}.${i}` : String(i));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) yield* stringsIn(child, field ? `${field}.${key}` : key);
  }
}
