/**
 * What a sentence says, for the editor to say it in the person's language: `code` names the kind of
 * problem (`schema.minimum`, `connections.unreachable`), `params` the values in it. The English
 * (`message`) stays the text of record (CLI, API, logs); the editor renders `problems:<code>` with
 * `params` and falls back to `message`. For a located problem (`node n3 (Ask a question):
 * options.x must be ≥ 1`) the code covers only the part after the field (`must be ≥ 1`): the
 * editor rebuilds the place from `pointer`. editor/problems/problem-codes.test.ts checks that the
 * English namespace renders back every `message`.
 */
export interface ProblemCode {
  code?: string;
  params?: Record<string, string | number>;
}

/** One thing wrong with a workflow document, said so that a person can fix it. */
export interface Problem extends ProblemCode {
  severity: 'error' | 'warning';
  /** The whole sentence: `node n3 (Ask a question): options.timeoutMinutes must be ≥ 1`. */
  message: string;
  /** JSON Pointer to the offending value, e.g. `/nodes/2/data/timeoutMinutes`. */
  pointer: string;
  nodeId?: string;
  edgeId?: string;
  /** The field inside the node's options (`data`), dotted: `choices.3.label`. */
  field?: string;
}

export interface ValidationResult {
  /** True when there is no error; warnings do not block saving or publishing. */
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
}

/** Turns a dotted field inside a node's options into the form shown to people. */
export function optionsField(field: string): string {
  return field === '' ? 'options' : `options.${field}`;
}

export function pointerToField(pointer: string): string {
  return pointer
    .split('/')
    .filter((part) => part !== '')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

export function fieldToPointer(field: string): string {
  if (field === '') return '';
  return (
    '/' +
    field
      .split('.')
      .map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1'))
      .join('/')
  );
}
