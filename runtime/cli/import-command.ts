import { readJsonFile } from './read-json-file';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { apiTarget, cliApiClient } from './api-client';
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
  const api = cliApiClient(await apiTarget());
  let failed = 0;
  for (const file of files) {
    const parsed = await readJsonFile(file);
    if (!parsed.ok) {
      io.err(parsed.problem);
      failed++;
      continue;
    }
    // Sent as read: the server's workflow validator says what is wrong with it, node by node.
    const document = parsed.value as WorkflowDocument;
    const id = (parsed.value as { id?: unknown }).id;
    const existing = typeof id === 'string' ? await api.call('getWorkflow', { params: { id } }) : { status: 404 };
    const saved =
      existing.status === 200
        ? await api.call('saveWorkflow', { params: { id: id as string }, body: document })
        : await api.call('createWorkflow', { body: document });
    if (!saved.ok) {
      io.err(`${file}: ${saved.body.error ?? `HTTP ${saved.status}`}`);
      for (const problem of saved.body.problems ?? []) io.err(`${file}: ${typeof problem === 'string' ? problem : problem.message}`);
      failed++;
      continue;
    }
    let note = existing.status === 200 ? 'draft updated' : 'created';
    if (publish) {
      const published = await api.call('publishWorkflow', { params: { id: id as string } });
      if (!published.ok) {
        io.err(`${file}: not published: ${published.body.error ?? `HTTP ${published.status}`}`);
        failed++;
        continue;
      }
      note += `, published as version ${published.body.version}`;
    }
    io.out(`${file}: ${note}`);
  }
  return failed > 0 ? 1 : 0;
}
