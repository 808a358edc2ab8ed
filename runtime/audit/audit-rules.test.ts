import express from 'express';
import { describe, expect, it, vi } from 'vitest';
import type { ApiRoute } from '../../shared/api/api-route';
import { routes } from '../../shared/api/routes';
import type { RuntimeServices } from '../app/runtime-services';
import { auditRules, notAudited, ruleOf } from './audit-rules';
import { auditTrail } from './audit-trail';
import { routeMatcher } from './match-route';
import { summarizeChanges } from './summarize-changes';

const mutatingApiRoutes = Object.entries(routes).filter(([, r]) => r.method !== 'GET' && r.path.startsWith('/api/'));

describe('which request is which audited action', () => {
  it('finds each route of the table by method and path, literal segments first', () => {
    const match = routeMatcher();
    for (const [operationId, route] of mutatingApiRoutes) {
      expect(match(route.method, route.path.replace(/:(\w+)/g, 'x-$1'))?.operationId).toBe(operationId);
    }
    expect(match('DELETE', '/api/users/me/sessions/abc')).toMatchObject({ operationId: 'endMySession', params: { id: 'abc' } });
    expect(match('POST', '/api/users/me/totp')?.operationId).toBe('startTwoFactor');
    expect(match('PUT', '/api/credentials/crm%20key')?.params).toEqual({ name: 'crm key' });
    expect(match('POST', '/api/no-such-thing')).toBeNull();
  });

  it('names every rule after a real route, and leaves out only agents\u2019 inbox work and test traffic', () => {
    for (const operationId of [...Object.keys(auditRules), ...Object.keys(notAudited)]) expect(routes).toHaveProperty(operationId);
    for (const operationId of Object.keys(notAudited)) {
      expect(routes[operationId as keyof typeof routes].path).toMatch(/^\/api\/(conversations\/|simulator\/|workflows\/:id\/(test|presence)$)/);
    }
    expect(ruleOf('publishWorkflow')).toEqual({ action: 'workflow.published', target: { type: 'workflow', param: 'id' } });
    expect(ruleOf('someRouteAddedLater')).toBeUndefined();
  });

  it('records a changing route the table does not name under its operation id', async () => {
    const table = { renameThing: { method: 'POST', path: '/api/things/:id/rename', summary: '', auth: 'admin', response: null } } satisfies Record<
      string,
      ApiRoute
    >;
    const insert = vi.fn(async () => true);
    const services = { store: { auditLog: { insert }, users: { get: async () => null } }, log: { error: vi.fn() } } as unknown as RuntimeServices;
    const app = express();
    app.use(express.json());
    app.use('/api', auditTrail(services, table));
    app.post('/api/things/:id/rename', (_req, res) => void res.json({ ok: true }));
    const server = app.listen(0);
    try {
      const { port } = server.address() as { port: number };
      const answer = await fetch(`http://127.0.0.1:${port}/api/things/t1/rename`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'New', apiKey: 'k-123' }),
      });
      expect(answer.status).toBe(200);
      await vi.waitFor(() => expect(insert).toHaveBeenCalledTimes(1));
      expect(insert.mock.calls[0]).toMatchObject([
        {
          action: 'renameThing',
          operationId: 'renameThing',
          path: '/api/things/t1/rename',
          actor: { kind: 'anonymous' },
          changes: { fields: ['name', 'apiKey'], values: { name: 'New' } },
        },
      ]);
    } finally {
      server.close();
    }
  });
});

describe('what an entry keeps of a request body', () => {
  it('names every top-level field and keeps only the values of the safe ones', () => {
    const body = {
      role: 'admin',
      teams: ['Support', 'Senior'],
      status: 'away',
      password: 'hunter2-hunter2',
      channelSecret: 'abc',
      headers: { Authorization: 'Bearer x' },
      value: 'token-value',
      description: 'CRM bridge',
    };
    expect(summarizeChanges(body)).toEqual({
      fields: Object.keys(body),
      values: { role: 'admin', teams: ['Support', 'Senior'], status: 'away', description: 'CRM bridge' },
    });
    expect(summarizeChanges(undefined)).toBeNull();
    expect(summarizeChanges([1, 2])).toBeNull();
    expect(JSON.stringify(summarizeChanges({ name: 'x'.repeat(5000) })).length).toBeLessThan(400);
  });
});
