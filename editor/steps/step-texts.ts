import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Port, StepDefinition } from '../../shared/steps';
import { humanize } from '../inspector/schema-defaults';
import { singular } from '../inspector/schema-field-parts';

/**
 * The exits every step shares, by port id, with the English label the definition gives them. A
 * port whose label differs (a choice, a branch, a rating range: typed by the admin) is shown as is.
 */
const fixedPorts: Record<string, { label: string; key: string }[]> = {
  next: [{ label: 'Next', key: 'next' }],
  answered: [
    { label: 'Answered', key: 'answered' },
    { label: 'Other scores', key: 'otherScores' },
  ],
  invalid: [{ label: 'Invalid', key: 'invalid' }],
  timeout: [{ label: 'Timeout', key: 'timeout' }],
  assigned: [{ label: 'Assigned', key: 'assigned' }],
  unavailable: [{ label: 'Nobody available', key: 'unavailable' }],
  success: [{ label: 'Success (2xx)', key: 'success' }],
  failure: [{ label: 'Failure', key: 'failure' }],
  else: [{ label: 'Else', key: 'else' }],
};

/** A port's label in the person's language (`steps:ports.<id>`), English from the definition by default. */
export function portLabel(t: TFunction<'steps'>, port: Pick<Port, 'id' | 'label'>): string {
  const fixed = fixedPorts[port.id]?.find((p) => p.label === port.label);
  return fixed ? t(`steps:ports.${fixed.key}`, { defaultValue: port.label }) : port.label;
}

/** A schema field's name (`steps:fields.<key>`): `timeoutMinutes` → "Timeout minutes" in English. */
export function fieldLabel(t: TFunction<'steps'>, key: string): string {
  return t(`steps:fields.${key}`, { defaultValue: humanize(key) });
}

/** One item of a list field (`steps:items.<key>`), for "+ Add choice": `quickReplies` → "quick reply". */
export function itemNoun(t: TFunction<'steps'>, key: string): string {
  return t(`steps:items.${key}`, { defaultValue: singular(humanize(key).toLowerCase()) });
}

/** An enum value as its select shows it (`steps:values.<field>.<value>`); English: the value itself. */
export function enumValue(t: TFunction<'steps'>, field: string, value: unknown, english = String(value)): string {
  return typeof value === 'string' && value ? t(`steps:values.${field}.${value}`, { defaultValue: english }) : english;
}

/** A kind of a list item or field told apart by `tag` (`steps:values.<tag>.<kind>`); English: "Set field". */
export function kindLabel(t: TFunction<'steps'>, tag: string, kind: string): string {
  return enumValue(t, tag, kind, humanize(kind));
}

/** A step type's one-line description (`steps:descriptions.<type>`), English from the definition. */
export function stepDescription(t: TFunction<'steps'>, definition: Pick<StepDefinition, 'type' | 'description'>): string {
  // A description may show a placeholder ({{variables}}) as text: it is passed through as itself.
  return t(`steps:descriptions.${definition.type}`, { defaultValue: definition.description, variables: '{{variables}}' });
}

/** The same texts as a hook, for components. */
export function useStepTexts() {
  const { t } = useTranslation('steps');
  const description = useCallback((d: Pick<StepDefinition, 'type' | 'description'>) => stepDescription(t, d), [t]);
  const port = useCallback((p: Pick<Port, 'id' | 'label'>) => portLabel(t, p), [t]);
  return useMemo(() => ({ t, description, port }), [t, description, port]);
}
