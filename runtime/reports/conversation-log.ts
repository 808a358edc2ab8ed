import type { ConversationRow } from '../../shared/api/reports-api';
import { firstResponse, resolution, type ReportContext } from './report-context';

/** One row per conversation opened in the range, newest first; `limit` caps the rows (the CSV takes all). */
export async function conversationLog(context: ReportContext, limit?: number): Promise<{ rows: ConversationRow[]; truncated: boolean }> {
  const { store, range } = context;
  const opened = (await store.reports.conversations(range.scope, 'opened')).sort((a, b) => b.openedAt - a.openedAt || (a.id < b.id ? -1 : 1));
  const chosen = limit === undefined ? opened : opened.slice(0, limit);
  const [names, summaries, users] = await Promise.all([
    store.reports.contactNames([...new Set(chosen.map((c) => c.contactId))]),
    store.reports.summaries(chosen.filter((c) => c.closedAt !== null).map((c) => c.id)),
    store.users.find({}),
  ]);
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const rows = chosen.map((c) => ({
    id: c.id,
    contactId: c.contactId,
    contactName: names.get(c.contactId) ?? null,
    openedAt: new Date(c.openedAt).toISOString(),
    openedBy: c.openedBy,
    closedAt: c.closedAt === null ? null : new Date(c.closedAt).toISOString(),
    closedBy: c.closedBy,
    category: c.category,
    summary: summaries.get(c.id) ?? null,
    assignee: c.assignee,
    assigneeName: c.assignee ? (userNames.get(c.assignee) ?? null) : null,
    team: c.team,
    firstResponseSeconds: firstResponse(context, c),
    resolutionSeconds: resolution(context, c),
    csatScore: c.csatScore,
  }));
  return { rows, truncated: chosen.length < opened.length };
}

const csvColumns: [string, (row: ConversationRow) => unknown][] = [
  ['id', (r) => r.id],
  ['contact', (r) => r.contactName ?? r.contactId],
  ['contact id', (r) => r.contactId],
  ['opened at', (r) => r.openedAt],
  ['opened by', (r) => r.openedBy],
  ['closed at', (r) => r.closedAt],
  ['closed by', (r) => r.closedBy],
  ['category', (r) => r.category],
  ['summary', (r) => r.summary],
  ['assignee', (r) => r.assigneeName ?? r.assignee],
  ['team', (r) => r.team],
  ['first response seconds', (r) => r.firstResponseSeconds],
  ['resolution seconds', (r) => r.resolutionSeconds],
  ['csat score', (r) => r.csatScore],
];

/** RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled; lines end in CRLF. */
export function conversationsCsv(rows: ConversationRow[]): string {
  const lines = [csvColumns.map(([name]) => name), ...rows.map((row) => csvColumns.map(([, read]) => read(row)))];
  // The byte order mark makes Excel read UTF-8 (Japanese and Thai names) instead of the system code page.
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet: a customer's name must not.
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
