/** Each value a run's trace keeps is cut to this many characters (about 1 KB), ending in "…". */
export const traceValueChars = 1024;
/** What a trace shows in place of a secret. */
export const masked = '••••';

/** Names that hold a credential, whatever the step: their values are never traced. */
const secretName = /(secret|password|passwd|token|api_?key|apikey|authorization|credential_?value|private_?key|signature|cookie)/i;
const urlShape = /^[a-z][a-z0-9+.-]*:\/\//i;
const authScheme = /^(bearer|basic|token)\s+\S+/i;
const maxDepth = 8;

export function isSecretName(name: string): boolean {
  return secretName.test(name);
}

/**
 * A value as a trace keeps it: secrets masked (by their name, `Bearer …` values, user info and
 * secret-named query values of URLs, every header's value), then cut to about 1 KB of text.
 */
export function traceValue(value: unknown, name?: string): unknown {
  if (name !== undefined && isSecretName(name) && value !== undefined && value !== null && value !== '') return masked;
  return bounded(withoutSecrets(value, 0));
}

/** An object's fields each as traceValue keeps them (so one large field does not hide the others). */
export function traceFields(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return traceValue(value);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, traceValue(inner, key)]));
}

/** An HTTP answer's body: a JSON one with its secret-named fields masked (a token endpoint's answer). */
export function traceBody(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed !== null && typeof parsed === 'object') return String(bounded(JSON.stringify(withoutSecrets(parsed, 0))));
  } catch {
    // Not JSON: kept as text.
  }
  return String(bounded(body));
}

/** user:password@ and the values of secret-named query parameters masked; the rest says what was called. */
export function traceUrl(url: string): string {
  const [beforeQuery = '', ...rest] = url.split('?');
  const withoutUser = beforeQuery.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, `$1${masked}@`);
  if (rest.length === 0) return withoutUser;
  const query = rest
    .join('?')
    .split('&')
    .map((pair) => {
      const at = pair.indexOf('=');
      return at > 0 && isSecretName(decodeName(pair.slice(0, at))) ? `${pair.slice(0, at)}=${masked}` : pair;
    })
    .join('&');
  return `${withoutUser}?${query}`;
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

function withoutSecrets(value: unknown, depth: number): unknown {
  if (typeof value === 'string') {
    if (authScheme.test(value)) return `${value.split(/\s/)[0]} ${masked}`;
    return urlShape.test(value) ? traceUrl(value) : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= maxDepth) return '…';
  if (Array.isArray(value)) return value.map((inner) => withoutSecrets(inner, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (/^headers$/i.test(key) && inner !== null && typeof inner === 'object') return [key, headerNames(inner)];
      if (isSecretName(key) && inner !== undefined && inner !== null && inner !== '') return [key, masked];
      return [key, withoutSecrets(inner, depth + 1)];
    }),
  );
}

/** Headers carry credentials under any name: only their names are kept. */
function headerNames(headers: object): unknown {
  if (Array.isArray(headers)) return headers.map((h: unknown) => (h && typeof h === 'object' && 'name' in h ? { name: h.name, value: masked } : masked));
  return Object.fromEntries(Object.keys(headers).map((name) => [name, masked]));
}

function bounded(value: unknown): unknown {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.length > traceValueChars ? `${value.slice(0, traceValueChars)}…` : value;
  const json = JSON.stringify(value) as string | undefined;
  // What JSON cannot write (a function): nothing worth keeping.
  if (json === undefined) return undefined;
  return json.length > traceValueChars ? `${json.slice(0, traceValueChars)}…` : value;
}
