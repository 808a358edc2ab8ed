import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepDefinition } from '../../shared/steps';

/**
 * A step type's name in the person's language. The English name lives in the step's definition
 * (shared/, read by the runtime too), so it is the default: a new step type shows in English until
 * `editor:stepLabels.<type>` is written.
 */
export function useStepLabel(): (definition: Pick<StepDefinition, 'type' | 'label'>) => string {
  const { t } = useTranslation('editor');
  return useCallback((definition) => t(`stepLabels.${definition.type}`, { defaultValue: definition.label }), [t]);
}
