import { csvCell } from '../reports/conversation-log';
import type { ContactRecord } from '../store/records';
import { locateContact } from '../channels/contact-address';

/** The CSV's own columns, before one column per field; the import reads the same names. */
export const fixedColumns = ['id', 'displayName', 'language', 'channel', 'tags'] as const;

/** Tags in one cell: `;` between them (tags never hold one, see shared/contacts/contact-rules.ts). */
export const tagSeparator = '; ';

/** One CSV line of a contact (CRLF-terminated), its fields in `fieldNames`' order. */
export function contactCsvLine(contact: ContactRecord, fieldNames: string[]): string {
  const cells = [
    contact.id,
    contact.displayName,
    contact.language,
    contact.channelId ?? locateContact(contact.id).channelId,
    contact.tags.join(tagSeparator),
    ...fieldNames.map((name) => contact.fields[name]),
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function contactCsvHeader(fieldNames: string[]): string {
  return `\uFEFF${[...fixedColumns, ...fieldNames].map(csvCell).join(',')}\r\n`;
}

/** A cell the export guarded against running as a formula (`'=1+1`) reads back as it was. */
export function unguardedCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
