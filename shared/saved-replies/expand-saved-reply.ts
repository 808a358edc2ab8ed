import { findTemplateReferences } from '../template/find-template-references';
import { renderTemplate, type RenderedTemplate } from '../template/render-template';

/** The contact's values a saved reply may use, in the shape workflows' templates see (`{{contact.displayName}}`). */
export interface SavedReplyContact {
  id: string;
  displayName?: string | undefined;
  language?: string | undefined;
  pictureUrl?: string | undefined;
  fields?: Record<string, unknown>;
}

/** The conversation's values a saved reply may use (`{{conversation.team}}`). */
export interface SavedReplyConversation {
  id: string;
  status: string;
  team: string | null;
  assignee: string | null;
}

/** The roots a saved reply's placeholders may start with: an agent's reply has no workflow or variables. */
export const savedReplyRoots = ['contact', 'conversation'] as const;

/**
 * Fills a saved reply's `{{contact.…}}` and `{{conversation.…}}` fields for one conversation, the
 * way workflows' templates do (contact fields set by workflows and agents included); a missing
 * value renders empty and is named in `missing`.
 */
export function expandSavedReply(text: string, contact: SavedReplyContact | null, conversation: SavedReplyConversation | null): RenderedTemplate {
  const scope = {
    contact: contact
      ? { ...(contact.fields ?? {}), userId: contact.id, displayName: contact.displayName, language: contact.language, pictureUrl: contact.pictureUrl }
      : {},
    conversation: conversation ? { id: conversation.id, status: conversation.status, team: conversation.team, assignee: conversation.assignee } : {},
  };
  return renderTemplate(text, scope);
}

/** What is wrong with a saved reply's placeholders, in words a person can act on; null when nothing. */
export function savedReplyTextProblem(text: string): string | null {
  const { references, problems } = findTemplateReferences(text);
  if (problems[0]) return problems[0].message;
  const foreign = references.find((ref) => !(savedReplyRoots as readonly string[]).includes(ref.root));
  return foreign ? `\`{{${foreign.expression}}}\` cannot be filled in a saved reply (use {{contact.…}} or {{conversation.…}})` : null;
}
