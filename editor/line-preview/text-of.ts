/** A message's field as text: a string or number as it is, anything else (absent, an object by mistake) as `fallback`. */
export function textOf(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
}
