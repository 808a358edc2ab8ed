/** The channel of an installation with one LINE Official Account (the environment's, or the settings'). */
export const defaultChannelId = 'default';
/** The channel of the editor's test chat and `lineflow chat`: nothing leaves LineFlow. */
export const simulatedChannelId = 'simulated';
/** Simulated contacts (the editor's test chat, `lineflow chat`) have ids starting with this. */
export const simulatedContactPrefix = 'sim-';

/** Between a channel id and a LINE user id in a contact id. Not in LINE user ids (U + hex) or channel ids. */
const separator = '~';

/** What a channel id looks like: short, lowercase, safe in URLs, Redis keys and file names. */
export const channelIdPattern = /^[a-z0-9][a-z0-9-]{0,31}$/;

export function isSimulatedContact(contactId: string): boolean {
  return contactId.startsWith(simulatedContactPrefix);
}

/**
 * A contact's id: its LINE user id on the default channel (as before several channels), else
 * `<channelId>~<userId>`. A LINE user id is per provider, so two Official Accounts can see the
 * same user id for two different people, or for one person who must still be two contacts.
 */
export function contactIdFor(channelId: string, lineUserId: string): string {
  return channelId === defaultChannelId ? lineUserId : `${channelId}${separator}${lineUserId}`;
}

/** Which channel a contact talks through, and its LINE user id there. */
export function locateContact(contactId: string): { channelId: string; lineUserId: string } {
  if (isSimulatedContact(contactId)) return { channelId: simulatedChannelId, lineUserId: contactId };
  const at = contactId.indexOf(separator);
  return at > 0 ? { channelId: contactId.slice(0, at), lineUserId: contactId.slice(at + 1) } : { channelId: defaultChannelId, lineUserId: contactId };
}
