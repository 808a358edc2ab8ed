import { CliError } from './api-client';
import { backupCommand } from './backup-command';
import { channelCommand } from './channel-command';
import { chatCommand } from './chat-command';
import { importCommand } from './import-command';
import { rotateKeyCommand } from './rotate-key-command';
import { userCommand } from './user-command';
import { validateCommand, type CommandOutput } from './validate-command';

const usage = `usage: lineflow <command>

commands:
  validate FILE...             check workflow documents; exit 1 when any has an error
  import [--publish] [--replace] FILE...
                               send workflow documents to a running server (LINEFLOW_URL, ADMIN_API_TOKEN);
                               --replace replaces the draft of a workflow that exists (its versions are kept)
  chat [--user ID] [--name N] [--language ja]
                               chat with the simulated LINE channel of a running server
  user add [--admin] EMAIL [--name N] [--teams A,B] [--password P]
                               create a user who signs in to the editor and the inbox
  channel connect --name N --secret S --token T | channel list | channel test ID
                               connect a LINE channel (checked with LINE, webhook set and tested)
  backup [--force] FILE        copy the embedded store (DATA_DIR) into FILE, also while LineFlow runs
  rotate-key --new-key-file FILE [--generate]
                               re-seal every stored secret with a new encryption key (LineFlow stopped)`;

const io: CommandOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return validateCommand(rest, io);
    case 'import':
      return importCommand(rest, io);
    case 'chat':
      return chatCommand(rest, io);
    case 'user':
      return userCommand(rest, io);
    case 'channel':
      return channelCommand(rest, io);
    case 'backup':
      return backupCommand(rest, io);
    case 'rotate-key':
      return rotateKeyCommand(rest, io);
    case undefined:
    case '--help':
    case '-h':
      io.out(usage);
      return command === undefined ? 2 : 0;
    default:
      io.err(`lineflow: unknown command "${command}"\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A CliError is the user's to fix; anything else is ours, still shown without a stack trace.
    io.err(`lineflow: ${error instanceof CliError || error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
