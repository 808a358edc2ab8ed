import type { SecretBox } from '../auth/secret-box';
import type { AttachedCredential, CredentialSource } from '../http/attach-credential';
import { HttpRequestError } from '../http/http-request-error';
import type { Store } from '../store/store';
import type { SettingRecord } from '../store/records';
import type { CredentialItem, CredentialKind } from '../../shared/api/credentials-api';
import type { CheckedCredential } from './credential-input';

const idPrefix = 'credential:';

export function credentialSettingId(name: string): string {
  return `${idPrefix}${name}`;
}

/**
 * Credentials for HTTP steps, one `settings` record each (`credential:<name>`): the kind, header
 * name and origin in clear, the values sealed with the installation's key. Nothing here hands the
 * values out but `credentialSource`, which the HTTP step's sender alone calls.
 */
export async function listCredentials(store: Store): Promise<CredentialItem[]> {
  // ':' is followed by ';' in code-point order: this range is every id with the prefix.
  const records = await store.settings.find({ id: { $gte: idPrefix, $lt: 'credential;' } });
  return records.map(publicView).sort((a, b) => a.name.localeCompare(b.name));
}

export async function readCredential(store: Store, name: string): Promise<CredentialItem | null> {
  const record = await store.settings.get(credentialSettingId(name));
  return record ? publicView(record) : null;
}

/** Stores a credential; `create` answers false when the name is taken, `replace` when it is not. */
export async function saveCredential(
  store: Store,
  secrets: SecretBox,
  name: string,
  credential: CheckedCredential,
  mode: 'create' | 'replace',
  now: Date,
): Promise<CredentialItem | null> {
  const record: SettingRecord = {
    id: credentialSettingId(name),
    value: {
      kind: credential.kind,
      allowedOrigin: credential.allowedOrigin,
      ...(credential.headerName ? { headerName: credential.headerName } : {}),
      sealed: secrets.seal(JSON.stringify(credential.secret)),
    },
    updatedAt: now.toISOString(),
  };
  if (mode === 'create') {
    if (!(await store.settings.insert(record))) return null;
  } else {
    if (!(await store.settings.get(record.id))) return null;
    await store.settings.put(record);
  }
  return publicView(record);
}

export function deleteCredential(store: Store, name: string): Promise<boolean> {
  return store.settings.remove(credentialSettingId(name));
}

/** Opens a credential by name for the request that uses it: the headers to attach and its origin. */
export function credentialSource(store: Store, secrets: SecretBox): CredentialSource {
  return async (name) => {
    const record = await store.settings.get(credentialSettingId(name));
    if (!record?.value.sealed) return null;
    let secret: { value?: string; username?: string; password?: string };
    try {
      secret = JSON.parse(secrets.open(record.value.sealed)) as typeof secret;
    } catch (error) {
      // A key that changed will not come back by retrying: the run takes its failure path.
      throw new HttpRequestError('credential', `the credential "${name}" cannot be opened (${error instanceof Error ? error.message : String(error)})`);
    }
    const kind = record.value.kind as CredentialKind;
    const headers: Record<string, string> =
      kind === 'bearer'
        ? { Authorization: `Bearer ${secret.value ?? ''}` }
        : kind === 'basic'
          ? { Authorization: `Basic ${Buffer.from(`${secret.username ?? ''}:${secret.password ?? ''}`, 'utf8').toString('base64')}` }
          : { [record.value.headerName ?? 'X-Api-Key']: secret.value ?? '' };
    return { name, allowedOrigin: record.value.allowedOrigin ?? '', headers } satisfies AttachedCredential;
  };
}

function publicView(record: SettingRecord): CredentialItem {
  const { kind, headerName, allowedOrigin } = record.value;
  return {
    name: record.id.slice(idPrefix.length),
    kind: kind as CredentialKind,
    ...(headerName ? { headerName } : {}),
    allowedOrigin: allowedOrigin ?? '',
    updatedAt: record.updatedAt,
  };
}
