import { parse } from 'csv-parse/sync';
import { contactLimits, displayNameProblem, fieldNameProblem, fieldValueProblem, tagProblem } from '../../shared/contacts/contact-rules';
import { channelIdPattern, locateContact } from '../channels/contact-address';
import type { ContactRecord } from '../store/records';
import type { ContactAction } from './contact-action';
import { fixedColumns, unguardedCell } from './contacts-csv';

/** Lines an import takes at most (each becomes one event in its contact's queue). */
export const maxImportRows = 10_000;

export interface ImportProblem {
  line: number;
  column?: string;
  message: string;
}

export interface ImportRow {
  contactId: string;
  exists: boolean;
  edit: Extract<ContactAction, { type: 'edit' }>;
}

const lineUserIdPattern = /^U[0-9a-f]{32}$/;
const languagePattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * Reads an import: every line checked before anything is imported, each problem named by its line
 * and column. An empty cell leaves the value as it is; tags are added, never removed. A contact
 * not yet known is created when its id is a LINE user id (`U` + 32 hex digits, after `<channel>~`).
 */
export async function readContactsCsv(
  csv: string,
  find: (id: string) => Promise<ContactRecord | null>,
  knownChannels: Set<string>,
): Promise<{ rows: ImportRow[]; problems: ImportProblem[] }> {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(csv, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    const { lines, message } = error as { lines?: number; message: string };
    return { rows: [], problems: [{ line: lines ?? 1, message: `not readable as CSV: ${message}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 1, message: 'the file is empty: give a header line with id' }] };
  const problems: ImportProblem[] = [];
  const columns = header.record.map((name) => name.trim());
  if (!columns.includes('id')) problems.push({ line: 1, message: 'the header has no id column' });
  columns.forEach((name, i) => {
    if (columns.indexOf(name) !== i) problems.push({ line: 1, column: name, message: `the column "${name}" appears twice` });
    else if (!(fixedColumns as readonly string[]).includes(name)) {
      const problem = fieldNameProblem(name);
      if (problem) problems.push({ line: 1, column: name, message: problem });
    }
  });
  if (body.length > maxImportRows) problems.push({ line: 1, message: `at most ${maxImportRows} contacts per import (this has ${body.length})` });
  if (problems.length) return { rows: [], problems };

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const [index, { record, info }] of body.entries()) {
    // Thousands of lookups: let other requests in now and then.
    if (index % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
    const line = info.lines;
    const problem = (column: string | undefined, message: string) => problems.push({ line, ...(column ? { column } : {}), message });
    if (record.length !== columns.length) {
      problem(undefined, `has ${record.length} cells; the header has ${columns.length}`);
      continue;
    }
    const cell = (name: string) => unguardedCell(record[columns.indexOf(name)] ?? '').trim();
    const id = cell('id');
    if (!id) {
      problem('id', 'id is empty');
      continue;
    }
    if (seen.has(id)) problem('id', `"${id}" is on line ${seen.get(id)} too`);
    seen.set(id, line);
    const contact = id.startsWith('sim-test-') ? null : await find(id);
    const { channelId, lineUserId } = locateContact(id);
    if (!contact && (!lineUserIdPattern.test(lineUserId) || !channelIdPattern.test(channelId) || !knownChannels.has(channelId)))
      problem('id', `no contact "${id}", and it is not a LINE user id of a connected channel to create one`);
    if (contact?.mergedInto) problem('id', `"${id}" was merged into "${contact.mergedInto}"; import that one`);
    const edit: ImportRow['edit'] = { type: 'edit' };
    for (const name of columns) {
      const value = cell(name);
      if (name === 'id' || value === '') continue;
      if (name === 'channel') {
        if (value !== channelId) problem(name, `"${value}" is not this contact's channel (${channelId})`);
      } else if (name === 'displayName') {
        const wrong = displayNameProblem(value);
        if (wrong) problem(name, wrong);
        else edit.displayName = value;
      } else if (name === 'language') {
        if (!languagePattern.test(value) || value.length > contactLimits.language) problem(name, `"${value}" is not a language code (ja, en, th, zh-TW)`);
        else edit.language = value;
      } else if (name === 'tags') {
        const tags = value
          .split(';')
          .map((t) => t.trim())
          .filter(Boolean);
        const wrong = tags.map(tagProblem).find(Boolean) ?? (tags.length > contactLimits.tags ? `at most ${contactLimits.tags} tags` : null);
        if (wrong) problem(name, wrong);
        else edit.addTags = tags;
      } else {
        const wrong = fieldValueProblem(name, value);
        if (wrong) problem(name, wrong);
        else edit.textFields = { ...edit.textFields, [name]: value };
      }
    }
    rows.push({ contactId: id, exists: contact !== null, edit });
  }
  return { rows, problems };
}
