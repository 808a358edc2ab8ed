import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where the command line finds a running LineFlow: LINEFLOW_URL and ADMIN_API_TOKEN, or the local defaults. */
export interface ApiTarget {
  url: string;
  token: string;
}

export class CliError extends Error {
  override name = 'CliError';
}

export async function apiTarget(env: Record<string, string | undefined> = process.env): Promise<ApiTarget> {
  const url = (env.LINEFLOW_URL ?? `http://127.0.0.1:${env.PORT ?? 3000}`).replace(/\/+$/, '');
  if (env.ADMIN_API_TOKEN) return { url, token: env.ADMIN_API_TOKEN };
  const file = join(resolve(env.DATA_DIR ?? '.data'), 'admin-api-token');
  try {
    return { url, token: (await readFile(file, 'utf8')).trim() };
  } catch {
    throw new CliError(`No API token: set ADMIN_API_TOKEN, or run this where LineFlow keeps its data (${file} not found)`);
  }
}

export async function callApi(target: ApiTarget, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  let response: Response;
  try {
    response = await fetch(`${target.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new CliError(`Cannot reach LineFlow at ${target.url}: is it running (npm start)? Set LINEFLOW_URL to point elsewhere.`);
  }
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = { error: text };
  }
  return { status: response.status, body: parsed };
}
