import type { OutgoingRequest } from './guarded-request';
import { HttpRequestError } from './http-request-error';

/** A stored credential, opened, as the request needs it: the headers it adds and the one origin they may go to. */
export interface AttachedCredential {
  name: string;
  /** `scheme://host[:port]`, as `new URL(...).origin` writes it. */
  allowedOrigin: string;
  headers: Record<string, string>;
}

/** Looks a credential up by name (runtime/credentials/credential-store.ts); null when there is none. */
export type CredentialSource = (name: string) => Promise<AttachedCredential | null>;

/**
 * The request with its named credential's headers (replacing any header of the same name), and
 * the lower-cased names of those headers (dropped on a redirect to another origin). A request
 * whose URL is not the credential's origin is refused before anything is sent.
 */
export async function attachCredential(
  request: OutgoingRequest,
  source: CredentialSource | undefined,
): Promise<{ request: OutgoingRequest; credentialHeaders: ReadonlySet<string> }> {
  const { credential: name, ...plain } = request;
  if (name === undefined) return { request: plain, credentialHeaders: new Set() };
  const credential = source ? await source(name) : null;
  if (!credential) throw new HttpRequestError('credential', `the credential "${name}" does not exist (an admin adds it under Admin → Credentials)`);
  let origin: string;
  try {
    origin = new URL(request.url).origin;
  } catch {
    throw new HttpRequestError('bad-url', `"${request.url}" is not a URL`);
  }
  if (origin !== credential.allowedOrigin) {
    throw new HttpRequestError(
      'credential',
      `the credential "${name}" may be sent only to ${credential.allowedOrigin}, not to ${origin}: change the step's URL or the credential's origin`,
    );
  }
  const names = new Set(Object.keys(credential.headers).map((h) => h.toLowerCase()));
  const headers = Object.fromEntries(Object.entries(plain.headers).filter(([h]) => !names.has(h.toLowerCase())));
  return { request: { ...plain, headers: { ...headers, ...credential.headers } }, credentialHeaders: names };
}
