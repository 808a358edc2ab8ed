import { getStepDefinition } from '../../shared/steps';
import type { DocumentMeta, StepNode } from '../state/document-conversion';
import type { KnownNames } from './field-hints';

/** Contact fields every contact has (from LINE, or set by LineFlow). */
export const baseContactFields = ['displayName', 'language', 'userId', 'pictureUrl', 'statusMessage'];

/**
 * The variables, contact fields and tags the workflow uses: its declared variables, what its
 * steps save (their outputs), the fields update-contact sets and the tags it adds or a branch tests.
 */
export function knownNames(meta: DocumentMeta, nodes: readonly StepNode[]): KnownNames {
  const vars = new Set((meta.settings.variables ?? []).map((v) => v.name));
  const contactFields = new Set(baseContactFields);
  const tags = new Set<string>();
  for (const node of nodes) {
    try {
      const outputs = getStepDefinition(node.type ?? '')?.outputs?.(node.data);
      for (const name of outputs?.vars ?? []) vars.add(name);
      for (const name of outputs?.contactFields ?? []) contactFields.add(name);
    } catch {
      // A step whose options are half written has no outputs yet.
    }
    if (node.type === 'update-contact') {
      for (const action of (node.data.actions as { kind?: string; field?: string; tag?: string }[] | undefined) ?? []) {
        if (action.kind === 'set-field' && action.field) contactFields.add(action.field);
        if (action.tag) tags.add(action.tag);
      }
    }
    if (node.type === 'branch') {
      for (const branch of (node.data.branches as { conditions?: { subject?: string; value?: unknown }[] }[] | undefined) ?? []) {
        for (const condition of branch.conditions ?? []) if (condition.subject === 'tag' && typeof condition.value === 'string') tags.add(condition.value);
      }
    }
  }
  const sorted = (set: Set<string>) => [...set].filter(Boolean).sort();
  return { vars: sorted(vars), contactFields: sorted(contactFields), tags: sorted(tags) };
}
