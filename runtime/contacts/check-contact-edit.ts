import { contactLimits, displayNameProblem, fieldNameProblem, fieldValueProblem, tagProblem } from '../../shared/contacts/contact-rules';
import type { ContactAction } from './contact-action';

export class ContactEditError extends Error {
  override name = 'ContactEditError';
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

/** A PATCH body as an edit, or a ContactEditError naming every field that is wrong. */
export function checkContactEdit(body: { displayName?: string; fields?: Record<string, unknown>; addTags?: string[]; removeTags?: string[] }) {
  const problems: string[] = [];
  const edit: Extract<ContactAction, { type: 'edit' }> = { type: 'edit' };
  if (body.displayName !== undefined) {
    const problem = displayNameProblem(body.displayName);
    if (problem) problems.push(problem);
    else edit.displayName = body.displayName.trim();
  }
  if (body.fields !== undefined) {
    const entries = Object.entries(body.fields);
    if (entries.length > contactLimits.fields) problems.push(`fields: at most ${contactLimits.fields} at once`);
    for (const [name, value] of entries) {
      const problem = fieldNameProblem(name) ?? fieldValueProblem(name, value);
      if (problem) problems.push(`fields.${name}: ${problem}`);
    }
    edit.fields = body.fields;
  }
  for (const key of ['addTags', 'removeTags'] as const) {
    const tags = body[key];
    if (tags === undefined) continue;
    if (tags.length > contactLimits.tags) problems.push(`${key}: at most ${contactLimits.tags} tags`);
    for (const tag of tags) {
      const problem = tagProblem(tag);
      if (problem) problems.push(`${key}: ${problem}`);
    }
    edit[key] = tags.map((t) => t.trim());
  }
  if (problems.length === 0 && Object.keys(edit).length === 1) problems.push('nothing to change: give displayName, fields, addTags or removeTags');
  if (problems.length) throw new ContactEditError(problems);
  return edit;
}
