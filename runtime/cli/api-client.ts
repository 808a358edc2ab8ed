import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createApiClient, type ApiClient } from '../../shared/api/api-client';

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

/** The shared API client, signed with the target's token; an unreachable server is a CliError saying what to check. */
export function cliApiClient(target: ApiTarget): ApiClient {
  return createApiClient({
    baseUrl: target.url,
    headers: () => ({ authorization: `Bearer ${target.token}` }),
    unreachable: () => new CliError(`Cannot reach LineFlow at ${target.url}: is it running (npm start)? Set LINEFLOW_URL to point elsewhere.`),
  });
}
