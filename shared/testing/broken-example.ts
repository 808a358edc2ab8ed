import type { WorkflowDocument } from '../document/workflow-document';
import { loadExample } from './load-example';

/** Loosely typed access for building broken documents on purpose. */
export type Loose = any;

/** An example with one mistake put in on purpose. */
export function broken(example: string, mutate: (doc: Loose) => void): unknown {
  const doc = loadExample(example) as Loose;
  mutate(doc);
  return doc;
}

export function nodeIndex(doc: WorkflowDocument, id: string): number {
  return doc.nodes.findIndex((node) => node.id === id);
}
