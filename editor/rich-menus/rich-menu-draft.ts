import type { RichMenuItem } from '../../shared/api/rich-menus-api';
import { richMenuImageProblems, richMenuProblems, type RichMenuArea, type RichMenuProblem, type RichMenuSize } from '../../shared/rich-menus/rich-menu-rules';

/** A rich menu as the screen edits it, before it is saved. */
export interface RichMenuDraft {
  id: string | null;
  channelId: string;
  name: string;
  size: RichMenuSize;
  chatBarText: string;
  selected: boolean;
  areas: RichMenuArea[];
  /** '' for none. */
  aliasId: string;
}

/** An image picked in the browser, not uploaded yet. */
export interface PendingImage {
  contentType: 'image/png' | 'image/jpeg';
  /** Base64, as the API takes it. */
  data: string;
  width: number;
  height: number;
  bytes: number;
  /** An object URL to show it. */
  url: string;
}

export function newDraft(channelId: string): RichMenuDraft {
  return { id: null, channelId, name: 'Main menu', size: { width: 2500, height: 843 }, chatBarText: 'Menu', selected: true, areas: [], aliasId: '' };
}

export function draftOf(item: RichMenuItem): RichMenuDraft {
  return {
    id: item.id,
    channelId: item.channelId,
    name: item.name,
    size: item.size,
    chatBarText: item.chatBarText,
    selected: item.selected,
    areas: structuredClone(item.areas),
    aliasId: item.aliasId ?? '',
  };
}

/** The body of create and update: what LINE's rules judge. */
export function menuBody(draft: RichMenuDraft) {
  return { name: draft.name, size: draft.size, chatBarText: draft.chatBarText, selected: draft.selected, areas: draft.areas };
}

/** Everything LINE would refuse, checked as the admin types (the same rules the API applies). */
export function draftProblems(draft: RichMenuDraft, image: { width: number; height: number; bytes: number; contentType: string } | null): RichMenuProblem[] {
  const problems = richMenuProblems({ ...draft, aliasId: draft.aliasId === '' ? null : draft.aliasId });
  if (image) problems.push(...richMenuImageProblems(image, draft.size));
  return problems;
}

/** Problems by field, for the messages under each field. */
export type FieldProblems = (field: string) => string[];

/** `say`: the problem's words in the person's language (editor/problems/problem-text.ts). */
export function byField(problems: readonly RichMenuProblem[], say: (problem: RichMenuProblem) => string = (p) => p.message): FieldProblems {
  const map = new Map<string, string[]>();
  for (const problem of problems) map.set(problem.field, [...(map.get(problem.field) ?? []), say(problem)]);
  return (field) => map.get(field) ?? [];
}
