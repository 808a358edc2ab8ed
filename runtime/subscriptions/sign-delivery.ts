import { createHmac, randomBytes } from 'node:crypto';

/**
 * How a receiver knows a delivery comes from this LineFlow and is fresh. Each POST carries
 *
 *   X-LineFlow-Timestamp: <unix seconds when this attempt was sent>
 *   X-LineFlow-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>", keyed with the secret>
 *
 * The receiver computes the same HMAC over the raw body bytes as received (before any JSON
 * parsing), compares in constant time, and refuses a timestamp more than ~5 minutes from its
 * clock. Signing the timestamp with the body is Stripe's scheme (`t=…,v1=…`): a captured request
 * cannot be replayed later, which GitHub's body-only `X-Hub-Signature-256: sha256=…` allows. The
 * `sha256=` prefix (GitHub's) leaves room for another algorithm without a new header. Retries are
 * signed afresh with their own timestamp; X-LineFlow-Delivery stays the same, so receivers can
 * drop a delivery they already handled (delivery is at least once, in no guaranteed order).
 *
 * The key is the whole secret string as UTF-8 bytes (`lfwhsec_…`), as shown once on creation.
 */
export function signatureOf(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The headers of one attempt (see signatureOf for the scheme). */
export function deliveryHeaders(options: { secret: string; body: string; eventType: string; deliveryId: string; now: Date }): Record<string, string> {
  const timestamp = Math.floor(options.now.getTime() / 1000);
  return {
    'Content-Type': 'application/json',
    'User-Agent': 'LineFlow-Webhooks/1',
    'X-LineFlow-Event': options.eventType,
    'X-LineFlow-Delivery': options.deliveryId,
    'X-LineFlow-Timestamp': String(timestamp),
    'X-LineFlow-Signature': signatureOf(options.secret, timestamp, options.body),
  };
}

/** A new signing secret: 32 random bytes, prefixed so people recognise it (and secret scanners can). */
export function newSigningSecret(): string {
  return `lfwhsec_${randomBytes(32).toString('base64url')}`;
}
