import { SecretBox } from '../auth/secret-box';

/** Field names that hold a credential. */
const secretField = /(token|secret|password|passw|api_?key|authorization|recovery)/i;
/** What such a field may hold without holding a secret: masked, or a yes/no about one. */
const harmless = new Set(['', '••••', 'set', 'not set']);
/** Named like a secret, but not one: LINE's quote token only names a message to quote in a reply. */
const notSecrets = new Set(['quoteToken']);

/**
 * Where an API answer gives a secret away: a known secret value anywhere in the text, a sealed
 * value (of any key), or a field named like a secret holding a value. `ownFields` are the fields
 * this route may answer with the caller's own credential (their CSRF token, their new TOTP secret).
 */
export function findSecrets(text: string, knownSecrets: string[], ownFields: string[] = []): string[] {
  const found = knownSecrets.filter((secret) => text.includes(secret)).map((secret) => `the value ${secret.slice(0, 6)}…`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return found;
  }
  walk(json, '', (path, key, value) => {
    if (SecretBox.isSealed(value)) found.push(`a sealed value at ${path}`);
    if (key === undefined || ownFields.includes(key) || notSecrets.has(key) || !secretField.test(key)) return;
    const held = typeof value === 'string' ? !harmless.has(value) : Array.isArray(value) ? value.length > 0 : false;
    if (held) found.push(`${path} holds a value`);
  });
  return found;
}

function walk(value: unknown, path: string, visit: (path: string, key: string | undefined, value: unknown) => void, key?: string): void {
  visit(path || '(body)', key, value);
  if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`, visit));
  else if (value !== null && typeof value === 'object')
    for (const [name, inner] of Object.entries(value)) walk(inner, path ? `${path}.${name}` : name, visit, name);
}
