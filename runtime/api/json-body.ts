import express, { type RequestHandler } from 'express';
import { parseWorkflowJson } from '../../shared/document/parse-workflow-json';
import { HttpError } from './http-error';

const readText = express.text({ type: () => true, limit: '5mb' });

/** Parses a JSON body, answering 400 with the line and column of a syntax error. */
export const jsonBody: RequestHandler = (req, res, next) => {
  readText(req, res, (error?: unknown) => {
    if (error) return next(error);
    const text = typeof req.body === 'string' ? req.body : '';
    if (text.trim() === '') {
      req.body = undefined;
      return next();
    }
    const parsed = parseWorkflowJson(text);
    if (!parsed.ok) return next(new HttpError(400, `The request body is not valid JSON: ${parsed.message}`));
    req.body = parsed.value;
    next();
  });
};
