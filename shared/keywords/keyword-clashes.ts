import type { WorkflowDocument } from '../document/workflow-document';
import type { Problem } from '../validation/problem';
import { matchKeyword, normalizeForMatch, type KeywordMatch } from './match-keyword';

/** A keyword trigger, as clashes compare it. */
export interface KeywordTriggerData {
  keywords: readonly string[];
  match: KeywordMatch;
}

/** Another workflow whose keyword triggers start runs: published and not paused. */
export interface LiveWorkflow {
  id: string;
  /** The name the workflows list shows (and the runtime orders triggers by). */
  name: string;
  /** The channels it runs on; empty: every channel. */
  channels: readonly string[];
  triggers: readonly KeywordTriggerData[];
}

interface KeywordTrigger extends KeywordTriggerData {
  index: number;
  nodeId: string;
}

/** A workflow's keyword triggers and channels, as the clash check wants them. */
export function liveWorkflowOf(id: string, name: string, document: WorkflowDocument): LiveWorkflow {
  return { id, name, channels: document.settings.channels ?? [], triggers: keywordTriggers(document).map(({ keywords, match }) => ({ keywords, match })) };
}

/**
 * Warnings for each keyword of the draft that would also start another live workflow on a channel
 * both run on. Two keywords clash when a customer typing one of them (as written) is matched by the
 * other's trigger, in its match mode and with its case and width folding. Two regex keywords are
 * compared only as written (identical patterns): whether two patterns share a match is not decided.
 *
 * Keyword triggers share one priority, so the runtime gives the message to the workflow first by
 * name, then id (runtime/engine/published-workflows.ts): the warning says which one that is.
 */
export function keywordClashes(draft: WorkflowDocument, name: string, others: readonly LiveWorkflow[]): Problem[] {
  const mine = keywordTriggers(draft);
  if (mine.length === 0) return [];
  const problems: Problem[] = [];
  for (const other of others) {
    if (other.id === draft.id || !channelsOverlap(draft.settings.channels ?? [], other.channels)) continue;
    const theirs = other.triggers;
    for (const trigger of mine) {
      trigger.keywords.forEach((keyword, k) => {
        const clash = theirs
          .flatMap((t) => t.keywords.map((their) => ({ their, said: sharedMessage(keyword, trigger.match, their, t.match) })))
          .find((c) => c.said !== null);
        if (!clash) return;
        const theyWin = firstByName({ id: draft.id, name }, other) === other;
        const winner = theyWin ? `"${other.name}"` : `this workflow ("${name}")`;
        problems.push({
          severity: 'warning',
          message:
            `Keyword "${keyword}" also starts "${other.name}" (keyword "${clash.their}"): a customer who types "${clash.said}" gets ` +
            `${winner} only, as keyword triggers tie on priority and the workflow first by name wins`,
          pointer: `/nodes/${trigger.index}/data/keywords/${k}`,
          nodeId: trigger.nodeId,
          field: `keywords.${k}`,
          // The whole sentence (it names no place): `problems:keywords.clash…` in the editor.
          code: theyWin ? 'keywords.clashTheyWin' : 'keywords.clashThisWins',
          params: { keyword, other: other.name, theirs: clash.their, said: clash.said ?? '', name },
        });
      });
    }
  }
  return problems;
}

/** A message that starts both triggers, or null: one keyword typed as written, caught by the other trigger. */
function sharedMessage(mine: string, myMatch: KeywordMatch, theirs: string, theirMatch: KeywordMatch): string | null {
  if (myMatch === 'regex' && theirMatch === 'regex') return mine === theirs ? mine : null;
  if (normalizeForMatch(mine) === '' || normalizeForMatch(theirs) === '') return null;
  if (myMatch !== 'regex' && matchKeyword(mine, [theirs], theirMatch)) return mine;
  if (theirMatch !== 'regex' && matchKeyword(theirs, [mine], myMatch)) return theirs;
  return null;
}

function keywordTriggers(document: WorkflowDocument): KeywordTrigger[] {
  return document.nodes.flatMap((node, index) => {
    if (node.type !== 'trigger-keyword') return [];
    const data = node.data as { keywords?: unknown; match?: unknown };
    if (!Array.isArray(data.keywords) || typeof data.match !== 'string') return [];
    const keywords = data.keywords.filter((k): k is string => typeof k === 'string');
    return [{ index, nodeId: node.id, keywords, match: data.match as KeywordMatch }];
  });
}

/** A workflow without channels runs on every channel. */
function channelsOverlap(mine: readonly string[], theirs: readonly string[]): boolean {
  return mine.length === 0 || theirs.length === 0 || mine.some((channel) => theirs.includes(channel));
}

/** The runtime's order among triggers of one type: workflow name, then id. */
function firstByName(a: { id: string; name: string }, b: { id: string; name: string }): { id: string; name: string } {
  return (a.name.localeCompare(b.name) || a.id.localeCompare(b.id)) <= 0 ? a : b;
}
