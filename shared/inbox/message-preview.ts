/** The longest preview kept on a conversation: a list row shows one or two lines of it. */
export const previewLength = 120;

const words: Record<string, string> = {
  image: '[Photo]',
  video: '[Video]',
  audio: '[Voice message]',
  file: '[File]',
  sticker: '[Sticker]',
  location: '[Location]',
  imagemap: '[Image map]',
  flex: '[Card]',
  template: '[Buttons]',
  postback: '[Tapped a button]',
  unsent: '[Unsent message]',
};

/**
 * What a conversation list shows for a message: its text, or a word for what it is ("[Photo]",
 * "[Sticker]"), the way LINE's own chat list does. Cards and button templates show their
 * alternative text, which LINE also shows in notifications.
 */
export function messagePreview(content: unknown): string {
  const message = (content ?? {}) as { type?: unknown; text?: unknown; altText?: unknown; fileName?: unknown; title?: unknown };
  const type = typeof message.type === 'string' ? message.type : '';
  if (type === 'text' && typeof message.text === 'string') return clip(message.text);
  if (type === 'file' && typeof message.fileName === 'string') return clip(`[File] ${message.fileName}`);
  if (type === 'location' && typeof message.title === 'string') return clip(`[Location] ${message.title}`);
  if ((type === 'flex' || type === 'template' || type === 'imagemap') && typeof message.altText === 'string') return clip(message.altText);
  if (words[type]) return words[type];
  return typeof message.text === 'string' ? clip(message.text) : '[Message]';
}

function clip(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  // Cut by code points, so a clipped emoji or kanji is never half a surrogate pair.
  const points = [...line];
  return points.length > previewLength ? `${points.slice(0, previewLength - 1).join('')}…` : line;
}
