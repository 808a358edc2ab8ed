import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../shared/api/conversations-api';
import { formatDateTime } from '../i18n/format';
import { LineMessageView } from '../test-chat/line-message-view';
import { CustomerMedia, isCustomerMedia } from './customer-media';
import type { TimelineEntry } from '../../shared/timeline/describe-timeline';
import { renderTimeline } from '../../shared/timeline/timeline-message';
import './transcript.css';

/** Separators and marks, the same in every language. */
const quoteMark = '↩';

/** The LINE fields the transcript reads beside a message's own. */
interface Shown {
  type?: string;
  text?: string;
  /** A postback's data, and the label the customer saw (kept when the tap came: LINE sends only the data). */
  data?: string;
  label?: string;
  displayText?: string;
  /** An event line the timeline tells from the facts (assigned, closed, reopened). */
  fact?: string;
  quoteToken?: string;
  sender?: { name?: string };
}

/**
 * A conversation's messages as the customer saw them: customers' media fetched through LineFlow,
 * messages sent in standby mode (another channel had the chat) and unsent ones marked, quotes shown
 * above the reply that quotes, and a Quote action on what a customer sent that LINE lets quote.
 */
export function Transcript({
  conversationId,
  messages,
  timeline,
  onQuote,
}: {
  conversationId: string;
  messages: Message[];
  /** The conversation's history (assignments, tags, closes…), told between the messages at its time. */
  timeline: TimelineEntry[];
  onQuote: (message: Message) => void;
}) {
  const { t } = useTranslation('inbox');
  const quotable = new Map(messages.filter((m) => m.author === 'customer').flatMap((m) => (shown(m).quoteToken ? [[shown(m).quoteToken, m] as const] : [])));
  // The timeline tells assignments and closes from the facts: the older event lines saying the same go.
  const told = timeline.length > 0 ? messages.filter((m) => !toldByTimeline(m)) : messages;
  // At one instant: the opening first, then the messages, then what they led to (an assignment).
  const rows = [
    ...told.map((m) => ({ at: m.at, rank: 1, message: m })),
    ...timeline.map((entry) => ({ at: entry.at, rank: entry.kind === 'opened' ? 0 : 2, entry })),
  ].sort((a, b) => a.at.localeCompare(b.at) || a.rank - b.rank);
  return (
    <div className="transcript" data-testid="transcript">
      {rows.map((row) => {
        if ('entry' in row) {
          return (
            <div key={row.entry.id} className={`timeline-entry timeline-${row.entry.kind}`} data-testid="timeline-entry">
              <span>{timelineText(row.entry, t)}</span> <time dateTime={row.entry.at}>{formatDateTime(row.entry.at)}</time>
            </div>
          );
        }
        const m = row.message;
        const content = shown(m);
        const quoted = m.direction === 'out' && content.quoteToken ? quotable.get(content.quoteToken) : undefined;
        return (
          <div key={m.id} className={`bubble ${bubbleClass(m)}${m.standby ? ' standby' : ''}`} data-message-id={m.id}>
            {content.sender?.name ? <div className="sender-name">{content.sender.name}</div> : null}
            {quoted ? (
              <div className="quoted">
                {quoteMark} {summary(quoted, t)}
              </div>
            ) : null}
            {m.unsentAt ? (
              <div className="unsent-note">{t('transcript.unsent')}</div>
            ) : isCustomerMedia(content) && m.author === 'customer' ? (
              <CustomerMedia conversationId={conversationId} messageId={m.id} content={m.content} />
            ) : content.type === 'postback' && m.author === 'customer' ? (
              <div className="bubble-text">{describeTap(content, t)}</div>
            ) : (
              <LineMessageView content={m.content} />
            )}
            {m.standby ? <div className="standby-note">{t('transcript.standby')}</div> : null}
            {m.author === 'customer' && content.quoteToken && !m.unsentAt ? (
              <button type="button" className="link quote-action" onClick={() => onQuote(m)}>
                {t('transcript.quote')}
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
export function summary(message: Message, t: TFunction<'inbox'>): string {
  if (message.unsentAt) return t('summary.unsent');
  const content = shown(message);
  if (content.type === 'text') return (content.text ?? '').length > 60 ? `${(content.text ?? '').slice(0, 60)}…` : (content.text ?? '');
  const kind = { image: 'photo', video: 'video', sticker: 'sticker', audio: 'voice', file: 'file' }[content.type ?? ''] ?? 'message';
  return t(`summary.${kind}`);
}

/** Lines written before the timeline told the same from the facts (conversations from before it). */
const olderEventLine = /^(Assigned to .+|.+ assigned the conversation.*|Conversation closed by .+)$/;

function toldByTimeline(m: Message): boolean {
  const content = shown(m);
  return m.author === 'system' && content.type === 'event' && (content.fact !== undefined || olderEventLine.test(content.text ?? ''));
}

/** A customer's tap in words: the choice's label ("Chose “Talk to an agent”"), a rating, or what LINE showed. */
function describeTap(content: Shown, t: TFunction<'inbox'>): string {
  const params = new URLSearchParams(content.data ?? '');
  if (params.get('choice')) return t('transcript.chose', { label: content.label ?? content.displayText ?? params.get('choice') });
  if (params.get('rating')) return t('transcript.rated', { label: content.label ?? params.get('rating') });
  return content.displayText ?? content.label ?? t('transcript.tapped', { data: content.data ?? '' });
}

/** A timeline entry in the person's language, from its key and values (describe-timeline.ts). */
function timelineText(entry: TimelineEntry, t: TFunction<'inbox'>): string {
  // An entry from a server older than `message` still has its English text.
  return entry.message ? renderTimeline(entry.message, (key, params) => t(`timeline.${key}`, params)) : entry.text;
}
