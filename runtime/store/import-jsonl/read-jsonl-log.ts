import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { JsonlImportError } from './jsonl-import-error';
import { parseLogLine, type LogEntry } from './parse-log-line';

export interface JsonlLogCounts {
  /** Non-empty lines in the file. */
  lines: number;
  puts: number;
  deletes: number;
  /** Documents alive at the end of the log: the ones yielded. */
  live: number;
  /** Torn writes skipped (a crash mid-write; never acknowledged), whole lines or pieces of glued ones. */
  skipped: number;
  /** Lines holding more than one write, or a torn write and whole ones, of which the whole writes were kept. */
  salvagedLines: number;
}

// Writes are numbered line * this + their place on the line: a line holds one write, a few when
// glued after crashes, never this many.
const writesPerLine = 1024;

/**
 * Streams the documents alive at the end of one v0.1 collection log, each once, in the order of
 * its last write, and returns the counts. Two passes over the file, so that memory holds the id
 * and position of each document's last write, never the documents: the first finds the last put
 * of each id (a delete forgets it), the second parses only the lines holding one and yields it.
 * The file must not change in between (the caller holds the store's lock).
 */
export async function* readJsonlLog(path: string): AsyncGenerator<Record<string, unknown>, JsonlLogCounts, undefined> {
  const counts: JsonlLogCounts = { lines: 0, puts: 0, deletes: 0, live: 0, skipped: 0, salvagedLines: 0 };
  const { size } = await stat(path);
  const latest = new Map<string, number>();
  for await (const { number, entries } of readEntries(path, counts)) {
    entries.forEach((entry, place) => {
      if (entry.kind === 'put') {
        counts.puts++;
        latest.set(entry.id, number * writesPerLine + place);
      } else {
        counts.deletes++;
        latest.delete(entry.id);
      }
    });
  }
  counts.live = latest.size;
  const wanted = new Float64Array(latest.values()).sort();

  let next = 0;
  let yielded = 0;
  for await (const { number, entries } of readEntries(path, null, (n) => {
    while (next < wanted.length && wanted[next] < n * writesPerLine) next++;
    return next < wanted.length && Math.floor(wanted[next] / writesPerLine) === n;
  })) {
    for (const [place, entry] of entries.entries()) {
      if (entry.kind === 'put' && latest.get(entry.id) === number * writesPerLine + place) {
        yielded++;
        yield entry.doc;
      }
    }
  }
  if (yielded !== counts.live || (await stat(path)).size !== size) {
    throw new JsonlImportError(`${path} changed while it was being imported. Stop every other LineFlow process using this data folder and start again.`);
  }
  return counts;
}

/**
 * The parsed writes of each non-empty line, with its number; `wanted` skips the parsing of lines
 * that hold nothing needed.
 */
async function* readEntries(
  path: string,
  counts: JsonlLogCounts | null,
  wanted: (line: number) => boolean = () => true,
): AsyncGenerator<{ number: number; entries: LogEntry[] }> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  try {
    for await (const line of lines) {
      if (line === '') continue;
      number++;
      if (!wanted(number)) continue;
      const { entries, unparsed } = parseLogLine(line);
      if (counts) {
        counts.lines++;
        counts.skipped += unparsed;
        if (entries.length > 1 || (entries.length === 1 && unparsed > 0)) counts.salvagedLines++;
      }
      if (entries.length >= writesPerLine) throw new JsonlImportError(`${path}: line ${number} holds ${entries.length} writes; this is not a LineFlow log.`);
      yield { number, entries };
    }
  } finally {
    lines.close();
    input.destroy();
  }
}
