import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './load-config';

describe('sign-in settings', () => {
  it.each([
    [{}, false],
    [{ TRUST_PROXY: '' }, false],
    [{ TRUST_PROXY: 'false' }, false],
    [{ TRUST_PROXY: '0' }, false],
    [{ TRUST_PROXY: '1' }, 1],
    [{ TRUST_PROXY: '2' }, 2],
    [{ TRUST_PROXY: 'loopback, 10.0.0.0/8,fd00::/8, 192.0.2.1' }, ['loopback', '10.0.0.0/8', 'fd00::/8', '192.0.2.1']],
  ])('TRUST_PROXY %j is %j', (env, trustProxy) => {
    expect(loadConfig(env).trustProxy).toEqual(trustProxy);
  });

  it.each([
    [{ TRUST_PROXY: 'true' }, 'TRUST_PROXY=true would believe any X-Forwarded-For a client sends'],
    [{ TRUST_PROXY: '11' }, 'TRUST_PROXY must be a whole number from 1 to 10'],
    [{ TRUST_PROXY: 'proxy.example.com' }, '"proxy.example.com" is none of these'],
    [{ TRUST_PROXY: '10.0.0.0/33' }, '"10.0.0.0/33" is none of these'],
    [{ REQUIRE_ADMIN_2FA: 'yes' }, 'REQUIRE_ADMIN_2FA must be true or false'],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('reads REQUIRE_ADMIN_2FA', () => {
    expect(loadConfig({}).requireAdmin2fa).toBe(false);
    expect(loadConfig({ REQUIRE_ADMIN_2FA: 'true' }).requireAdmin2fa).toBe(true);
    expect(loadConfig({ REQUIRE_ADMIN_2FA: 'FALSE' }).requireAdmin2fa).toBe(false);
  });
});
