/** One write of a v0.1 collection log: a whole document (put) or the id of a removed one. */
export type LogEntry = { kind: 'put'; id: string; doc: Record<string, unknown> } | { kind: 'delete'; id: string };

export interface ParsedLogLine {
  entries: LogEntry[];
  /** Pieces of the line that are not a whole write (torn by a crash), skipped. */
  unparsed: number;
}

// Every write starts like this (`JSON.stringify({ p: doc })` / `({ d: id })`), so where a crash
// tore a write and the next start appended after it, the next write begins at one of these.
const writeStart = /\{"[pd]":/g;

/**
 * Parses one line of a v0.1 log. A line is normally one write; a line torn by a crash is skipped;
 * a line where a torn write was followed by later writes ("glued" for want of the newline) keeps
 * the writes that are whole, since those were acknowledged to their callers.
 */
export function parseLogLine(line: string): ParsedLogLine {
  const whole = toEntry(line);
  if (whole) return { entries: [whole], unparsed: 0 };
  return salvage(line);
}

function salvage(line: string): ParsedLogLine {
  const starts = [0];
  for (const match of line.matchAll(writeStart)) if (match.index > 0) starts.push(match.index);
  starts.push(line.length);
  const entries: LogEntry[] = [];
  let unparsed = 0;
  let inTornPiece = false;
  for (let from = 0; from < starts.length - 1;) {
    // The shortest piece that parses: a document may itself hold `{"p":`, but no prefix of a
    // JSON object short of its end is valid JSON, so the shortest parse is the whole write.
    let entry: LogEntry | null = null;
    let to = from + 1;
    for (; to < starts.length; to++) if ((entry = toEntry(line.slice(starts[from], starts[to])))) break;
    if (entry) {
      entries.push(entry);
      inTornPiece = false;
      from = to;
    } else {
      // Adjacent pieces that do not parse are one torn write (or the `{"p":` inside one), counted once.
      if (!inTornPiece) unparsed++;
      inTornPiece = true;
      from++;
    }
  }
  return { entries, unparsed };
}

function toEntry(text: string): LogEntry | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { p, d } = value as { p?: unknown; d?: unknown };
  if (typeof d === 'string') return { kind: 'delete', id: d };
  if (!p || typeof p !== 'object' || Array.isArray(p)) return null;
  const id = (p as { id?: unknown }).id;
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  return { kind: 'put', id: String(id), doc: p as Record<string, unknown> };
}
