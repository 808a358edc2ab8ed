import { Router, type RequestHandler } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { checkCredentialInput, type CredentialInput } from '../credentials/credential-input';
import { deleteCredential, listCredentials, saveCredential } from '../credentials/credential-store';
import { routes } from '../../shared/api/routes';
import { credentialNamePattern } from '../../shared/steps/http-request';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';

const namePattern = new RegExp(credentialNamePattern);

/**
 * Credentials for HTTP steps, admins only. The answers hold the name, kind, header name, origin
 * and time; the values go in sealed and never come out through the API.
 */
export function credentialsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store, secrets, log } = services;
  // authenticate() already keeps agents out; checked here too because these are secrets.
  router.use('/credentials', adminOnly);

  const checked = (body: CredentialInput) => {
    const result = checkCredentialInput(body);
    if ('problem' in result) throw new HttpError(400, result.problem);
    return result;
  };

  on(
    routes.listCredentials,
    route(async (_req, res) => {
      res.json({ credentials: await listCredentials(store) });
    }),
  );

  on(
    routes.createCredential,
    route(async (req, res) => {
      const { name, ...rest } = req.body as CredentialInput & { name: string };
      const saved = await saveCredential(store, secrets, name, checked(rest), 'create', new Date());
      if (!saved) throw new HttpError(409, `A credential "${name}" exists already: replace it with PUT /api/credentials/${name}`);
      log.info({ credential: name, kind: saved.kind, origin: saved.allowedOrigin, by: callerName(res.locals.caller as Caller) }, 'credential created');
      res.status(201).json(saved);
    }),
  );

  on(
    routes.replaceCredential,
    route(async (req, res) => {
      const name = nameOf(req.params.name);
      const saved = await saveCredential(store, secrets, name, checked(req.body as CredentialInput), 'replace', new Date());
      if (!saved) throw new HttpError(404, `No credential "${name}"`);
      log.info({ credential: name, kind: saved.kind, origin: saved.allowedOrigin, by: callerName(res.locals.caller as Caller) }, 'credential replaced');
      res.json(saved);
    }),
  );

  on(
    routes.deleteCredential,
    route(async (req, res) => {
      const name = nameOf(req.params.name);
      if (!(await deleteCredential(store, name))) throw new HttpError(404, `No credential "${name}"`);
      log.info({ credential: name, by: callerName(res.locals.caller as Caller) }, 'credential deleted');
      res.status(204).end();
    }),
  );

  return router;
}

function nameOf(raw: unknown): string {
  const name = String(raw);
  if (!namePattern.test(name)) throw new HttpError(400, 'name must be letters, digits, "-", "_" and "." (at most 64)');
  return name;
}

const adminOnly: RequestHandler = (_req, res, next) => {
  next((res.locals.caller as Caller | undefined)?.role === 'admin' ? undefined : new HttpError(403, 'Only admins may do this'));
};

function callerName(caller: Caller): string {
  return caller.userId ?? `admin (${caller.via})`;
}
