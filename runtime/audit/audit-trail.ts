import { randomBytes } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import type { ApiRoute } from '../../shared/api/api-route';
import { routes } from '../../shared/api/routes';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { findSessionInAnyStage, readCookie, sessionCookie } from '../auth/sessions';
import type { AuditActor, AuditEntryRecord, AuditTarget } from '../store/audit-records';
import { ruleOf, secondFactorAsked, signInFailed, signInRoutes, type AuditRule } from './audit-rules';
import { routeMatcher } from './match-route';
import { summarizeChanges } from './summarize-changes';

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const apiToken: AuditActor = { kind: 'api-token', id: 'api-token', name: 'API token' };
const anonymous: AuditActor = { kind: 'anonymous', id: 'anonymous', name: 'unknown' };

/** What an entry takes from the answer: the id of what was created, who signed in. Nothing else of it is kept. */
interface AnswerFacts {
  id?: string;
  userId?: string;
  secondFactor?: boolean;
}

/**
 * The audit log's one hook into the API: mounted on /api before every router, it notes each request
 * that changes something and, once the answer is sent (`finish`), records who did it, to what, from
 * where and which fields it sent, when the answer was 2xx (and for a failed sign-in). The routers
 * know nothing of it; the route is found in shared/api/routes.ts, its action in audit-rules.ts.
 * The write happens after the answer: it never slows a request, and a failed write is only logged.
 */
export function auditTrail(services: RuntimeServices, table: Record<string, ApiRoute> = routes): RequestHandler {
  const match = routeMatcher(table);
  const { store, log } = services;

  return (req, res, next) => {
    if (!mutating.has(req.method)) return next();
    const path = `${req.baseUrl}${req.path}`;
    const matched = match(req.method, path);
    const rule = matched ? ruleOf(matched.operationId) : 'not audited';
    if (!matched || rule === 'not audited') return next();
    const { operationId, params } = matched;
    const at = new Date();
    const signingIn = signInRoutes.includes(operationId);

    // Read before the change: the name of what a DELETE removes; whose session a sign-out ends or a code completes.
    const paramTarget = rule?.target && 'param' in rule.target ? params[rule.target.param] : undefined;
    const labelBefore = paramTarget !== undefined && rule?.target ? settle(labelOf(services, rule.target.type, paramTarget)) : undefined;
    const sessionUser = operationId === 'signOut' || operationId === 'signInCode' ? settle(userOfSession(services, req)) : undefined;

    const answer: AnswerFacts = {};
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      const given = (body ?? {}) as { id?: unknown; user?: { id?: unknown }; secondFactor?: unknown };
      if (typeof given.id === 'string') answer.id = given.id;
      if (typeof given.user?.id === 'string') answer.userId = given.user.id;
      answer.secondFactor = given.secondFactor !== undefined;
      return json(body);
    };

    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const failedSignIn = signingIn && res.statusCode === 401;
      if (!failedSignIn && (res.statusCode < 200 || res.statusCode > 299)) return;
      void (async () => {
        const caller = res.locals.caller as Caller | undefined;
        const body = req.body as unknown;
        const action = failedSignIn ? signInFailed : operationId === 'signIn' && answer.secondFactor ? secondFactorAsked : (rule?.action ?? operationId);
        const entry: AuditEntryRecord = {
          id: `${at.toISOString()}-${randomBytes(5).toString('hex')}`,
          at: at.toISOString(),
          action,
          operationId,
          actor: await actorOf(services, caller, failedSignIn ? undefined : (answer.userId ?? (await sessionUser)?.id)),
          target: signingIn
            ? await signInTarget(services, body, answer.userId ?? (await sessionUser)?.id)
            : await targetOf(services, rule, { params, body, answerId: answer.id, caller, labelBefore }),
          method: req.method,
          path,
          status: res.statusCode,
          address: req.ip ?? req.socket.remoteAddress ?? null,
          userAgent: req.get('user-agent')?.slice(0, 300) ?? null,
          // A sign-in's body is an email and a password or code: the target names the account, nothing more is kept.
          changes: signingIn || operationId === 'signOut' ? null : summarizeChanges(body),
        };
        await store.auditLog.insert(entry);
      })().catch((error: unknown) => log.error({ err: error, operationId, path }, 'could not write an audit log entry'));
    };
    res.on('finish', record);
    // A client that hangs up while the answer is being sent: the change was made all the same.
    res.on('close', () => {
      if (res.headersSent) record();
    });
    next();
  };
}

/** A read started before the request is handled, whose failure only leaves the entry without it. */
function settle<T>(read: Promise<T>): Promise<T | undefined> {
  return read.catch(() => undefined);
}

/** The API token; else the signed-in caller; else the person a sign-in or sign-out was for; else unknown. */
async function actorOf(services: RuntimeServices, caller: Caller | undefined, sessionUserId: string | undefined): Promise<AuditActor> {
  if (caller?.via === 'token') return apiToken;
  const userId = caller?.userId ?? sessionUserId;
  if (!userId) return anonymous;
  const user = await services.store.users.get(userId);
  return { kind: 'user', id: userId, name: user ? user.name || user.email : userId };
}

async function userOfSession(services: RuntimeServices, req: Request): Promise<{ id: string } | null> {
  const cookie = readCookie(req.get('cookie'), sessionCookie);
  const found = cookie ? await findSessionInAnyStage(services.store, cookie) : null;
  return found ? { id: found.user.id } : null;
}

/** Whose account a sign-in was for: the user when known, else the email as typed (an attempt on no account). */
async function signInTarget(services: RuntimeServices, body: unknown, userId: string | undefined): Promise<AuditTarget | null> {
  const email = (body as { email?: unknown } | null)?.email;
  const typed = typeof email === 'string' ? email.trim().toLowerCase().slice(0, 200) : '';
  const user = userId ? await services.store.users.get(userId) : typed ? (await services.store.users.find({ email: typed }, { limit: 1 }))[0] : undefined;
  if (user) return { type: 'user', id: user.id, label: user.email };
  return typed ? { type: 'email', id: typed, label: 'no such user' } : null;
}

interface TargetContext {
  params: Record<string, string>;
  body: unknown;
  answerId: string | undefined;
  caller: Caller | undefined;
  labelBefore: Promise<string | undefined> | undefined;
}

async function targetOf(services: RuntimeServices, rule: AuditRule | undefined, context: TargetContext): Promise<AuditTarget | null> {
  const spec = rule?.target;
  if (!spec) return null;
  let id: string | undefined;
  if ('param' in spec) id = context.params[spec.param];
  else if ('answer' in spec) id = context.answerId;
  else if ('body' in spec) {
    const value = (context.body as Record<string, unknown> | null)?.[spec.body];
    id = typeof value === 'string' ? value : undefined;
  } else id = spec.fixed;
  if (id === undefined) return null;
  // `/api/users/me…`: the caller's own record.
  if (spec.type === 'user' && id === 'me' && context.caller?.userId) id = context.caller.userId;
  const label = (await context.labelBefore) ?? (await labelOf(services, spec.type, id));
  return { type: spec.type, id: id.slice(0, 200), ...(label ? { label: label.slice(0, 200) } : {}) };
}

/** A target's name as people know it, so the log stays readable after it is renamed or deleted. */
async function labelOf(services: RuntimeServices, type: string, id: string): Promise<string | undefined> {
  if (type === 'workflow') return (await services.store.workflows.get(id))?.draft.name;
  if (type === 'user') {
    const user = await services.store.users.get(id);
    return user ? user.name || user.email : undefined;
  }
  return undefined;
}
