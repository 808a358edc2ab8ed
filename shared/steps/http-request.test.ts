import { describe, expect, it } from 'vitest';
import { broken, type Loose } from '../testing/broken-example';
import { validateWorkflow } from '../validation/validate-workflow';
import { looksLikeSecretHeader } from './http-request';

/** shortcut-escalate with its HTTP step changed by `change`. */
function withHttpStep(change: (data: Loose) => void) {
  return broken('shortcut-escalate', (d) => change(d.nodes.find((n: Loose) => n.type === 'http-request').data));
}

describe('the HTTP step and secrets', () => {
  it.each(['Authorization', 'Proxy-Authorization', 'Cookie', 'X-Api-Key', 'api-key', 'X-Auth-Token', 'Private-Token', 'X-Client-Secret', 'token'])(
    '%s looks like a secret',
    (name) => expect(looksLikeSecretHeader(name)).toBe(true),
  );
  it.each(['Content-Type', 'Accept', 'X-Request-Id', 'Idempotency-Key', 'User-Agent'])('%s does not', (name) =>
    expect(looksLikeSecretHeader(name)).toBe(false),
  );

  it('warns, without blocking, when a secret is pasted into a header, and says to use a credential', () => {
    const result = validateWorkflow(
      withHttpStep((data) => {
        data.headers = [
          { name: 'Content-Type', value: 'application/json' },
          { name: 'X-Api-Key', value: 'k-123' },
          { name: 'Authorization', value: 'Bearer abc' },
        ];
      }),
    );
    expect(result.ok).toBe(true);
    expect(result.warnings.map((w) => w.message)).toEqual([
      'node create-ticket (HTTP request): options.headers.1.value "X-Api-Key" looks like a secret pasted in plain: store it as a credential (Admin → Credentials) and pick it in "credential", so it is kept sealed and sent only to its origin',
      'node create-ticket (HTTP request): options.headers.2.value "Authorization" looks like a secret pasted in plain: store it as a credential (Admin → Credentials) and pick it in "credential", so it is kept sealed and sent only to its origin',
    ]);
  });

  it('does not warn for a placeholder (the secret is not in the document) or for a credential', () => {
    const result = validateWorkflow(
      withHttpStep((data) => {
        data.headers = [{ name: 'Authorization', value: 'Bearer {{vars.crmTicketUrl}}' }];
        data.credential = 'crm';
      }),
    );
    expect(result.warnings).toEqual([]);
  });

  it('warns about a user name and password in the URL', () => {
    const result = validateWorkflow(withHttpStep((data) => (data.url = 'https://bot:pw@crm.example.com/tickets')));
    expect(result.warnings.map((w) => w.message)).toEqual([
      'node create-ticket (HTTP request): options.url holds a user name or password: use a credential of kind "basic" instead',
    ]);
  });

  it('refuses a credential name that is not one', () => {
    const result = validateWorkflow(withHttpStep((data) => (data.credential = 'has space')));
    expect(result.ok).toBe(false);
    expect(result.errors[0].message).toContain('options.credential');
  });
});
