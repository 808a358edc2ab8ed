import { Webhook } from 'lucide-react';
import { HookTokenPanel } from './hook-token-panel';
import { Chips, Preview } from './preview';
import type { StepView } from './step-view';

export const triggerIncomingWebhookView: StepView<'trigger-incoming-webhook'> = {
  icon: Webhook,
  Body: ({ data }) => (
    <>
      <Preview text="Started by another system" muted />
      {data.variables.length ? <Chips items={data.variables} /> : null}
    </>
  ),
  InspectorPanel: HookTokenPanel,
};
