import { Smile } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewImage } from './preview-image';

interface LineEmoji {
  index?: number;
  productId?: string;
  emojiId?: string;
}

/** LINE's own picture of a LINE emoji (a "sticon"), as its apps load it. */
export function lineEmojiUrl(productId: string, emojiId: string): string {
  return `https://stickershop.line-scdn.net/sticonshop/v1/sticon/${encodeURIComponent(productId)}/android/${encodeURIComponent(emojiId)}.png`;
}

function Emoji({ emoji }: { emoji: LineEmoji }) {
  const { t } = useTranslation('testChat');
  const name = t('text.lineEmoji', { productId: emoji.productId ?? '?', emojiId: emoji.emojiId ?? '?' });
  return (
    <PreviewImage
      src={emoji.productId && emoji.emojiId ? lineEmojiUrl(emoji.productId, emoji.emojiId) : ''}
      className="lp-emoji"
      alt={name}
      fallback={<Smile className="icon" aria-hidden="true" />}
    />
  );
}

/**
 * A text message. Each `$` that `emojis` names (by its UTF-16 index, as LINE counts) becomes that
 * LINE emoji; a `$` no emoji names stays a dollar sign, as LINE shows it.
 */
export function TextMessage({ text, emojis }: { text: string; emojis?: unknown }) {
  const byIndex = new Map<number, LineEmoji>();
  for (const emoji of Array.isArray(emojis) ? (emojis as LineEmoji[]) : []) {
    if (typeof emoji?.index === 'number' && text[emoji.index] === '$') byIndex.set(emoji.index, emoji);
  }
  const parts: ReactNode[] = [];
  let from = 0;
  for (const [index, emoji] of [...byIndex].sort(([a], [b]) => a - b)) {
    if (index > from) parts.push(text.slice(from, index));
    parts.push(<Emoji key={index} emoji={emoji} />);
    from = index + 1;
  }
  parts.push(text.slice(from));
  return <div className="bubble-text lp-text-message">{parts}</div>;
}

interface Substitution {
  type?: string;
  productId?: string;
  emojiId?: string;
  mentionee?: { type?: string; userId?: string };
}

/** A textV2 message: `{key}` takes its substitution (a mention as "@…", an emoji as its picture); `{{` is a literal brace. */
export function TextV2Message({ text, substitution }: { text: string; substitution?: unknown }) {
  const { t } = useTranslation('testChat');
  const table = (substitution && typeof substitution === 'object' ? substitution : {}) as Record<string, Substitution>;
  const parts: ReactNode[] = [];
  const pattern = /\{\{|\}\}|\{([A-Za-z0-9_]{1,20})\}/g;
  let from = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    parts.push(text.slice(from, match.index));
    from = match.index + match[0].length;
    const key = match[1];
    const sub = key ? table[key] : undefined;
    if (!key) parts.push(match[0][0]);
    else if (sub?.type === 'emoji') parts.push(<Emoji key={match.index} emoji={sub} />);
    else if (sub?.type === 'mention')
      parts.push(
        <span key={match.index} className="lp-mention">
          @{sub.mentionee?.type === 'all' ? t('text.mentionAll') : (sub.mentionee?.userId ?? key)}
        </span>,
      );
    else parts.push(match[0]);
  }
  parts.push(text.slice(from));
  return <div className="bubble-text lp-text-message">{parts}</div>;
}
