import type { ReplayChange } from '../../shared/api/runs-api';
import type { SentMessage } from './replay-inputs';

export interface ReplayRow {
  change: ReplayChange;
  sent: SentMessage | null;
  draft: SentMessage | null;
}

/**
 * Lines up what was sent after one input with what the draft sends now: messages equal in both, in
 * the same order, are `same` (a longest common subsequence, so one message added or removed does
 * not mark all that follow); between two such, messages left on both sides pair up as `changed`,
 * the rest are `missing` (only sent) or `new` (only the draft's).
 */
export function diffReplies(sent: SentMessage[], draft: SentMessage[]): ReplayRow[] {
  const a = sent.map((m) => keyOf(m.message));
  const b = draft.map((m) => keyOf(m.message));
  // common(i, j): the longest common subsequence of a[i..] and b[j..].
  const table = new Map<string, number>();
  const common = (i: number, j: number): number => table.get(`${i},${j}`) ?? 0;
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table.set(`${i},${j}`, a[i] === b[j] ? common(i + 1, j + 1) + 1 : Math.max(common(i + 1, j), common(i, j + 1)));
    }
  }
  const rows: ReplayRow[] = [];
  const gapA: SentMessage[] = [];
  const gapB: SentMessage[] = [];
  const flush = () => {
    const paired = Math.min(gapA.length, gapB.length);
    gapA.forEach((m, k) => rows.push(k < paired ? { change: 'changed', sent: m, draft: gapB[k] ?? null } : { change: 'missing', sent: m, draft: null }));
    for (const m of gapB.slice(paired)) rows.push({ change: 'new', sent: null, draft: m });
    gapA.length = 0;
    gapB.length = 0;
  };
  let i = 0;
  let j = 0;
  for (;;) {
    const left = sent[i];
    const right = draft[j];
    if (left && right && a[i] === b[j]) {
      flush();
      rows.push({ change: 'same', sent: left, draft: right });
      i++;
      j++;
    } else if (left && (!right || common(i + 1, j) >= common(i, j + 1))) {
      gapA.push(left);
      i++;
    } else if (right) {
      gapB.push(right);
      j++;
    } else break;
  }
  flush();
  return rows;
}

/** A message's content with its keys in order; the quote token is the customer's message's, not the answer's. */
function keyOf(message: unknown): string {
  return JSON.stringify(sorted(message, true));
}

function sorted(value: unknown, top: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => sorted(v, false));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([key]) => !(top && key === 'quoteToken'));
  return Object.fromEntries(entries.sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, v]) => [k, sorted(v, false)]));
}
