/**
 * A variable's value as the text a customer would see: '' for none, an ISO date, JSON for a
 * list or object (never "[object Object]"). Templates render values this way and conditions
 * compare them this way, so a condition matches what a message would show.
 */
export function valueAsText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return JSON.stringify(value);
}
