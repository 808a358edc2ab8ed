/**
 * A FAQ menu of 10 steps, the size the canvas must show readable at fit view: two triggers, a
 * menu of three choices, their answers, an agent hand-over with both outcomes, a reply to a wrong
 * tap and a close on timeout. Positions are left for "Tidy up" to set, as a person would.
 */
export function tenStepWorkflow(id: string): unknown {
  const at = { x: 0, y: 0 };
  const send = (nodeId: string, text: string) => ({ id: nodeId, type: 'send-message', position: at, data: { messages: [{ type: 'text', text }] } });
  return {
    schemaVersion: 1,
    id,
    name: 'Ten steps',
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 'menu', type: 'trigger-keyword', position: at, data: { keywords: ['help'], match: 'exact' } },
      { id: 'follow', type: 'trigger-follow', position: at, data: {} },
      {
        id: 'topic',
        type: 'multiple-choice',
        name: 'Main menu',
        position: at,
        data: {
          question: 'How can we help?',
          choices: [
            { id: 'hours', label: 'Opening hours' },
            { id: 'pricing', label: 'Pricing' },
            { id: 'agent', label: 'Talk to a person' },
          ],
          retry: { maxAttempts: 2, message: 'Please tap one of the buttons.' },
          timeoutMinutes: 10,
        },
      },
      send('hours', 'We are open Monday to Friday, 9:00–18:00.'),
      send('pricing', 'Plans start at ¥5,000 a month.'),
      { id: 'agent', type: 'assign', position: at, data: { target: 'team', team: 'Support', strategy: 'round-robin', onlineOnly: false } },
      send('agent-soon', 'An agent will be with you shortly.'),
      send('busy', 'Everyone is busy; we will write back soon.'),
      send('sorry', 'Sorry, I did not get that.'),
      { id: 'close', type: 'close-conversation', position: at, data: {} },
    ],
    edges: [
      { id: 'e1', source: 'menu', sourceHandle: 'next', target: 'topic' },
      { id: 'e2', source: 'follow', sourceHandle: 'next', target: 'topic' },
      { id: 'e3', source: 'topic', sourceHandle: 'hours', target: 'hours' },
      { id: 'e4', source: 'topic', sourceHandle: 'pricing', target: 'pricing' },
      { id: 'e5', source: 'topic', sourceHandle: 'agent', target: 'agent' },
      { id: 'e6', source: 'agent', sourceHandle: 'assigned', target: 'agent-soon' },
      { id: 'e7', source: 'agent', sourceHandle: 'unavailable', target: 'busy' },
      { id: 'e8', source: 'topic', sourceHandle: 'invalid', target: 'sorry' },
      { id: 'e9', source: 'topic', sourceHandle: 'timeout', target: 'close' },
    ],
  };
}
