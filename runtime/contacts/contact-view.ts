import { locateContact } from '../channels/contact-address';
import { testContactPrefix } from '../engine/published-workflows';
import type { ContactRecord } from '../store/records';

/** A contact as the API shows it: no engine state, no search fields, with its channel. */
export function contactView(contact: ContactRecord) {
  const { engine: _engine, version: _version, search: _search, ...rest } = contact as ContactRecord & { search?: unknown };
  return { ...rest, channelId: contact.channelId ?? locateContact(contact.id).channelId };
}

/** The editor's test chat and replays: not real customers, never listed or shown. */
export function isTestContact(id: string): boolean {
  return id.startsWith(testContactPrefix);
}
