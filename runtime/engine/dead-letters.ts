import type { InboundEvent } from '../queue/inbound-event';
import type { EffectRecord } from '../store/records';
import type { DeadLetterRecord } from '../store/event-records';
import type { Store } from '../store/store';
import { openEffects } from './handle-event';
import type { EngineDeps } from './engine-deps';
import type { Lease } from './lease';

const setAside = 'set aside with its event (dead letter)';

/**
 * Sets aside an event that failed every attempt: its dead letter (error and raw payload), its
 * archive entry, and its unfinished effects marked failed so they block nothing. One transaction,
 * fenced by the lease of the worker that gives up.
 */
export async function deadLetterEvent(event: InboundEvent, error: unknown, attempts: number, deps: EngineDeps, lease?: Lease): Promise<void> {
  const at = deps.now().toISOString();
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const effects = (await openEffects(deps, event.contactId))
    .filter((effect) => effect.eventId === event.id)
    .map((effect): EffectRecord => ({
      ...effect,
      state: 'failed',
      error: setAside,
      result: { ...(effect.result as object), stateBefore: effect.state },
      updatedAt: at,
    }));
  const { raw, ...rest } = event;
  await deps.store.commit({
    ...(lease ? { fence: { contactId: lease.contactId, token: lease.fence } } : {}),
    puts: {
      deadLetters: [{ id: event.id, contactId: event.contactId, event, error: message, attempts, status: 'waiting', createdAt: at, updatedAt: at }],
      inboundEvents: [
        {
          id: event.id,
          contactId: event.contactId,
          kind: event.kind,
          raw: raw ?? rest,
          receivedAt: new Date(event.receivedAt).toISOString(),
          outcome: 'dead-lettered',
          error: message,
          handledAt: at,
        },
      ],
      effects,
    },
  });
}

/**
 * Tries a dead letter again: its effects set aside with it are reopened, and the event is filed
 * again under its own id, so an event already applied is not decided twice; only its unfinished
 * effects are carried out.
 */
export async function retryDeadLetter(store: Store, refile: (event: InboundEvent) => Promise<void>, letter: DeadLetterRecord, now: Date): Promise<void> {
  const at = now.toISOString();
  const reopened = (await store.effects.find({ contactId: letter.contactId, eventId: letter.id, state: 'failed' }))
    .filter((effect) => effect.error === setAside)
    .map((effect): EffectRecord => {
      const { stateBefore, ...result } = (effect.result ?? {}) as { stateBefore?: EffectRecord['state'] };
      const { error: _error, ...rest } = effect;
      return { ...rest, state: stateBefore === 'started' ? 'started' : 'pending', result, updatedAt: at };
    });
  await store.commit({ puts: { effects: reopened, deadLetters: [{ ...letter, status: 'retried', updatedAt: at }] } });
  await refile(letter.event as InboundEvent);
}
