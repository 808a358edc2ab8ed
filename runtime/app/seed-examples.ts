import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { validateWorkflow } from '../../shared/validation/validate-workflow';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import type { Store } from '../store/store';
import { newHookToken } from '../api/workflows-router';

const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));
/** Published on a first start with the simulated channel, so a newcomer can chat at once. */
const publishedOnFirstStart = ['faq-menu', 'csat-on-close'];

/** On a first start (no workflows yet) loads the examples as drafts and publishes a few. */
export async function seedExamples(store: Store, publish: boolean): Promise<string[]> {
  if ((await store.workflows.count({})) > 0) return [];
  const now = new Date().toISOString();
  const seeded: string[] = [];
  for (const file of (await readdir(examplesDir)).filter((f) => f.endsWith('.json')).sort()) {
    const document = JSON.parse(await readFile(`${examplesDir}${file}`, 'utf8')) as WorkflowDocument;
    if (!validateWorkflow(document).ok) continue;
    const live = publish && publishedOnFirstStart.includes(document.id);
    // Never over a workflow someone saved meanwhile (the API answers while the examples load).
    const added = await store.workflows.insert({
      id: document.id,
      draft: document,
      publishedVersion: live ? 1 : null,
      hookToken: newHookToken(),
      createdAt: now,
      updatedAt: now,
    });
    if (!added) continue;
    if (live) await store.versions.put({ id: `${document.id}@1`, workflowId: document.id, version: 1, document, publishedAt: now });
    seeded.push(live ? `${document.id} (published)` : document.id);
  }
  return seeded;
}
