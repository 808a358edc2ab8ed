import { createHash } from 'node:crypto';

/**
 * A UUID derived from a delivery id, so that a retried job sends the same X-Line-Retry-Key and
 * LINE's 409 tells us the messages already went out.
 */
export function retryKeyFor(deliveryId: string): string {
  const hex = createHash('sha256').update(`lineflow-retry:${deliveryId}`).digest('hex');
  // Shape it as an RFC 4122 version-5-style UUID.
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16).padStart(2, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}
