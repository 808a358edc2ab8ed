import { parseWorkflowJson } from '../../shared/document/parse-workflow-json';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import { i18n } from '../i18n/i18n';

export type ImportCheck = { ok: true; document: WorkflowDocument } | { ok: false; problems: string[] };

/** Checks an imported file before anything is saved: JSON with line and column, then the validator. */
export function checkImport(fileName: string, text: string): ImportCheck {
  const parsed = parseWorkflowJson(text);
  if (!parsed.ok) return { ok: false, problems: [i18n.t('workflows:import.notJson', { file: fileName, message: parsed.message })] };
  const result = validateWorkflow(parsed.value);
  if (!result.ok) return { ok: false, problems: result.errors.map((p) => `${fileName}: ${p.message}`) };
  return { ok: true, document: parsed.value as WorkflowDocument };
}
