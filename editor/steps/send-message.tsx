import { MessageSquareText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Chips, Preview } from './preview';
import type { StepView } from './step-view';

export const sendMessageView: StepView<'send-message'> = {
  icon: MessageSquareText,
  Body: function Body({ data }) {
    const { t } = useTranslation('steps');
    return (
      <>
        {data.messages.map((m, i) => (
          <Preview
            key={i}
            text={
              m.type === 'text'
                ? m.text
                : m.type === 'flex'
                  ? t('body.flex', { altText: m.altText })
                  : m.type === 'image'
                    ? t('body.image')
                    : t('body.sticker', { packageId: m.packageId, stickerId: m.stickerId })
            }
          />
        ))}
        {data.quickReplies?.length ? <Chips items={data.quickReplies.map((q) => q.label)} /> : null}
      </>
    );
  },
};
