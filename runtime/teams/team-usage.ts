import type { WorkflowDocument } from '../../shared/document/workflow-document';
import type { Store } from '../store/store';
import type { TeamRecord } from '../store/records';
import { teamNameKey } from '../../shared/teams/team-name-key';

/** A published workflow whose assign step hands conversations to a team. */
export interface TeamUse {
  workflowId: string;
  workflowName: string;
  /** The step names the team by name only (a document from before teams had ids): renaming the team loses it. */
  byNameOnly: boolean;
}

/**
 * The published workflows (their live versions) whose assign steps use `team`, by its id or, for
 * documents that hold only a name, by that name. Read on an admin's delete or rename, not per event.
 */
export async function publishedUsesOf(store: Store, team: Pick<TeamRecord, 'id' | 'nameKey'>): Promise<TeamUse[]> {
  const uses: TeamUse[] = [];
  for (const workflow of await store.workflows.find({ publishedVersion: { $ne: null } }, { sort: { id: 1 } })) {
    const live = await store.versions.get(`${workflow.id}@${workflow.publishedVersion as number}`);
    if (!live) continue;
    const steps = teamSteps(live.document).filter((s) => s.teamId === team.id || (!s.teamId && teamNameKey(s.team ?? '') === team.nameKey));
    if (steps.length === 0) continue;
    uses.push({ workflowId: workflow.id, workflowName: live.document.name, byNameOnly: steps.every((s) => !s.teamId) });
  }
  return uses;
}

/** The team options of a document's assign steps that hand to a team. */
export function teamSteps(document: WorkflowDocument): { teamId?: string; team?: string; strategy?: string }[] {
  return document.nodes
    .filter((node) => node.type === 'assign')
    .map((node) => node.data as { target?: string; teamId?: string; team?: string; strategy?: string })
    .filter((data) => data.target === 'team');
}

/** "FAQ menu", "Returns" and 2 more: workflows named in a message. */
export function nameWorkflows(uses: readonly TeamUse[]): string {
  const names = uses.map((u) => `"${u.workflowName}"`);
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}
