import type { ApiType } from './api-schema-type';
import { queuedSchema, type ApiRoute } from './api-route';
import { contactProfileSchema, conversationSchema } from './conversations-api';
import { closedObject, flag, listOf, nullable, openObject, text, wholeNumber } from './schema-builders';

const mergedProfileSchema = openObject({ id: text, displayName: text, language: text, pictureUrl: text, tags: listOf(text), fields: { type: 'object' } }, [
  'id',
  'tags',
  'fields',
]);
const movesSchema = openObject({ conversations: wholeNumber, messages: wholeNumber, runs: wholeNumber }, ['conversations', 'messages', 'runs']);

export const mergePreviewSchema = openObject({ source: contactProfileSchema, target: contactProfileSchema, result: mergedProfileSchema, moves: movesSchema }, [
  'source',
  'target',
  'result',
  'moves',
]);

export type MergePreview = ApiType<typeof mergePreviewSchema>;

/** A contact in the list: its profile, when it was last seen (written to or changed), its channel. */
export const contactItemSchema = openObject({ ...contactProfileSchema.properties, channelId: text, updatedAt: text }, [...contactProfileSchema.required]);

export type ContactItem = ApiType<typeof contactItemSchema>;

const importProblemSchema = openObject({ line: wholeNumber, column: text, message: text }, ['line', 'message']);

export type ImportProblem = ApiType<typeof importProblemSchema>;

const into = { type: 'string', description: 'The contact to merge into (it keeps its LINE user id)' } as const;

/** Contacts, and merging two profiles of one person into one history (previewed first). */
export const contactsRoutes = {
  listContacts: {
    method: 'GET',
    path: '/api/contacts',
    summary: 'Contacts by name, LINE user id, field value or tag (searched by index), newest first or by name, a page at a time',
    auth: 'agent',
    query: closedObject({
      q: {
        type: 'string',
        maxLength: 200,
        description: 'Text found in the name, user id, a field value or a tag (3+ characters: anywhere; fewer: at the start)',
      },
      query: { type: 'string', maxLength: 200, description: 'The same as q (older clients)' },
      sort: { enum: ['newest', 'name'], description: 'newest (created) first, unless name' },
      cursor: { type: 'string', maxLength: 600, description: "The answer's next: the following page" },
      limit: { type: 'string', pattern: '^\\d{1,3}$', description: '1 to 200 (default 50)' },
      channel: { type: 'string', description: "A LINE channel's id ('default' for the environment's channel)" },
      tag: { type: 'string', maxLength: 50, description: 'Only contacts with exactly this tag' },
    }),
    response: openObject({ contacts: listOf(contactItemSchema), next: nullable(text) }, ['contacts', 'next']),
  },
  getContact: {
    method: 'GET',
    path: '/api/contacts/:id',
    summary: 'One contact with its conversations, newest first',
    auth: 'agent',
    response: openObject(
      { contact: contactItemSchema, conversations: listOf(conversationSchema), activeRun: nullable(openObject({ workflowName: text, status: text })) },
      ['contact', 'conversations', 'activeRun'],
    ),
  },
  updateContact: {
    method: 'PATCH',
    path: '/api/contacts/:id',
    summary: "Change a contact's name, fields (null removes one) or tags; applied through the contact's queue, between its events",
    auth: 'agent',
    body: closedObject({
      displayName: { type: 'string' },
      fields: { type: 'object', description: 'Field name to text, number, true / false, or null to remove it' },
      addTags: listOf(text),
      removeTags: listOf(text),
    }),
    response: queuedSchema,
    status: 202,
  },
  exportContactsCsv: {
    method: 'GET',
    path: '/api/contacts.csv',
    summary: 'Every contact the filters match as CSV: id, displayName, language, channel, tags, then a column per field',
    auth: 'admin',
    query: closedObject({ q: text, channel: text, tag: text, sort: { enum: ['newest', 'name'] } }),
    response: { type: 'string' },
    contentType: 'text/csv',
  },
  importContactsCsv: {
    method: 'POST',
    path: '/api/contacts/import',
    summary: "Set names, languages, fields and add tags from CSV (the export's columns); nothing is imported when a line is wrong",
    auth: 'admin',
    body: closedObject(
      {
        csv: { type: 'string', maxLength: 2_000_000, description: 'The CSV text: a header line with id, then one contact per line' },
        dryRun: { ...flag, description: 'Check only: report the problems and what would change' },
      },
      ['csv'],
    ),
    response: openObject({ imported: wholeNumber, created: wholeNumber, dryRun: flag, problems: listOf(importProblemSchema) }, [
      'imported',
      'created',
      'dryRun',
      'problems',
    ]),
  },
  previewContactMerge: {
    method: 'GET',
    path: '/api/contacts/:id/merge-preview',
    summary: 'What merging this contact into another would give and move',
    auth: 'agent',
    query: closedObject({ into }, ['into']),
    response: mergePreviewSchema,
  },
  mergeContact: {
    method: 'POST',
    path: '/api/contacts/:id/merge',
    summary: 'Merge this contact into another through its queue: its workflow stops, its open conversation closes, its history moves there',
    auth: 'agent',
    body: closedObject({ into }, ['into']),
    response: openObject({ eventId: text, into: text }, ['eventId', 'into']),
    status: 202,
  },
} as const satisfies Record<string, ApiRoute>;
