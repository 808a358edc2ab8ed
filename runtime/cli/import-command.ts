import { readJsonFile } from './read-json-file';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { apiTarget, cliApiClient } from './api-client';
import type { CommandOutput } from './validate-command';

const flags = ['--publish', '--replace'];

/**
 * `lineflow import [--publish] [--replace] FILE...`: creates each workflow on a running server and
 * publishes it with --publish. A workflow whose id exists is left alone (exit 1, naming it) unless
 * --replace: then its draft is replaced and its versions kept. Exit 1 when any file fails.
 */
export async function importCommand(args: string[], io: CommandOutput): Promise<number> {
  const publish = args.includes('--publish');
  const replace = args.includes('--replace');
  const files = args.filter((a) => !flags.includes(a));
  if (files.length === 0) {
    io.err('usage: lineflow import [--publish] [--replace] FILE.json [FILE.json ...]');
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
    const saved = await api.call('createWorkflow', { body: document, ...(replace ? { query: { replace: 'true' } } : {}) });
    if (!saved.ok) {
      const exists = saved.status === 409 && saved.body.existing !== undefined;
      io.err(`${file}: ${saved.body.error ?? `HTTP ${saved.status}`}${exists ? ' (lineflow import --replace does)' : ''}`);
      for (const problem of saved.body.problems ?? []) io.err(`${file}: ${typeof problem === 'string' ? problem : problem.message}`);
      failed++;
      continue;
    }
    let note = saved.status === 201 ? 'created' : 'draft replaced';
    if (publish) {
      const published = await api.call('publishWorkflow', { params: { id: saved.body.id } });
      if (!published.ok) {
        io.err(`${file}: not published: ${published.body.error ?? `HTTP ${published.status}`}`);
        failed++;
        continue;
      }
      note += published.body.created === false ? `, unchanged: version ${published.body.version} is live` : `, published as version ${published.body.version}`;
    }
    io.out(`${file}: ${note}`);
  }
  return failed > 0 ? 1 : 0;
}
