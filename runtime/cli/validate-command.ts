import { readJsonFile } from './read-json-file';
import { validateWorkflow } from '../../shared/validation/validate-workflow';

export interface CommandOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * `lineflow validate FILE...`: one line per problem, `FILE: node n3 (Ask a question): ...`.
 * Returns the exit code: 1 when any file has an error, 0 with warnings only.
 */
export async function validateCommand(files: string[], io: CommandOutput): Promise<number> {
  if (files.length === 0) {
    io.err('usage: lineflow validate FILE.json [FILE.json ...]');
    return 2;
  }
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const parsed = await readJsonFile(file);
    if (!parsed.ok) {
      io.err(parsed.problem);
      errors++;
      continue;
    }
    const result = validateWorkflow(parsed.value);
    for (const problem of result.errors) io.err(`${file}: ${problem.message}`);
    for (const problem of result.warnings) io.err(`${file}: warning: ${problem.message}`);
    if (result.ok) io.out(`${file}: ok${result.warnings.length ? ` (${result.warnings.length} warnings)` : ''}`);
    errors += result.errors.length;
    warnings += result.warnings.length;
  }
  io.out(
    `${files.length} ${files.length === 1 ? 'file' : 'files'} checked: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`,
  );
  return errors > 0 ? 1 : 0;
}
