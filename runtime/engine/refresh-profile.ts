import type { ContactRecord } from '../store/records';
import type { EngineDeps } from './engine-deps';

/**
 * Fetches the LINE profile (display name, picture, language) once per contact. A failure is
 * logged and tried again with the next event; the workflow runs without the profile meanwhile.
 */
export async function refreshProfile(contact: ContactRecord, deps: EngineDeps): Promise<void> {
  try {
    const profile = await deps.transport.getProfile(contact.id);
    contact.profileFetchedAt = deps.now().toISOString();
    if (!profile) {
      contact.isFriend = false;
      return;
    }
    contact.displayName = profile.displayName;
    if (profile.pictureUrl) contact.pictureUrl = profile.pictureUrl;
    if (profile.statusMessage) contact.statusMessage = profile.statusMessage;
    if (profile.language) contact.language = profile.language;
  } catch (error) {
    deps.log.warn({ contactId: contact.id, err: error }, 'could not fetch the LINE profile; will try again');
  }
}
