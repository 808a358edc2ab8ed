import type { WorkflowDocument } from '../document/workflow-document';
import { checkConnections } from './check-connections';
import { checkLineMessages } from './check-line-messages';
import { checkLoops } from './check-loops';
import { checkReachability } from './check-reachability';
import { checkTemplates } from './check-templates';
import { workflowSchemaValidator } from './compile-workflow-schema';
import { describeSchemaError } from './describe-schema-error';
import type { ValidationResult } from './problem';
import { ProblemList } from './problem-list';
import { buildWorkflowGraph, type WorkflowGraph } from './workflow-graph';

/**
 * Checks a workflow document: first its shape against the JSON Schema, then what a schema cannot
 * say (ports, reachability, loops, placeholders, LINE's own schemas and limits). Cheap enough to run on every edit.
 */
/** What the installation provides that a workflow may rely on instead of its own settings. */
export interface ValidationContext {
  /** Company-wide business hours are set, so a workflow without its own may use them. */
  companyBusinessHours?: boolean;
  /** The installation's teams: an assign step naming a team that is not among them is warned about. */
  teams?: readonly { id: string; name: string }[];
}

export function validateWorkflow(input: unknown, context: ValidationContext = {}): ValidationResult {
  const problems = new ProblemList(input);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    problems.at('error', '', 'A workflow must be a JSON object with schemaVersion, id, name, settings, nodes and edges', { code: 'workflow.notObject' });
    return result(problems);
  }
  const validate = workflowSchemaValidator();
  const brokenNodes = new Set<number>();
  let envelopeBroken = false;
  if (!validate(input)) {
    // One problem per value: an empty id is "empty", not also "has bad characters".
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const described = describeSchemaError(error);
      if (seen.has(described.pointer)) continue;
      seen.add(described.pointer);
      problems.at('error', described.pointer, described.text, { code: described.code, params: described.params });
      const inNodeData = /^\/nodes\/(\d+)\/data(\/|$)/.exec(described.pointer);
      if (inNodeData) brokenNodes.add(Number(inNodeData[1]));
      else envelopeBroken = true;
    }
  }
  // Graph checks need well-formed nodes and edges; a node with bad options is skipped alone.
  if (envelopeBroken) return result(problems);
  const document = input as WorkflowDocument;
  const graph = buildWorkflowGraph(document);
  checkNodeIds(document, problems);
  checkSteps(document, graph, problems, brokenNodes, context);
  checkLineMessages(graph, problems, brokenNodes);
  checkConnections(document, graph, problems, brokenNodes);
  checkReachability(graph, problems);
  checkLoops(graph, problems);
  checkTemplates(document, graph, problems, brokenNodes);
  return result(problems);
}

function checkNodeIds(document: WorkflowDocument, problems: ProblemList): void {
  const seen = new Set<string>();
  document.nodes.forEach((node, index) => {
    if (seen.has(node.id)) {
      problems.at('error', `/nodes/${index}/id`, `repeats the node id "${node.id}"; each node needs its own id`, {
        code: 'workflow.duplicateNodeId',
        params: { id: node.id },
      });
    }
    seen.add(node.id);
  });
}

function checkSteps(document: WorkflowDocument, graph: WorkflowGraph, problems: ProblemList, skip: Set<number>, context: ValidationContext): void {
  for (const node of graph.nodes) {
    if (skip.has(node.index)) continue;
    for (const issue of node.definition.check?.(node.data, context) ?? []) {
      problems.inNode(issue.severity, node.index, issue.field, issue.message, { code: issue.code, params: issue.params });
    }
    for (const setting of node.definition.needsSettings?.(node.data) ?? []) {
      if (document.settings[setting] === undefined && !(setting === 'businessHours' && context.companyBusinessHours)) {
        problems.inNode('error', node.index, null, `needs settings.${setting}; set them in the workflow settings (or the company's business hours)`, {
          code: 'workflow.needsSettings',
          params: { setting },
        });
      }
    }
  }
}

function result(problems: ProblemList): ValidationResult {
  return { ok: problems.errors.length === 0, errors: problems.errors, warnings: problems.warnings };
}
