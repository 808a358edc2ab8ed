import type { CollectionName, Store } from '../store/store';
import { SecretBox } from './secret-box';

/**
 * The collections that hold sealed secrets: the default LINE channel's settings and HTTP step
 * credentials (`settings`), connected channels' secrets and tokens (`channels`), subscriptions'
 * signing secrets, people's TOTP secrets (`users`); `workflows` in
 * case hook tokens are sealed. Every string in their documents that has the sealed form is
 * re-sealed, wherever it sits, so a new secret field needs no change here — only a new collection
 * does (reseal-secrets.test.ts checks each `.seal(` call site against this list).
 */
export const collectionsWithSecrets = ['settings', 'users', 'eventSubscriptions', 'workflows', 'channels'] as const satisfies readonly CollectionName[];

export interface ResealReport {
  /** Secrets re-sealed with the new key, by collection. */
  resealed: Record<string, number>;
  /** Secrets that carried the new key already (a second run after a first that completed). */
  alreadyNew: number;
  /** Documents written. */
  documents: number;
}

interface Changed {
  collection: (typeof collectionsWithSecrets)[number];
  doc: { id: string };
  plains: string[];
}

/**
 * Opens every sealed secret with `from` and seals it again with `to`, all documents in one commit
 * (all or nothing), then reads them back and checks that each opens with `to` to the same text.
 * A secret `from` cannot open stops it before anything is written, with the box's clear error.
 */
export async function resealSecrets(store: Store, from: SecretBox, to: SecretBox): Promise<ResealReport> {
  const report: ResealReport = { resealed: {}, alreadyNew: 0, documents: 0 };
  const changed: Changed[] = [];
  for (const collection of collectionsWithSecrets) {
    // These collections are small (settings, people, subscriptions, workflows): read whole.
    const docs = (await store[collection].find({})) as { id: string }[];
    for (const doc of docs) {
      const plains: string[] = [];
      const next = mapStrings(doc, (value) => {
        if (!SecretBox.isSealed(value)) return value;
        if (SecretBox.keyIdOfSealed(value) === to.keyId) {
          report.alreadyNew++;
          return value;
        }
        const plain = from.open(value);
        plains.push(plain);
        return to.seal(plain);
      }) as { id: string };
      if (plains.length === 0) continue;
      changed.push({ collection, doc: next, plains });
      report.resealed[collection] = (report.resealed[collection] ?? 0) + plains.length;
    }
  }
  if (changed.length === 0) return report;
  const puts: Record<string, { id: string }[]> = {};
  for (const { collection, doc } of changed) (puts[collection] ??= []).push(doc);
  await store.commit({ puts: puts });
  report.documents = changed.length;
  await verify(store, to, changed);
  return report;
}

async function verify(store: Store, to: SecretBox, changed: Changed[]): Promise<void> {
  for (const { collection, doc, plains } of changed) {
    const stored = await store[collection].get(doc.id);
    const opened: string[] = [];
    mapStrings(stored, (value) => {
      if (SecretBox.isSealed(value) && SecretBox.keyIdOfSealed(value) === to.keyId) opened.push(to.open(value));
      return value;
    });
    // Secrets that carried the new key already were not in `plains`: compare the re-sealed ones only.
    if (!plains.every((plain) => opened.includes(plain))) {
      throw new Error(`After re-sealing, ${collection} "${doc.id}" does not open to what it held: keep the old key and report this.`);
    }
  }
}

/** A copy of a JSON value with each string passed through `change`. */
function mapStrings(value: unknown, change: (value: string) => string): unknown {
  if (typeof value === 'string') return change(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change));
  // Plain objects only: a Date (or a MongoDB id) is kept as it is.
  if (value && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)]));
  }
  return value;
}
