import { UserPlus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Preview } from './preview';
import type { StepView } from './step-view';

export const triggerFollowView: StepView<'trigger-follow'> = {
  icon: UserPlus,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return <Preview text={data.includeUnblocked === false ? t('body.newFriendsOnly') : t('body.newFriendsAndUnblocks')} muted />;
  },
};
