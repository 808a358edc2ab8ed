import { createContext } from 'react';
import { i18n } from '../i18n/i18n';

/** What the form knows about one field beyond its JSON Schema: whether it is needed here, words to suggest, help. */
export interface FieldHint {
  /** Needed in this case (a condition's value for "equals"), though the schema cannot say so. */
  required?: boolean;
  /** Meaningless in this case (a condition's value for "is set"): not shown. */
  hidden?: boolean;
  /** Offered as the person types (known variables, contact fields, tags). */
  suggestions?: string[];
  /** A line under the label that says what the value does. */
  help?: string;
  label?: string;
}

/** Where a field is: its dotted path in the step's options, its name, and the object holding it. */
export interface FieldSpot {
  path: string;
  name: string;
  parent: Record<string, unknown> | undefined;
}

/** Names the workflow already uses, for suggestions. */
export interface KnownNames {
  vars: string[];
  contactFields: string[];
  tags: string[];
}

export type HintFor = (spot: FieldSpot) => FieldHint | undefined;

export const FieldHintsContext = createContext<HintFor>(() => undefined);

/** Hints for fields many steps share: how attempts count, where an answer is saved. */
export function commonHint(spot: FieldSpot, known: KnownNames): FieldHint | undefined {
  if (spot.name === 'maxAttempts') {
    return { help: i18n.t('steps:hints.maxAttempts') };
  }
  if (spot.name === 'name' && (spot.parent?.scope === 'variable' || spot.parent?.scope === 'contact')) {
    return { suggestions: spot.parent.scope === 'variable' ? known.vars : known.contactFields };
  }
  return undefined;
}
