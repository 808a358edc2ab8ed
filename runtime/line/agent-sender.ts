import { lineLimits } from '../../shared/line-limits';

/** LINE's `sender` on a message: the name and icon shown instead of the account's. */
export interface LineSender {
  name?: string;
  iconUrl?: string;
}

/**
 * Words LINE refuses in a sender's name ("Certain words such as LINE may not be used"). Checked
 * after NFKC folding (so the full-width ＬＩＮＥ is caught) and without regard to case: LINE does
 * not publish the list, and a refused name would lose the whole reply, so a name that merely
 * contains the letters (Caroline) is left out too and the account's own name shows instead.
 */
const refusedWords = [/line/i, /ライン/];

/**
 * The sender for an agent's reply: their name (cut to LINE's 20 characters, never through an
 * emoji) unless LINE would refuse it, and the installation's icon. Undefined when neither is left.
 */
export function agentSender(agentName: string, iconUrl: string | null): LineSender | undefined {
  const name = senderName(agentName);
  const sender: LineSender = { ...(name ? { name } : {}), ...(iconUrl ? { iconUrl } : {}) };
  return sender.name || sender.iconUrl ? sender : undefined;
}

/** The name as LINE would take it, or undefined when it cannot be used. */
export function senderName(agentName: string): string | undefined {
  const trimmed = agentName.trim();
  const folded = trimmed.normalize('NFKC');
  if (!trimmed || refusedWords.some((word) => word.test(folded))) return undefined;
  let cut = trimmed.slice(0, lineLimits.senderNameLength);
  // A high surrogate left at the end is half an emoji: LINE counts UTF-16 units, and would refuse it.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trim() || undefined;
}
