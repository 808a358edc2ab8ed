import '../workflow-editor/workflow-sharing.css';
import type { WorkflowSummary } from '../api/api-client';

/** Draft, published (live) or paused, as the workflows list shows it. */
export function WorkflowStatusPill({ workflow }: { workflow: WorkflowSummary }) {
  if (!workflow.publishedVersion) return <span className="pill">Draft</span>;
  if (!workflow.paused) return <span className="pill live">Published v{workflow.publishedVersion}</span>;
  return (
    <span className="pill paused" title={`Paused by ${workflow.paused.by.name} at ${new Date(workflow.paused.at).toLocaleString()}`}>
      Paused v{workflow.publishedVersion}
    </span>
  );
}
