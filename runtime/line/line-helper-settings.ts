import { lineLimits } from '../../shared/line-limits';
import type { Store } from '../store/store';

export const lineHelperSettingId = 'line-helpers';

export interface LineHelperSettings {
  /** Mark the customer's messages read in LINE when an agent opens the conversation. Default true. */
  markAsReadOnOpen: boolean;
  /** Put the agent's name (and `senderIconUrl`) on agents' replies (LINE's `sender`). Default false. */
  agentSender: boolean;
  /** The icon beside the agent's name; null: the account's own. */
  senderIconUrl: string | null;
  updatedAt: string | null;
}

/** The installation's choices about LINE's helpers, with their defaults until an admin sets them. */
export async function readLineHelperSettings(store: Store): Promise<LineHelperSettings> {
  const stored = await store.settings.get(lineHelperSettingId);
  return {
    markAsReadOnOpen: stored?.value.markAsReadOnOpen !== 'false',
    agentSender: stored?.value.agentSender === 'true',
    senderIconUrl: stored?.value.senderIconUrl || null,
    updatedAt: stored?.updatedAt ?? null,
  };
}

export async function saveLineHelperSettings(store: Store, settings: Omit<LineHelperSettings, 'updatedAt'>): Promise<LineHelperSettings> {
  const updatedAt = new Date().toISOString();
  const value = { markAsReadOnOpen: String(settings.markAsReadOnOpen), agentSender: String(settings.agentSender), senderIconUrl: settings.senderIconUrl ?? '' };
  await store.settings.put({ id: lineHelperSettingId, value, updatedAt });
  return { ...settings, updatedAt };
}

/** Why LINE would refuse this sender icon URL, or null when it is fine (LINE takes HTTPS only, up to 2,000 characters). */
export function senderIconUrlProblem(url: string): string | null {
  if (url.length > lineLimits.senderIconUrlLength) return `senderIconUrl must be at most ${lineLimits.senderIconUrlLength} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'senderIconUrl must be a full https:// URL';
  }
  if (parsed.protocol !== 'https:') return 'senderIconUrl must start with https:// (LINE shows only HTTPS images)';
  if (/[^\x21-\x7e]/.test(url)) return 'senderIconUrl must not contain spaces or non-ASCII characters (percent-encode them)';
  return null;
}
