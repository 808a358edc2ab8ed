import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { normalizeForMatch } from '../../shared/keywords/match-keyword';

/** Longest keyword the preset takes from a name: a customer types it. */
const maxPresetKeyword = 40;

/**
 * A new workflow's first document: a keyword trigger whose keyword is the workflow's own name
 * (folded as matching folds it). A fixed word such as "menu" would start this workflow and the
 * FAQ example alike; the name is the admin's own, so a clash is one the admin chose, and the
 * problems panel names it.
 */
export function newWorkflowDocument(id: string, name: string): WorkflowDocument {
  return {
    schemaVersion: 1,
    id,
    name,
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 'n1', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: [presetKeyword(name)], match: 'exact', interruptsWaitingRun: false } },
    ],
    edges: [],
  };
}

/** The workflow's name as a keyword; "start" when the name has nothing to type. */
export function presetKeyword(name: string): string {
  const folded = normalizeForMatch(name).slice(0, maxPresetKeyword).trim();
  return folded === '' ? 'start' : folded;
}
