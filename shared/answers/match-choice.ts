import { normalizeForMatch } from '../keywords/match-keyword';
import { lineLimits } from '../line-limits';

/** What the customer sent in answer: typed text, or the data of a tapped postback button. */
export interface CustomerAnswer {
  text?: string;
  postbackData?: string;
}

/**
 * The postback data of a choice button: `node=<nodeId>&choice=<choiceId>`. The node id lets a
 * tap on an old question's button be told apart from an answer to the current one.
 */
export function encodeChoicePostback(nodeId: string, choiceId: string): string {
  const data = new URLSearchParams({ node: nodeId, choice: choiceId }).toString();
  if (data.length > lineLimits.postbackDataLength) throw new RangeError(`postback data over ${lineLimits.postbackDataLength} characters`);
  return data;
}

/** Reads `choice=<id>` (and `node=<id>` when present) from postback data. */
export function decodeChoicePostback(data: string): { nodeId?: string; choiceId: string } | undefined {
  const params = new URLSearchParams(data);
  const choiceId = params.get('choice');
  if (!choiceId) return undefined;
  const nodeId = params.get('node') ?? undefined;
  return nodeId ? { nodeId, choiceId } : { choiceId };
}

/**
 * The choice an answer picks: a postback for this node (or one naming no node), or the label
 * typed by hand, ignoring case and full-width/half-width forms.
 */
export function matchChoice<T extends { id: string; label: string }>(nodeId: string, choices: readonly T[], answer: CustomerAnswer): T | undefined {
  if (answer.postbackData !== undefined) {
    const decoded = decodeChoicePostback(answer.postbackData);
    if (!decoded || (decoded.nodeId !== undefined && decoded.nodeId !== nodeId)) return undefined;
    return choices.find((choice) => choice.id === decoded.choiceId);
  }
  if (answer.text === undefined) return undefined;
  const typed = normalizeForMatch(answer.text);
  return choices.find((choice) => normalizeForMatch(choice.label) === typed);
}

/** The postback data of a rating button: `node=<nodeId>&rating=<score>`. */
export function encodeRatingPostback(nodeId: string, score: number): string {
  return new URLSearchParams({ node: nodeId, rating: String(score) }).toString();
}

/** The score an answer gives on a 1–`scale` rating: a postback for this node, or the number typed. */
export function matchRating(nodeId: string, scale: number, answer: CustomerAnswer): number | undefined {
  let raw: string | undefined;
  if (answer.postbackData !== undefined) {
    const params = new URLSearchParams(answer.postbackData);
    const node = params.get('node');
    if (node !== null && node !== nodeId) return undefined;
    raw = params.get('rating') ?? undefined;
  } else if (answer.text !== undefined) {
    raw = /^\s*(\d{1,2})(?!\d)/.exec(answer.text.normalize('NFKC'))?.[1];
  }
  const score = Number(raw);
  return Number.isInteger(score) && score >= 1 && score <= scale ? score : undefined;
}
