import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { contactProfileSchema } from './conversations-api';
import { closedObject, listOf, openObject, text, wholeNumber } from './schema-builders';

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

const into = { type: 'string', description: 'The contact to merge into (it keeps its LINE user id)' } as const;

/** Contacts, and merging two profiles of one person into one history (previewed first). */
export const contactsRoutes = {
  listContacts: {
    method: 'GET',
    path: '/api/contacts',
    summary: 'Contacts whose name or id contains the query (50 at most)',
    auth: 'agent',
    query: closedObject({ query: text, channel: { type: 'string', description: "A LINE channel's id ('default' for the environment's channel)" } }),
    response: openObject({ contacts: listOf(contactProfileSchema) }, ['contacts']),
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
    summary: 'Merge this contact into another: its conversations, messages and runs move there',
    auth: 'agent',
    body: closedObject({ into }, ['into']),
    response: openObject({ merged: { const: true }, into: text, moved: movesSchema }, ['merged', 'into', 'moved']),
  },
} as const satisfies Record<string, ApiRoute>;
