import type { ApiRoute } from './api-route';
import { listOf, openObject, text } from './schema-builders';

const keywordTriggerSchema = openObject({ keywords: listOf(text), match: { enum: ['exact', 'contains', 'starts-with', 'regex'] } }, ['keywords', 'match']);

/** A published, unpaused workflow's keyword triggers: what a draft's keywords must not clash with. */
export const liveKeywordsWorkflowSchema = openObject({ id: text, name: text, channels: listOf(text), triggers: listOf(keywordTriggerSchema) }, [
  'id',
  'name',
  'channels',
  'triggers',
]);

/** The keywords live now, for the editor's keyword-clash warnings (shared/keywords/keyword-clashes.ts). */
export const liveKeywordsRoutes = {
  listLiveKeywords: {
    method: 'GET',
    path: '/api/live-keywords',
    summary: "The keyword triggers of the published, unpaused workflows (in the runtime's order: by name, then id), with their channels",
    // Admins only: agents see the editor read-only and cannot publish.
    auth: 'admin',
    response: openObject({ workflows: listOf(liveKeywordsWorkflowSchema) }, ['workflows']),
  },
} as const satisfies Record<string, ApiRoute>;
