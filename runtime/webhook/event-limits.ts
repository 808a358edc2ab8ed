/**
 * Bounds LINE's schema leaves open, so that a signed but hostile event cannot hurt what stores,
 * queues and logs it: `JSON.stringify` of an event nested 100,000 deep throws, a 1 MB "user id"
 * would become a contact's key. LINE's real events nest 5 levels and carry ids of 26–33 characters.
 */
export const eventLimits = {
  /** Levels of objects and arrays. */
  depth: 32,
  /** Objects, arrays and values together. */
  values: 5_000,
  /** Characters in any one string or key (a LINE text message holds at most 5,000). */
  stringLength: 10_000,
  /** Characters in the ids LineFlow keys records by. */
  idLength: 128,
} as const;

/** The fields that become keys: the contact's id, the event's id (deduplication), the reply token. */
const idFields: readonly (readonly string[])[] = [['webhookEventId'], ['replyToken'], ['source', 'userId']];

/** Why the event breaks LineFlow's limits, or null when it keeps to them. Iterative: a depth bomb cannot overflow the stack here. */
export function eventLimitProblem(event: unknown): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value: event, depth: 0 }];
  let values = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (++values > eventLimits.values) return `holds more than ${eventLimits.values} values`;
    if (typeof value === 'string') {
      if (value.length > eventLimits.stringLength) return `holds a string of ${value.length} characters (at most ${eventLimits.stringLength})`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= eventLimits.depth) return `nests deeper than ${eventLimits.depth} levels`;
    for (const [key, child] of Object.entries(value)) {
      // JSON.parse makes `__proto__` an own key, harmless until some code copies it with Object.assign.
      if (key === '__proto__') return 'has a "__proto__" key, which LINE never sends';
      if (key.length > eventLimits.stringLength) return `has a key of ${key.length} characters`;
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  for (const path of idFields) {
    const id = path.reduce<unknown>((at, key) => (typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined), event);
    if (typeof id === 'string' && id.length > eventLimits.idLength)
      return `has a ${path.join('.')} of ${id.length} characters (at most ${eventLimits.idLength})`;
  }
  return null;
}
