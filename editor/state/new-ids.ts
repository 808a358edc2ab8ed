/** The next free node id of the form n1, n2, ... */
export function newNodeId(taken: readonly string[]): string {
  const used = new Set(taken);
  for (let i = taken.length + 1; ; i++) if (!used.has(`n${i}`)) return `n${i}`;
}

/** The next free sticky-note id of the form note-1, note-2, ... (never the id of a step). */
export function newNoteId(taken: readonly string[]): string {
  const used = new Set(taken);
  for (let i = 1; ; i++) if (!used.has(`note-${i}`)) return `note-${i}`;
}

/** A workflow id from its name: lower case, dashes, unique among `taken`. */
export function workflowIdFrom(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'workflow';
  let id = base;
  for (let i = 2; taken.includes(id); i++) id = `${base}-${i}`;
  return id;
}
