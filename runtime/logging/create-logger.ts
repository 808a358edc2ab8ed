import { pino, type Logger } from 'pino';

export type { Logger };

/** The one structured logger. Children bind `{ workflowId, runId, stepId, conversationId }`. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'lineflow' },
    redact: { paths: ['*.channelAccessToken', '*.channelSecret', '*.authorization', 'headers.authorization'], remove: true },
  });
}
