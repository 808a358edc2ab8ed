import { fieldValue } from '../line-messages/built-message';
import { builtMessageProblems } from '../line-messages/built-message-problems';
import { stepLineMessages } from '../line-messages/step-line-messages';
import { fieldToPointer } from './problem';
import type { ProblemList } from './problem-list';
import type { WorkflowGraph } from './workflow-graph';

/**
 * Every message a step may send, built as the runtime builds it and checked against LINE's
 * schemas and limits (shared/line-schema): a flex typo, a bad size keyword, an http image, a label
 * over 20 UTF-16 units is named here, at the step and option, instead of by LINE at send time.
 * An option with a `{{placeholder}}` is judged once rendered, by the runtime; what is fixed is judged now.
 */
export function checkLineMessages(graph: WorkflowGraph, problems: ProblemList, skip: Set<number>): void {
  for (const node of graph.nodes) {
    if (skip.has(node.index)) continue;
    const reported = new Set(problems.errors.map((p) => p.pointer));
    for (const request of stepLineMessages(node, (template) => template)) {
      for (const built of request) {
        for (const problem of builtMessageProblems(built)) {
          if (hasPlaceholder(node.data, problem.field)) continue;
          const pointer = `/nodes/${node.index}/data${fieldToPointer(problem.field)}`;
          if (reported.has(pointer)) continue;
          reported.add(pointer);
          problems.inNode('error', node.index, problem.field, problem.message, { code: problem.code, params: problem.params });
        }
      }
    }
  }
}

/** True when the option holds a placeholder: only its render can be judged. */
function hasPlaceholder(data: unknown, field: string): boolean {
  const value = fieldValue(data, field);
  return typeof value === 'string' && value.includes('{{');
}
