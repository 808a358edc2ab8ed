import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiRoute } from '../../shared/api/api-route';
import { checkRequest } from '../../shared/api/check-request';
import { routes } from '../../shared/api/routes';
import { createHttpApp } from '../app/create-http-app';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every `METHOD /path` the express app answers, found by walking its router stack (mounted routers included). */
function registeredRoutes(app: Express): string[] {
  const found: string[] = [];
  const walk = (stack: Layer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) for (const method of Object.keys(layer.route.methods)) found.push(`${method.toUpperCase()} ${prefix}${layer.route.path}`);
      else if (layer.handle?.stack) walk(layer.handle.stack, `${prefix}${layer.rawPath === '/' ? '' : (layer.rawPath ?? '')}`);
    }
  };
  walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
  return found;
}

describe('GET /api/openapi.json', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  it('serves, without sign-in, an OpenAPI 3.1 document that a real OpenAPI validator accepts', async () => {
    const response = await fetch(`${t.url}/api/openapi.json`);
    expect(response.status).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('describes every route the server registers, and nothing it does not', async () => {
    const document = await (await fetch(`${t.url}/api/openapi.json`)).json();
    const described = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const registered = registeredRoutes(createHttpApp(t.runtime.services));
    expect(registered.length).toBeGreaterThan(40);
    expect([...registered].sort()).toEqual([...described].sort());
    expect(described.length).toBe(Object.keys(routes).length);
  });

  it('names each operation after its entry in the routes table, with its auth', async () => {
    const document = await (await fetch(`${t.url}/api/openapi.json`)).json();
    const assign = document.paths['/api/conversations/{id}/assign'].post;
    expect(assign.operationId).toBe('assignConversation');
    expect(assign['x-lineflow-auth']).toBe('agent');
    expect(assign.requestBody.content['application/json'].schema.additionalProperties).toBe(false);
    expect(document.paths['/api/workflows'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/WorkflowDocument' });
  });

  it("compiles every route's body and query schema (ajv strict mode)", () => {
    for (const route of Object.values(routes) as ApiRoute[]) {
      if (route.body) expect(() => checkRequest(route, 'body', {}), `${route.method} ${route.path}`).not.toThrow();
      if (route.query) expect(() => checkRequest(route, 'query', {}), `${route.method} ${route.path}`).not.toThrow();
    }
  });
});
