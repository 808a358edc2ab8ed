import type { Message } from '../../shared/api/conversations-api';
import { LineMessageView } from '../test-chat/line-message-view';
import { CustomerMedia, isCustomerMedia } from './customer-media';
import './transcript.css';

/** The LINE fields the transcript reads beside a message's own. */
interface Shown {
  type?: string;
  text?: string;
  quoteToken?: string;
  sender?: { name?: string };
}

/**
 * A conversation's messages as the customer saw them: customers' media fetched through LineFlow,
 * messages sent in standby mode (another channel had the chat) and unsent ones marked, quotes shown
 * above the reply that quotes, and a Quote action on what a customer sent that LINE lets quote.
 */
export function Transcript({ conversationId, messages, onQuote }: { conversationId: string; messages: Message[]; onQuote: (message: Message) => void }) {
  const quotable = new Map(messages.filter((m) => m.author === 'customer').flatMap((m) => (shown(m).quoteToken ? [[shown(m).quoteToken, m] as const] : [])));
  return (
    <div className="transcript" data-testid="transcript">
      {messages.map((m) => {
        const content = shown(m);
        const quoted = m.direction === 'out' && content.quoteToken ? quotable.get(content.quoteToken) : undefined;
        return (
          <div key={m.id} className={`bubble ${bubbleClass(m)}${m.standby ? ' standby' : ''}`} data-message-id={m.id}>
            {content.sender?.name ? <div className="sender-name">{content.sender.name}</div> : null}
            {quoted ? <div className="quoted">↩ {summary(quoted)}</div> : null}
            {m.unsentAt ? (
              <div className="unsent-note">Message unsent by the customer</div>
            ) : isCustomerMedia(content) && m.author === 'customer' ? (
              <CustomerMedia conversationId={conversationId} messageId={m.id} content={m.content} />
            ) : (
              <LineMessageView content={m.content} />
            )}
            {m.standby ? <div className="standby-note">Standby: another channel had the chat; nobody here answered</div> : null}
            {m.author === 'customer' && content.quoteToken && !m.unsentAt ? (
              <button type="button" className="link quote-action" onClick={() => onQuote(m)}>
                Quote
              </button>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

function shown(message: Message): Shown {
  const content: Shown = message.content ?? {};
  return content;
}

function bubbleClass(m: Message): string {
  if (m.direction === 'in') return 'from-customer-left';
  if (m.author === 'system' || m.content?.type === 'note') return 'system';
  return m.author === 'agent' ? 'from-agent' : 'from-bot';
}

/** A quoted message in a few words. */
export function summary(message: Message): string {
  if (message.unsentAt) return 'an unsent message';
  const content = shown(message);
  if (content.type === 'text') return (content.text ?? '').length > 60 ? `${(content.text ?? '').slice(0, 60)}…` : (content.text ?? '');
  return { image: 'a photo', video: 'a video', sticker: 'a sticker', audio: 'a voice message', file: 'a file' }[content.type ?? ''] ?? 'a message';
}
