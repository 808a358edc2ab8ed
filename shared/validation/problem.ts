/** One thing wrong with a workflow document, said so that a person can fix it. */
export interface Problem {
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
