import { Tags } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const updateContactView: StepView<'update-contact'> = {
  icon: Tags,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return (
      <>
        {data.actions.map((a, i) => (
          <Preview
            key={i}
            text={
              a.kind === 'set-field'
                ? t('body.setField', { field: a.field, value: a.value })
                : a.kind === 'add-tag'
                  ? t('body.addTag', { tag: a.tag })
                  : t('body.removeTag', { tag: a.tag })
            }
          />
        ))}
      </>
    );
  },
};
