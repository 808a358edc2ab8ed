import { validateCommand, type CommandOutput } from './validate-command';

const usage = `usage: lineflow <command>

commands:
  validate FILE...   check workflow documents; exit 1 when any has an error`;

const io: CommandOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'validate':
      return validateCommand(rest, io);
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
    io.err(`lineflow: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
