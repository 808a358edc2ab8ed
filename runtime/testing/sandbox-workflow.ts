import type { WorkflowDocument } from '../../shared/document/workflow-document';

const at = (x: number, y: number) => ({ x, y });
const say = (id: string, text: string, x: number, y: number) => ({
  id,
  type: 'send-message',
  position: at(x, y),
  data: { messages: [{ type: 'text', text }] },
});
const edge = (source: string, target: string, sourceHandle = 'next') => ({ id: `e-${source}-${sourceHandle}`, source, sourceHandle, target });

/**
 * A draft with one of each trigger the test chat can fire (conversation opened and closed, a
 * shortcut with a form, an incoming webhook, a keyword that waits), for the sandbox's tests.
 */
export function sandboxWorkflow(id = 'sandbox'): WorkflowDocument {
  return {
    schemaVersion: 1,
    id,
    name: 'Sandbox',
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 't-opened', type: 'trigger-conversation-opened', position: at(0, 0), data: {} },
      say('welcome', 'Welcome, {{contact.displayName}} (tier {{contact.tier}})', 300, 0),
      { id: 't-closed', type: 'trigger-conversation-closed', position: at(0, 150), data: {} },
      {
        id: 'rate',
        type: 'rating',
        position: at(300, 150),
        data: {
          question: 'How did we do?',
          scale: 5,
          ranges: [],
          saveTo: { scope: 'variable', name: 'csat' },
          retry: { maxAttempts: 1, message: 'Please tap a number from 1 to 5.' },
          timeoutMinutes: 1440,
        },
      },
      say('thanks', 'Thanks for your {{vars.csat}}!', 600, 150),
      {
        id: 't-shortcut',
        type: 'trigger-shortcut',
        position: at(0, 300),
        data: {
          name: 'Refund',
          fields: [
            { name: 'orderId', label: 'Order number', kind: 'text', required: true },
            { name: 'amount', label: 'Amount', kind: 'number' },
          ],
        },
      },
      say('refund', 'Refund for order {{vars.orderId}}: {{vars.amount}} yen', 300, 300),
      { id: 't-hook', type: 'trigger-incoming-webhook', position: at(0, 450), data: { variables: ['orderId', 'status'] } },
      say('shipped', 'Order {{vars.orderId}} is {{vars.status}}', 300, 450),
      { id: 't-wait', type: 'trigger-keyword', position: at(0, 600), data: { keywords: ['wait'], match: 'exact', interruptsWaitingRun: false } },
      {
        id: 'ask-order',
        type: 'ask-question',
        position: at(300, 600),
        data: {
          question: 'Your order number?',
          kind: 'text',
          saveTo: { scope: 'variable', name: 'orderId' },
          retry: { maxAttempts: 2, message: 'Please type it again.' },
          timeoutMinutes: 60,
        },
      },
    ],
    edges: [
      edge('t-opened', 'welcome'),
      edge('t-closed', 'rate'),
      edge('rate', 'thanks', 'answered'),
      edge('t-shortcut', 'refund'),
      edge('t-hook', 'shipped'),
      edge('t-wait', 'ask-order'),
    ],
  } as unknown as WorkflowDocument;
}
