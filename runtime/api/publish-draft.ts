import { diffDocuments } from '../../shared/document/diff-documents';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import type { RuntimeServices } from '../app/runtime-services';
import type { WorkflowRecord, WorkflowVersionRecord } from '../store/records';
import { HttpError } from './http-error';

export interface PublishOutcome {
  version: number;
  publishedAt: string;
  /** False when the draft was already live (or another publish of it just made it): no version was made. */
  created: boolean;
}

/** A publish that loses the race for the next number looks again this often. */
const attempts = 5;

/**
 * Publishes a workflow's draft as its next version, idempotently: a draft identical to the live
 * version (diffDocuments finds nothing) makes no version, and two publishes at the same moment make
 * one. The unique index on (workflowId, version) decides which insert wins; the other finds the
 * winner's version holding its draft and answers it. `hookToken` is kept with the record when live.
 */
export async function publishDraft(services: RuntimeServices, record: WorkflowRecord, hookToken: string): Promise<PublishOutcome> {
  const { versions, workflows } = services.store;
  let current = record;
  for (let attempt = 0; attempt < attempts; attempt++) {
    const latest = (await versions.find({ workflowId: current.id }, { sort: { version: -1 }, limit: 1 }))[0] ?? null;
    const live = await liveVersion(services, current, latest);
    if (live && same(live.document, current.draft)) return outcome(live, false);
    // After losing the race for a number: the winner published this very draft and has not yet made it live.
    // (Only then: a workflow deleted and made again finds its old versions, and publishes the next one.)
    if (attempt > 0 && latest && latest.version > (current.publishedVersion ?? 0) && same(latest.document, current.draft)) {
      await makeLive(services, current.id, latest.version, hookToken);
      return outcome(latest, false);
    }
    const version = (latest?.version ?? 0) + 1;
    const made: WorkflowVersionRecord = {
      id: `${current.id}@${version}`,
      workflowId: current.id,
      version,
      document: current.draft,
      publishedAt: new Date().toISOString(),
    };
    if (await versions.insert(made)) {
      await makeLive(services, current.id, version, hookToken);
      return outcome(made, true);
    }
    const reread = await workflows.get(current.id);
    if (!reread) throw new HttpError(404, `No workflow "${current.id}"`);
    current = reread;
  }
  throw new HttpError(409, 'Others are publishing this workflow at this very moment; try again');
}

async function liveVersion(services: RuntimeServices, record: WorkflowRecord, latest: WorkflowVersionRecord | null): Promise<WorkflowVersionRecord | null> {
  if (record.publishedVersion === null) return null;
  if (latest?.version === record.publishedVersion) return latest;
  return services.store.versions.get(`${record.id}@${record.publishedVersion}`);
}

/** Versions only go up: a slower publish of an older number never takes the live version back. */
async function makeLive(services: RuntimeServices, id: string, version: number, hookToken: string): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const record = await services.store.workflows.get(id);
    if (!record || (record.publishedVersion ?? 0) >= version) return;
    const done = await services.store.workflows.patchIf(
      id,
      { publishedVersion: record.publishedVersion },
      { publishedVersion: version, hookToken: record.hookToken ?? hookToken },
    );
    if (done) return;
  }
}

function same(a: WorkflowDocument, b: WorkflowDocument): boolean {
  return diffDocuments(a, b).length === 0;
}

function outcome(version: WorkflowVersionRecord, created: boolean): PublishOutcome {
  return { version: version.version, publishedAt: version.publishedAt, created };
}
