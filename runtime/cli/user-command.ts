import { randomBytes } from 'node:crypto';
import { apiTarget, cliApiClient } from './api-client';
import type { CommandOutput } from './validate-command';

/**
 * `lineflow user add [--admin] EMAIL [--name NAME] [--teams A,B] [--password P]`: creates a user on
 * a running server. Without --password one is generated and printed once.
 */
export async function userCommand(args: string[], io: CommandOutput): Promise<number> {
  const [sub, ...rest] = args;
  const option = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const email = rest.find((arg, i) => !arg.startsWith('--') && !['--name', '--teams', '--password'].includes(rest[i - 1] ?? ''));
  if (sub !== 'add' || !email) {
    io.err('usage: lineflow user add [--admin] EMAIL [--name NAME] [--teams Support,Senior] [--password PASSWORD]');
    return 2;
  }
  const generated = option('--password') === undefined;
  const password = option('--password') ?? randomBytes(12).toString('base64url');
  const response = await cliApiClient(await apiTarget()).call('createUser', {
    body: {
      email,
      name: option('--name') ?? email.split('@')[0],
      role: rest.includes('--admin') ? 'admin' : 'agent',
      teams: (option('--teams') ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      password,
    },
  });
  if (!response.ok) {
    io.err(`lineflow: ${response.body.error ?? `HTTP ${response.status}`}`);
    return 1;
  }
  io.out(`${response.body.role} ${response.body.email} created${generated ? `; password (shown once): ${password}` : ''}`);
  return 0;
}
