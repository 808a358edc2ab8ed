/** Seven messages from one event: a reply of five, then a push of two. */
export const sevenMessages = {
  schemaVersion: 1,
  id: 'seven',
  name: 'Seven',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'start', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['go'], match: 'exact' } },
    { id: 'first', type: 'send-message', position: { x: 200, y: 0 }, data: { messages: [1, 2, 3, 4, 5].map((n) => ({ type: 'text', text: `part ${n}` })) } },
    { id: 'second', type: 'send-message', position: { x: 400, y: 0 }, data: { messages: [6, 7].map((n) => ({ type: 'text', text: `part ${n}` })) } },
  ],
  edges: [
    { id: 'e1', source: 'start', sourceHandle: 'next', target: 'first' },
    { id: 'e2', source: 'first', sourceHandle: 'next', target: 'second' },
  ],
};
