import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

/** What a delivery POSTs; `type` is `unparseable` when the body was not JSON. */
export interface DeliveryBody {
  id: string;
  type: string;
  at: string;
  data: Record<string, unknown>;
}

export interface ReceivedDelivery {
  headers: IncomingHttpHeaders;
  raw: string;
  body: DeliveryBody;
  /** The signature matched the secret and the timestamp was within 5 minutes: what a receiver must check. */
  verified: boolean;
  /** The status this receiver answered. */
  answered: number;
}

export interface SignedReceiver {
  url: string;
  port: number;
  received: ReceivedDelivery[];
  /** The subscription's secret, once known (the API shows it when creating the subscription). */
  secret: string;
  /** Statuses to answer next, in order; 200 once they are used up. */
  failNext: number[];
  /** Milliseconds each answer waits (a slow receiver keeps several senders busy). Default 0. */
  answerDelayMs: number;
  stop(): Promise<void>;
}

/**
 * A subscription's receiver on loopback that verifies each delivery as the README tells
 * receivers to, with node:crypto alone (not LineFlow's signing code): HMAC-SHA256 of
 * "<X-LineFlow-Timestamp>.<raw body>" under the secret, hex, after `sha256=`.
 */
export async function startSignedReceiver(secret = ''): Promise<SignedReceiver> {
  const received: ReceivedDelivery[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const answered = receiver.failNext.shift() ?? 200;
      let body: DeliveryBody;
      try {
        body = JSON.parse(raw) as DeliveryBody;
      } catch {
        body = { id: '', type: 'unparseable', at: '', data: {} };
      }
      received.push({ headers: req.headers, raw, body, verified: verify(receiver.secret, req.headers, raw), answered });
      const answer = () => res.writeHead(answered, { 'content-type': 'application/json' }).end(answered < 300 ? '{"ok":true}' : '{"error":"receiver is down"}');
      if (receiver.answerDelayMs > 0) setTimeout(answer, receiver.answerDelayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const receiver: SignedReceiver = {
    url: `http://127.0.0.1:${port}/lineflow-events`,
    port,
    received,
    secret,
    failNext: [],
    answerDelayMs: 0,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}

function verify(secret: string, headers: IncomingHttpHeaders, raw: string): boolean {
  const timestamp = Number(headers['x-lineflow-timestamp']);
  const signature = String(headers['x-lineflow-signature'] ?? '');
  if (!secret || !Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > 300) return false;
  const expected = Buffer.from(`sha256=${createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
