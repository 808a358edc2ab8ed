/** Secrets a run-log test plants in a workflow's HTTP step: none may reach a trace or the run log's answers. */
export interface PlantedSecrets {
  /** A literal `Authorization: Bearer …` header of the step. */
  header: string;
  /** A secret-named query parameter of the step's URL. */
  inUrl: string;
  /** A variable's starting value that a header's template sends. */
  inVariable: string;
}

const at = (x: number, y: number) => ({ x, y });

/**
 * "order" asks for an order number and files a ticket at the CRM (an HTTP step with a credential,
 * a secret header and a secret in its URL), then answers with the ticket; "status" looks the
 * order up at a URL that answers 500, with nothing connected to the failure port: that run fails.
 */
export function runLogWorkflow(crmOrigin: string, secrets: PlantedSecrets, credential?: string) {
  return {
    schemaVersion: 1,
    id: 'orders',
    name: 'Orders',
    settings: { timezone: 'Asia/Tokyo', variables: [{ name: 'routing', defaultValue: secrets.inVariable }] },
    nodes: [
      { id: 'start', type: 'trigger-keyword', position: at(0, 0), data: { keywords: ['order'], match: 'exact' } },
      {
        id: 'ask-order',
        type: 'ask-question',
        position: at(280, 0),
        data: {
          question: 'Your order number?',
          kind: 'text',
          saveTo: { scope: 'variable', name: 'orderId' },
          retry: { maxAttempts: 0, message: 'Again?' },
          timeoutMinutes: 10,
        },
      },
      {
        id: 'file-ticket',
        type: 'http-request',
        position: at(560, 0),
        data: {
          method: 'POST',
          url: `${crmOrigin}/api/tickets?api_key=${secrets.inUrl}&lang=ja`,
          headers: [
            { name: 'Authorization', value: `Bearer ${secrets.header}` },
            { name: 'X-Routing', value: '{{vars.routing}}' },
          ],
          ...(credential ? { credential } : {}),
          body: '{"order": "{{vars.orderId}}"}',
          timeoutSeconds: 5,
          responseMapping: [{ path: 'id', variable: 'ticketId' }],
        },
      },
      {
        id: 'tell-ticket',
        type: 'send-message',
        position: at(840, 0),
        data: { messages: [{ type: 'text', text: 'Ticket {{vars.ticketId}} for order {{vars.orderId}}' }] },
      },
      { id: 'sorry', type: 'send-message', position: at(840, 200), data: { messages: [{ type: 'text', text: 'Sorry, no ticket' }] } },
      { id: 'status', type: 'trigger-keyword', position: at(0, 400), data: { keywords: ['status'], match: 'exact' } },
      {
        id: 'look-up',
        type: 'http-request',
        position: at(280, 400),
        data: { method: 'GET', url: `${crmOrigin}/broken`, headers: [], timeoutSeconds: 5, responseMapping: [] },
      },
      { id: 'tell-status', type: 'send-message', position: at(560, 400), data: { messages: [{ type: 'text', text: 'Your order is on its way' }] } },
    ],
    edges: [
      { id: 'e-start', source: 'start', sourceHandle: 'next', target: 'ask-order' },
      { id: 'e-answered', source: 'ask-order', sourceHandle: 'answered', target: 'file-ticket' },
      { id: 'e-filed', source: 'file-ticket', sourceHandle: 'success', target: 'tell-ticket' },
      { id: 'e-not-filed', source: 'file-ticket', sourceHandle: 'failure', target: 'sorry' },
      { id: 'e-status', source: 'status', sourceHandle: 'next', target: 'look-up' },
      { id: 'e-found', source: 'look-up', sourceHandle: 'success', target: 'tell-status' },
    ],
  };
}
