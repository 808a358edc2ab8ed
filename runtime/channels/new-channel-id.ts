import { randomBytes } from 'node:crypto';

/** RFC 4648's base32 alphabet, lowercase: no 0/1/8/9, so ids read aloud or typed are not confused. */
const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';

/**
 * A new channel's id: `c` and 7 random base32 characters (35 bits), short enough for a webhook URL
 * someone reads over the phone, and never `default` or `simulated` (8 characters, starting with c).
 * It matches `channelIdPattern`.
 */
export function newChannelId(): string {
  return `c${[...randomBytes(7)].map((byte) => alphabet[byte & 31]).join('')}`;
}
