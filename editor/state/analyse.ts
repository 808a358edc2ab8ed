import type { Edge } from '@xyflow/react';
import type { Problem } from '../../shared/validation/problem';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import { toDocument, type DocumentMeta, type StepNode } from './document-conversion';

/** Set once the app knows whether the company has business hours (workflows may then rely on them). */
let companyBusinessHours = false;
export function setCompanyBusinessHours(known: boolean): void {
  companyBusinessHours = known;
}

/** Set once the app has the installation's teams: an assign step naming a team not among them is warned about. */
let knownTeams: readonly { id: string; name: string }[] | undefined;
export function setKnownTeams(teams: readonly { id: string; name: string }[]): void {
  knownTeams = teams;
}

/** The workflow's problems, and each step's, as the problems panel and the nodes show them. */
export function analyse(meta: DocumentMeta, nodes: StepNode[], edges: Edge[]) {
  const result = validateWorkflow(toDocument(meta, nodes, edges), { companyBusinessHours, ...(knownTeams ? { teams: knownTeams } : {}) });
  const problems = [...result.errors, ...result.warnings];
  const problemsByNode: Record<string, Problem[]> = {};
  for (const problem of problems) {
    if (problem.nodeId) (problemsByNode[problem.nodeId] ??= []).push(problem);
  }
  return { problems, problemsByNode };
}
