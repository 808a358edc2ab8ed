import { readFile } from 'node:fs/promises';
import { parseWorkflowJson } from '../../shared/document/parse-workflow-json';

/** Reads and parses a JSON file, or says in one line why it cannot: `FILE: not valid JSON at line 3, ...`. */
export async function readJsonFile(file: string): Promise<{ ok: true; value: unknown } | { ok: false; problem: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, problem: `${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
  }
  const parsed = parseWorkflowJson(text);
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, problem: `${file}: not valid JSON at ${parsed.message}` };
}
