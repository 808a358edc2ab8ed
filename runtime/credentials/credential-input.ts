import type { CredentialKind } from '../../shared/api/credentials-api';

/** What an admin sends to store a credential (the values are write-only). */
export interface CredentialInput {
  kind: CredentialKind;
  headerName?: string;
  value?: string;
  username?: string;
  password?: string;
  allowedOrigin: string;
}

/** A credential checked and normalised, ready to be sealed: its public part and its secret values. */
export interface CheckedCredential {
  kind: CredentialKind;
  headerName?: string;
  allowedOrigin: string;
  secret: { value: string } | { username: string; password: string };
}

/** Headers a credential may not set: they frame the request itself. */
const framingHeaders = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'content-type', 'expect', 'upgrade', 'te', 'trailer']);

/** The credential, or the problem with it in words that name the field. */
export function checkCredentialInput(input: CredentialInput): CheckedCredential | { problem: string } {
  const origin = normalOrigin(input.allowedOrigin);
  if (origin === null) {
    return { problem: 'allowedOrigin must be an origin like https://crm.example.com (scheme, host and port only, no path, query or user name)' };
  }
  const hasValue = typeof input.value === 'string' && input.value !== '';
  if (/[\r\n\0]/.test(`${input.value ?? ''}${input.username ?? ''}${input.password ?? ''}`)) return { problem: 'the values may not hold line breaks' };
  switch (input.kind) {
    case 'bearer':
      if (!hasValue) return { problem: 'value (the token) is required for kind "bearer"' };
      if (input.headerName !== undefined || input.username !== undefined || input.password !== undefined)
        return { problem: 'kind "bearer" takes only value (sent as "Authorization: Bearer <value>")' };
      return { kind: 'bearer', allowedOrigin: origin, secret: { value: input.value as string } };
    case 'header': {
      const name = input.headerName?.trim() ?? '';
      if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,100}$/.test(name)) return { problem: 'headerName must be an HTTP header name like X-Api-Key' };
      if (framingHeaders.has(name.toLowerCase())) return { problem: `headerName may not be ${name}: it frames the request` };
      if (!hasValue) return { problem: 'value is required for kind "header"' };
      if (input.username !== undefined || input.password !== undefined)
        return { problem: 'kind "header" takes headerName and value, not username or password' };
      return { kind: 'header', headerName: name, allowedOrigin: origin, secret: { value: input.value as string } };
    }
    case 'basic':
      if (!input.username || input.password === undefined || input.password === '') return { problem: 'username and password are required for kind "basic"' };
      if (input.username.includes(':')) return { problem: 'username may not hold ":" (HTTP Basic authentication splits on it)' };
      if (input.headerName !== undefined || input.value !== undefined) return { problem: 'kind "basic" takes username and password, not headerName or value' };
      return { kind: 'basic', allowedOrigin: origin, secret: { username: input.username, password: input.password } };
  }
}

/** `https://crm.example.com` from `https://crm.example.com/` (a trailing slash is forgiven); null for anything with more. */
function normalOrigin(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash || raw.trim().replace(/\/$/, '').endsWith('?')) return null;
  return url.origin;
}
