import type { ProblemList } from './problem-list';
import type { WorkflowGraph } from './workflow-graph';

/**
 * A loop in which no step waits (for an answer or for time) would run forever in one go.
 * Finds the strongly connected components (Tarjan's algorithm, iterative so that a long chain of
 * steps cannot overflow the stack) and reports each component that loops without waiting.
 */
export function checkLoops(graph: WorkflowGraph, problems: ProblemList): void {
  for (const component of stronglyConnectedComponents(graph)) {
    const loops = component.length > 1 || (graph.successors.get(component[0]) ?? []).includes(component[0]);
    if (!loops) continue;
    if (component.some((id) => graph.byId.get(id)?.definition.waits)) continue;
    const first = graph.byId.get(component[0]);
    if (!first) continue;
    const members = component.join(' → ');
    problems.inNode(
      'error',
      first.index,
      null,
      `is in a loop with no step that waits (${members}); it would repeat forever. Add a question or a Wait step to the loop`,
      { code: 'connections.loopWithoutWait', params: { members } },
    );
  }
}

function stronglyConnectedComponents(graph: WorkflowGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  for (const start of graph.nodes) {
    if (index.has(start.id)) continue;
    const work: Array<{ id: string; next: number }> = [{ id: start.id, next: 0 }];
    index.set(start.id, counter);
    low.set(start.id, counter++);
    stack.push(start.id);
    onStack.add(start.id);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const successors = graph.successors.get(frame.id) ?? [];
      if (frame.next < successors.length) {
        const next = successors[frame.next++];
        if (!index.has(next)) {
          index.set(next, counter);
          low.set(next, counter++);
          stack.push(next);
          onStack.add(next);
          work.push({ id: next, next: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(next) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component.reverse());
      }
    }
  }
  return components;
}
