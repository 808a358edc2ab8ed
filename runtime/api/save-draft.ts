import type { WorkflowDocument } from '../../shared/document/workflow-document';
import type { RuntimeServices } from '../app/runtime-services';
import type { WorkflowEditor, WorkflowRecord } from '../store/records';
import { HttpError } from './http-error';

/** Saves racing without If-Match are retried this often; each retry means another save landed first. */
const attempts = 5;

/**
 * The revision an `If-Match` header names (`7`, `"7"` or `W/"7"`, as the ETag was sent), or null
 * when there is none or it is `*` (any revision: last write wins, as for a script).
 */
export function ifMatchRevision(header: string | undefined): number | null {
  if (header === undefined || header.trim() === '*') return null;
  const match = /^\s*(?:W\/)?"?(\d{1,12})"?\s*$/.exec(header);
  if (!match)
    throw new HttpError(400, `If-Match must be the workflow's revision, as GET /api/workflows/:id answered it (its ETag); got "${header.slice(0, 40)}"`);
  return Number(match[1]);
}

/** The ETag of a workflow's draft: its revision. */
export function draftETag(record: WorkflowRecord): string {
  return `"${record.revision ?? 0}"`;
}

/**
 * Writes a new draft as the next revision, atomically: the write happens only while the stored
 * revision is still the one read, so of two saves sent with the same If-Match exactly one wins
 * and the other gets a 409 naming who saved and when. Without If-Match (scripts, the CLI, an
 * import with replace) the draft is written over whatever is there, still as the next revision.
 */
export async function saveDraft(
  services: RuntimeServices,
  id: string,
  draft: WorkflowDocument,
  ifMatch: number | null,
  by: WorkflowEditor,
): Promise<WorkflowRecord> {
  const { workflows } = services.store;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const record = await workflows.get(id);
    if (!record) throw new HttpError(404, `No workflow "${id}"`);
    const current = record.revision ?? 0;
    if (ifMatch !== null && ifMatch !== current) throw conflict(record, ifMatch);
    const saved = await workflows.patchIf(
      id,
      { revision: record.revision ?? null },
      { draft, revision: current + 1, updatedAt: new Date().toISOString(), updatedBy: by },
    );
    if (saved) return saved;
  }
  throw new HttpError(409, 'Others are saving this workflow at this very moment; try again');
}

function conflict(record: WorkflowRecord, sent: number): HttpError {
  const who = record.updatedBy?.name ?? 'Someone';
  return new HttpError(
    409,
    `${who} saved this workflow at ${record.updatedAt} (revision ${record.revision ?? 0}) after the revision ${sent} you changed; nothing was saved. Reload theirs, or keep yours as a copy`,
    { revision: record.revision ?? 0, updatedBy: record.updatedBy ?? null, updatedAt: record.updatedAt },
  );
}
