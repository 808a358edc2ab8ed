import type { Response } from 'express';
import type { LineContent } from '../line/line-transport';
import type { MessageRecord } from '../store/records';

/** Customers' messages that have bytes in LINE's content API. */
export const mediaTypes = new Set(['image', 'video', 'audio', 'file']);

/** Shown in place (img, video, audio elements); SVG is left out: it can carry script. */
const inlineType = /^(image\/(jpeg|png|gif|webp)|video\/[\w.+-]+|audio\/[\w.+-]+)$/;

/** The media fields of a customer's message, as LINE sent them. */
export interface MediaContent {
  type?: string;
  id?: string;
  fileName?: string;
  contentProvider?: { type?: string; originalContentUrl?: string };
}

export function mediaOf(message: MessageRecord): MediaContent {
  const content: MediaContent = message.content ?? {};
  return content;
}

/**
 * Answers with a customer's media. Images, video and audio of a known safe type are shown in
 * place; anything else (a file, an SVG, HTML) is an attachment of unknown type, so it is never run
 * as a page of this origin. Kept privately by the browser for a day: the bytes never change.
 */
export function sendContent(res: Response, content: LineContent, media: MediaContent): void {
  const type = content.contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const inline = media.type !== 'file' && inlineType.test(type);
  res.setHeader('cache-control', 'private, max-age=86400');
  if (inline) {
    res.setHeader('content-type', type);
  } else {
    const name = (media.fileName ?? `${media.type ?? 'content'}-${media.id ?? ''}`).replace(/[\r\n"\\]/g, '_');
    res.setHeader('content-type', 'application/octet-stream');
    res.setHeader('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`);
  }
  res.status(200).end(content.body);
}
