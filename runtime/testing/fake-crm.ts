import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface CrmCall {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export interface FakeCrm {
  server: Server;
  port: number;
  calls: CrmCall[];
  /** The URL that creates a ticket: answers 201 `{ id: "CRM-<n>" }`. */
  ticketsUrl: string;
  /** Called with each request before it is answered (a test may kill the caller here). */
  onCall?: (call: CrmCall) => void | Promise<void>;
  stop: () => Promise<void>;
}

/**
 * A stand-in CRM on loopback for HTTP steps: creates tickets; `/broken` answers 500;
 * `/redirect-to-metadata` redirects to the cloud metadata address.
 */
export async function startFakeCrm(): Promise<FakeCrm> {
  const calls: CrmCall[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    const answer = async () => {
      const call = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: raw ? JSON.parse(raw) : undefined };
      calls.push(call);
      await crm.onCall?.(call);
      if (req.url === '/redirect-to-metadata') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (req.url === '/broken') return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":"down"}');
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `CRM-${calls.length}`, data: { queue: 'senior' } }));
    };
    // A test's onCall hook that throws answers 500 instead of an unhandled rejection.
    req.on('end', () => {
      answer().catch((error: unknown) =>
        (res.headersSent ? res : res.writeHead(500, { 'content-type': 'application/json' })).end(JSON.stringify({ error: String(error) })),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const crm: FakeCrm = {
    server,
    port,
    calls,
    ticketsUrl: `http://127.0.0.1:${port}/api/tickets`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return crm;
}
