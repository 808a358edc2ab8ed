import type { ExistingWorkflow } from '../api/workflow-sync-api';
import { Dialog } from '../ui/dialog';

export type ImportChoice = 'replace' | 'new' | 'cancel';

/** An imported file's id is a workflow that exists: the admin says whether it replaces that draft or becomes a new workflow. */
export function ImportClashDialog({
  fileName,
  existing,
  onChoose,
}: {
  fileName: string;
  existing: ExistingWorkflow;
  onChoose: (choice: ImportChoice) => void;
}) {
  const live = existing.publishedVersion === null ? 'not published' : `live: version ${existing.publishedVersion}`;
  return (
    <Dialog title={`“${existing.name}” already exists`} onCancel={() => onChoose('cancel')}>
      <p>
        {fileName} holds the workflow <code>{existing.id}</code>, which exists here as <strong>{existing.name}</strong> ({live}).
      </p>
      <ul>
        <li>Replace its draft: the file becomes the draft; its published versions are kept, and nothing goes live until you publish.</li>
        <li>Import as a new workflow: the file gets a new id, and “{existing.name}” is left as it is.</li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => onChoose('replace')}>
          Replace its draft
        </button>
        <button type="button" onClick={() => onChoose('new')}>
          Import as a new workflow
        </button>
        <button type="button" onClick={() => onChoose('cancel')}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
