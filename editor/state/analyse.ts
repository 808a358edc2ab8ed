import type { Edge } from '@xyflow/react';
import type { Problem } from '../../shared/validation/problem';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import { toDocument, type DocumentMeta, type StepNode } from './document-conversion';

/** Set once the app knows whether the company has business hours (workflows may then rely on them). */
let companyBusinessHours = false;
export function setCompanyBusinessHours(known: boolean): void {
  companyBusinessHours = known;
}

/** The workflow's problems, and each step's, as the problems panel and the nodes show them. */
export function analyse(meta: DocumentMeta, nodes: StepNode[], edges: Edge[]) {
  const result = validateWorkflow(toDocument(meta, nodes, edges), { companyBusinessHours });
  const problems = [...result.errors, ...result.warnings];
  const problemsByNode: Record<string, Problem[]> = {};
  for (const problem of problems) {
    if (problem.nodeId) (problemsByNode[problem.nodeId] ??= []).push(problem);
  }
  return { problems, problemsByNode };
}
