import { describe, expect, it } from 'vitest';
import { addressKey, normalizedEmail } from './sign-in-throttle';

describe('what sign-in throttling counts', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::7', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('counts %s as %s (an IPv6 client holds a whole /64)', (ip, key) => {
    expect(addressKey(ip)).toEqual({ kind: 'address', value: key });
  });

  it('counts an account by its email as sign-in looks it up', () => {
    expect(normalizedEmail('  Ann@Example.COM ')).toBe('ann@example.com');
  });
});
