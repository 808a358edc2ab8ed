import type { ProblemList } from './problem-list';
import type { WorkflowGraph } from './workflow-graph';

/** A workflow needs a trigger; steps no trigger leads to never run; a trigger leading nowhere does nothing. */
export function checkReachability(graph: WorkflowGraph, problems: ProblemList): void {
  const triggers = graph.nodes.filter((node) => node.definition.kind === 'trigger');
  if (triggers.length === 0) {
    problems.at('error', '/nodes', 'has no trigger; add one (Keyword, Any message, Friend added, ...) so the workflow can start', {
      code: 'connections.noTrigger',
    });
    return;
  }
  for (const trigger of triggers) {
    if ((graph.successors.get(trigger.id) ?? []).length === 0) {
      problems.inNode('warning', trigger.index, null, 'is not connected to any step, so it does nothing', { code: 'connections.triggerUnconnected' });
    }
  }
  const reached = new Set(triggers.map((t) => t.id));
  const queue = triggers.map((t) => t.id);
  while (queue.length > 0) {
    const id = queue.pop() as string;
    for (const next of graph.successors.get(id) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  for (const node of graph.nodes) {
    if (!reached.has(node.id)) {
      problems.inNode('warning', node.index, null, 'cannot be reached from any trigger, so it never runs', { code: 'connections.unreachable' });
    }
  }
}
