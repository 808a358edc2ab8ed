import { readJsonFile } from './read-json-file';
import { apiTarget, callApi } from './api-client';
import type { CommandOutput } from './validate-command';

/**
 * `lineflow import [--publish] FILE...`: creates each workflow (or saves its draft when it exists)
 * on a running server, and publishes it with --publish. Exit 1 when any file fails.
 */
export async function importCommand(args: string[], io: CommandOutput): Promise<number> {
  const publish = args.includes('--publish');
  const files = args.filter((a) => a !== '--publish');
  if (files.length === 0) {
    io.err('usage: lineflow import [--publish] FILE.json [FILE.json ...]');
    return 2;
  }
  const target = await apiTarget();
  let failed = 0;
  for (const file of files) {
    const parsed = await readJsonFile(file);
    if (!parsed.ok) {
      io.err(parsed.problem);
      failed++;
      continue;
    }
    const id = (parsed.value as { id?: unknown }).id;
    const existing = typeof id === 'string' ? await callApi(target, 'GET', `/api/workflows/${encodeURIComponent(id)}`) : { status: 404 };
    const saved = existing.status === 200
      ? await callApi(target, 'PUT', `/api/workflows/${encodeURIComponent(id as string)}`, parsed.value)
      : await callApi(target, 'POST', '/api/workflows', parsed.value);
    if (saved.status >= 300) {
      io.err(`${file}: ${saved.body?.error ?? `HTTP ${saved.status}`}`);
      for (const problem of saved.body?.problems ?? []) io.err(`${file}: ${problem.message}`);
      failed++;
      continue;
    }
    let note = existing.status === 200 ? 'draft updated' : 'created';
    if (publish) {
      const published = await callApi(target, 'POST', `/api/workflows/${encodeURIComponent(id as string)}/publish`);
      if (published.status !== 201) {
        io.err(`${file}: not published: ${published.body?.error ?? `HTTP ${published.status}`}`);
        failed++;
        continue;
      }
      note += `, published as version ${published.body.version}`;
    }
    io.out(`${file}: ${note}`);
  }
  return failed > 0 ? 1 : 0;
}
