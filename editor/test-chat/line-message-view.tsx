import type { LineContent } from '../../shared/api/conversations-api';
import { LineMessagePreview } from '../line-preview/line-message-preview';

/** The fields of an inbox note, event or tapped postback this view reads. */
interface ShownMessage {
  type?: string;
  text?: string;
  displayText?: string;
  data?: string;
}

/**
 * A message of a conversation as the customer saw it in LINE (see line-preview/), or what LineFlow
 * records beside LINE's messages: an agents' note, an event, a tapped postback.
 */
export function LineMessageView({ content: message }: { content: LineContent | null | undefined }) {
  const content = (message ?? {}) as ShownMessage;
  switch (content.type) {
    case 'postback':
      return <div className="bubble-text">{content.displayText ?? describePostback(content.data ?? '')}</div>;
    case 'note':
      return <div className="bubble-note">Note for agents: {content.text}</div>;
    case 'event':
      return <div className="bubble-note">{content.text}</div>;
    default:
      return <LineMessagePreview message={message ?? {}} />;
  }
}

/** LINE does not send the label of a tapped button; say what the tap meant instead of raw data. */
function describePostback(data: string): string {
  const params = new URLSearchParams(data);
  if (params.get('choice')) return `Tapped “${params.get('choice')}”`;
  if (params.get('rating')) return `Rated ${params.get('rating')}`;
  return data;
}
