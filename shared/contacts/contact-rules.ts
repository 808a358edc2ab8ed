/**
 * What an agent or an import may write to a contact, checked the same way in the editor and the
 * API: field names usable in templates (`{{contact.plan}}`), bounded lengths.
 */
export const contactLimits = {
  fieldName: 40,
  fieldValue: 1000,
  fields: 100,
  displayName: 100,
  tag: 50,
  tags: 50,
  language: 35,
} as const;

/** Names the contact itself uses (and the CSV's fixed columns): never a field's name. */
export const reservedFieldNames = ['id', 'userId', 'displayName', 'language', 'channel', 'tags', 'pictureUrl', 'lastSeen'] as const;

const fieldNamePattern = /^[A-Za-z][A-Za-z0-9_]*$/;

/** What is wrong with a field's name, or null. */
export function fieldNameProblem(name: string): string | null {
  if (!fieldNamePattern.test(name)) return `field name "${name}" must start with a letter and hold only letters, digits and _`;
  if (name.length > contactLimits.fieldName) return `field name "${name}" must be at most ${contactLimits.fieldName} characters`;
  if ((reservedFieldNames as readonly string[]).includes(name)) return `"${name}" is the contact's own, not a field name`;
  return null;
}

/** What is wrong with a field's value, or null. Values are text, numbers, true / false, or null (removes the field). */
export function fieldValueProblem(name: string, value: unknown): string | null {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return null;
  if (typeof value !== 'string') return `field "${name}" must be text, a number, true / false or null`;
  if (value.length > contactLimits.fieldValue) return `field "${name}" must be at most ${contactLimits.fieldValue} characters (it has ${value.length})`;
  return null;
}

/** What is wrong with a tag, or null; `;` separates tags in the CSV, so no tag holds one. */
export function tagProblem(tag: string): string | null {
  if (tag.trim() === '' || tag.length > contactLimits.tag) return `tag "${tag}" must be 1 to ${contactLimits.tag} characters`;
  if (tag.includes(';')) return `tag "${tag}" must not contain ";"`;
  return null;
}

/** What is wrong with a display name, or null. */
export function displayNameProblem(name: string): string | null {
  if (name.trim() === '') return 'displayName must not be empty';
  if (name.length > contactLimits.displayName) return `displayName must be at most ${contactLimits.displayName} characters`;
  return null;
}

/** Text typed over a number stays a number, over true / false stays one; anything else is text (a CSV cell, an input). */
export function typedLike(current: unknown, text: string): unknown {
  if (typeof current === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof current === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
