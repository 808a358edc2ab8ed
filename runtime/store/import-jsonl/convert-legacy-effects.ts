import type { ContactRecord, EffectRecord } from '../records';
import type { Store } from '../store';

const pageSize = 1000;

/**
 * 0.1 kept a contact's unfinished work (messages to send, timers) in `engine.effects`; now it is
 * in the effects collection. Moves it there, in order, so an upgrade loses nothing decided.
 * Returns how many effects were moved.
 */
export async function convertLegacyEffects(store: Store, now: Date): Promise<number> {
  let moved = 0;
  for (let skip = 0; ; skip += pageSize) {
    const page = await store.contacts.find({ 'engine.effects': { $exists: true } }, { sort: { id: 1 }, skip, limit: pageSize });
    if (page.length === 0) return moved;
    for (const contact of page) moved += await convertOne(store, contact, now);
  }
}

async function convertOne(store: Store, contact: ContactRecord, now: Date): Promise<number> {
  const legacy = contact.engine.effects ?? [];
  const at = now.toISOString();
  const effects = legacy.map((payload, i): EffectRecord => ({
    id: payload.id,
    contactId: contact.id,
    eventId: contact.engine.appliedEventIds.at(-1) ?? 'imported',
    seq: now.getTime() * 1000 + i,
    kind: payload.kind,
    // 0.1 could not tell whether a send had begun: a reply in doubt is resolved by its token's age.
    state: payload.kind === 'deliver' && payload.replyToken ? 'started' : 'pending',
    attempts: 0,
    payload,
    ...(payload.kind === 'deliver' && payload.replyToken ? { result: { method: 'reply' } } : {}),
    updatedAt: at,
  }));
  const { effects: _legacy, ...engine } = contact.engine;
  await store.commit({ contact: { doc: { ...contact, engine }, expectedVersion: contact.version ?? null }, puts: { effects } });
  return effects.length;
}
