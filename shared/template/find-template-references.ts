/** The roots a `{{...}}` placeholder may start with. */
export const templateRoots = ['contact', 'vars', 'conversation', 'workflow'] as const;
export type TemplateRoot = (typeof templateRoots)[number];

export interface TemplateReference {
  /** The text between the braces, trimmed: `vars.orderId`. */
  expression: string;
  /** `vars`, `contact`, ... or whatever the author wrote first when it is not a known root. */
  root: string;
  /** The path after the root: `['orderId']`. */
  path: string[];
  start: number;
  end: number;
}

export interface TemplateProblem {
  message: string;
  /** For the editor's translation (see shared/validation/problem.ts); `{{…}}` in the text are values. */
  code: string;
  params?: Record<string, string>;
  start: number;
}

export interface TemplateScan {
  references: TemplateReference[];
  problems: TemplateProblem[];
}

const placeholder = /\{\{([^{}]*)\}\}/g;
const expressionShape = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z0-9_-]+)*$/;

/** Finds every `{{ ... }}` in a text, and every placeholder that cannot work. */
export function findTemplateReferences(text: string): TemplateScan {
  const references: TemplateReference[] = [];
  const problems: TemplateProblem[] = [];
  for (const match of text.matchAll(placeholder)) {
    const expression = (match[1] ?? '').trim();
    const start = match.index ?? 0;
    if (!expressionShape.test(expression)) {
      problems.push({
        start,
        message: `\`{{${expression}}}\` is not a variable name (write it like {{vars.orderId}})`,
        code: 'templates.notVariableName',
        params: { placeholder: `{{${expression}}}`, example: '{{vars.orderId}}' },
      });
      continue;
    }
    const [root = '', ...path] = expression.split('.');
    if (!(templateRoots as readonly string[]).includes(root)) {
      problems.push({
        start,
        message: `\`{{${expression}}}\` starts with an unknown name "${root}" (use one of ${templateRoots.map((r) => `${r}.`).join(', ')})`,
        code: 'templates.unknownRoot',
        params: { placeholder: `{{${expression}}}`, root, roots: templateRoots.map((r) => `${r}.`).join(', ') },
      });
      continue;
    }
    if (path.length === 0) {
      problems.push({
        start,
        message: `\`{{${expression}}}\` needs a field after "${root}." (like {{${root}.name}})`,
        code: 'templates.needsField',
        params: { placeholder: `{{${expression}}}`, root, example: `{{${root}.name}}` },
      });
      continue;
    }
    references.push({ expression, root, path, start, end: start + match[0].length });
  }
  const withoutPlaceholders = text.replace(placeholder, '');
  const stray = withoutPlaceholders.indexOf('{{');
  if (stray >= 0) {
    problems.push({ start: stray, message: 'has a `{{` that is never closed with `}}`', code: 'templates.unclosed', params: { open: '{{', close: '}}' } });
  }
  return { references, problems };
}
