import { validateAnswer, type AnswerKind } from './validate-answer';

/** One field of a shortcut trigger's form (shared/steps/trigger-shortcut.ts). */
export interface ShortcutFormField {
  name: string;
  label: string;
  kind: AnswerKind;
  required?: boolean;
}

export type ShortcutFormCheck = { ok: true; vars: Record<string, unknown> } | { ok: false; problem: string };

/**
 * The variables a shortcut's form gives its run: each filled field checked and normalized for its
 * kind (numbers, dates…), empty optional ones left out. The inbox and the test chat ask the same.
 */
export function shortcutFormValues(fields: readonly ShortcutFormField[], given: Record<string, string | number | boolean | undefined>): ShortcutFormCheck {
  const vars: Record<string, unknown> = {};
  for (const field of fields) {
    const raw = given[field.name];
    if (raw === undefined || raw === '') {
      if (field.required) return { ok: false, problem: `${field.label} (${field.name}) is required` };
      continue;
    }
    const check = validateAnswer(field.kind, String(raw));
    if (!check.ok) return { ok: false, problem: `${field.label} (${field.name}): ${check.reason}` };
    vars[field.name] = check.value;
  }
  return { ok: true, vars };
}
