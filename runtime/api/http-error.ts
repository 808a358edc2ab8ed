import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logging/create-logger';

/** An error the client can fix, with the status and a message that says how. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** Wraps an async route so that its errors reach the error handler. */
export function route(handler: (...args: Parameters<RequestHandler>) => Promise<unknown>): RequestHandler {
  return (req, res, next) => {
    handler(req, res, next).catch(next);
  };
}

export const notFound: RequestHandler = (req, _res, next) => next(new HttpError(404, `No route ${req.method} ${req.path}`));

/** Every error answers JSON; a person's mistake says what to fix, and nothing answers a stack trace. */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (error instanceof HttpError) {
      res.status(error.status).json({ error: error.message, ...error.details });
      return;
    }
    const status = (error as { status?: number; type?: string }).status;
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({ error: 'The request body is too large' });
      return;
    }
    if (status && status >= 400 && status < 500) {
      res.status(status).json({ error: (error as Error).message || 'Bad request' });
      return;
    }
    log.error({ err: error, method: req.method, path: req.path }, 'request failed');
    res.status(500).json({ error: 'Something went wrong on the server; it has been logged' });
  };
}
