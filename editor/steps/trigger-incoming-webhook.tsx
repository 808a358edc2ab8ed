import { Webhook } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { HookTokenPanel } from './hook-token-panel';
import { Chips, Preview } from './preview';
import type { StepView } from './step-view';

export const triggerIncomingWebhookView: StepView<'trigger-incoming-webhook'> = {
  icon: Webhook,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return (
      <>
        <Preview text={t('body.incomingWebhook')} muted />
        {data.variables.length ? <Chips items={data.variables} /> : null}
      </>
    );
  },
  InspectorPanel: HookTokenPanel,
};
