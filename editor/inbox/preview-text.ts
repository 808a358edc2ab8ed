import type { TFunction } from 'i18next';

/**
 * The server stores a list row's preview in English ("[Photo]", "[File] menu.pdf"), made by
 * shared/inbox/message-preview.ts. Its fixed words are shown in the person's language; anything
 * else is the customer's (or an agent's) own text and is shown as is.
 */
const fixedWords: Record<string, string> = {
  '[Photo]': 'photo',
  '[Video]': 'video',
  '[Voice message]': 'voice',
  '[File]': 'file',
  '[Sticker]': 'sticker',
  '[Location]': 'location',
  '[Image map]': 'imagemap',
  '[Card]': 'card',
  '[Buttons]': 'buttons',
  '[Tapped a button]': 'postback',
  '[Unsent message]': 'unsent',
  '[Message]': 'message',
};

/** `t` is the inbox namespace's translate function. */
export function previewText(text: string, t: TFunction<'inbox'>): string {
  const whole = fixedWords[text];
  if (whole) return t(`preview.${whole}`);
  // "[File] name" and "[Location] title": the word, then the customer's own name for it.
  const prefixed = /^(\[File\]|\[Location\]) (.*)$/s.exec(text);
  if (prefixed) return `${t(`preview.${fixedWords[prefixed[1]]}`)} ${prefixed[2]}`;
  return text;
}
