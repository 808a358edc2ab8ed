/** A step of a chain: its id, type and options, and the port the chain leaves it by. */
export interface ChainStep {
  id: string;
  type: string;
  data: Record<string, unknown>;
  /** The port to the next step; the last step's is unused. */
  port?: string;
}

/**
 * A workflow document for tests: a keyword trigger, then `steps` one after another. Ports that
 * lead nowhere end the run there.
 */
export function chainWorkflow(id: string, keyword: string, steps: ChainStep[]): Record<string, unknown> {
  const trigger: ChainStep = {
    id: `${id}-trigger`,
    type: 'trigger-keyword',
    data: { keywords: [keyword], match: 'exact', interruptsWaitingRun: true },
    port: 'next',
  };
  const all = [trigger, ...steps];
  return {
    schemaVersion: 1,
    id,
    name: `Test ${id}`,
    settings: { timezone: 'Asia/Tokyo' },
    nodes: all.map((step, i) => ({ id: step.id, type: step.type, position: { x: i * 300, y: 0 }, data: step.data })),
    edges: all.slice(1).map((step, i) => ({ id: `e${i}`, source: all[i]?.id, sourceHandle: all[i]?.port ?? 'next', target: step.id })),
  };
}

/** Steps the conformance and publish tests chain. */
export const steps = {
  /** Asks for a text and keeps it as `{{vars.answer}}`. */
  capture: (id = 'capture'): ChainStep => ({
    id,
    type: 'ask-question',
    data: {
      question: 'Tell me something',
      kind: 'text',
      saveTo: { scope: 'variable', name: 'answer' },
      retry: { maxAttempts: 2, message: 'Again?' },
      timeoutMinutes: 10,
    },
    port: 'answered',
  }),
  send: (id: string, messages: unknown[], quickReplies?: unknown[]): ChainStep => ({
    id,
    type: 'send-message',
    data: { messages, ...(quickReplies ? { quickReplies } : {}) },
    port: 'next',
  }),
  ask: (id: string, question: string, kind = 'text', retry = 'Sorry?'): ChainStep => ({
    id,
    type: 'ask-question',
    data: { question, kind, saveTo: { scope: 'variable', name: `${id}Answer` }, retry: { maxAttempts: 3, message: retry }, timeoutMinutes: 10 },
    port: 'answered',
  }),
  choice: (id: string, question: string, labels: string[], retry = 'Please tap a button.'): ChainStep => ({
    id,
    type: 'multiple-choice',
    data: { question, choices: labels.map((label, i) => ({ id: `c${i}`, label })), retry: { maxAttempts: 2, message: retry }, timeoutMinutes: 10 },
    port: 'c0',
  }),
  rating: (id: string, question: string, labels: { lowLabel?: string; highLabel?: string } = {}, retry = 'Please tap a number.'): ChainStep => ({
    id,
    type: 'rating',
    data: { question, scale: 5, ...labels, ranges: [], retry: { maxAttempts: 2, message: retry }, timeoutMinutes: 10 },
    port: 'answered',
  }),
};
