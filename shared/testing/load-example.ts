import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkflowDocument } from '../document/workflow-document';

/** Test helper: the example documents, which are test fixtures too. Never used at run time. */
export const examplesDir = fileURLToPath(new URL('../../examples/', import.meta.url));

export function exampleNames(): string[] {
  return readdirSync(examplesDir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort();
}

/** A fresh deep copy of an example, safe to mutate. */
export function loadExample(name: string): WorkflowDocument {
  return JSON.parse(readFileSync(`${examplesDir}${name}.json`, 'utf8')) as WorkflowDocument;
}
