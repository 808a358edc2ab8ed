import { MessageSquareText } from 'lucide-react';
import { Chips, Preview } from './preview';
import type { StepView } from './step-view';

export const sendMessageView: StepView<'send-message'> = {
  icon: MessageSquareText,
  Body: ({ data }) => (
    <>
      {data.messages.map((m, i) => (
        <Preview
          key={i}
          text={m.type === 'text' ? m.text : m.type === 'flex' ? `Flex: ${m.altText}` : m.type === 'image' ? 'Image' : `Sticker ${m.packageId}/${m.stickerId}`}
        />
      ))}
      {data.quickReplies?.length ? <Chips items={data.quickReplies.map((q) => q.label)} /> : null}
    </>
  ),
};
