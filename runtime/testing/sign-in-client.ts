import { Secret, TOTP } from 'otpauth';

export interface SignInClient {
  /** Any request with this browser's cookie and CSRF token (and its X-Forwarded-For, when given). */
  call: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any; headers: Headers }>;
  signIn: (email: string, password: string) => Promise<{ status: number; body: any; headers: Headers }>;
  code: (code: string) => Promise<{ status: number; body: any; headers: Headers }>;
  readonly cookie: string;
}

/**
 * One browser's session with a test runtime, as the editor keeps it: the cookie the server set
 * last and the CSRF token it answered last. `forwardedFor` is sent as X-Forwarded-For (a proxy
 * in front, or a client lying).
 */
export function signInClient(url: string, options: { forwardedFor?: string; userAgent?: string } = {}): SignInClient {
  let cookie = '';
  let csrf = '';
  const call: SignInClient['call'] = async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'user-agent': options.userAgent ?? 'sign-in-client',
        ...(cookie ? { cookie } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
        ...(options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const set = response.headers.get('set-cookie');
    if (set) cookie = /Max-Age=0\b/.test(set) ? '' : (set.split(';')[0] ?? '');
    const text = await response.text();
    const json = text ? JSON.parse(text) : undefined;
    if (typeof json?.csrfToken === 'string') csrf = json.csrfToken;
    return { status: response.status, body: json, headers: response.headers };
  };
  return {
    call,
    signIn: (email, password) => call('POST', '/api/session', { email, password }),
    code: (code) => call('POST', '/api/session/totp', { code }),
    get cookie() {
      return cookie;
    },
  };
}

/** The code an authenticator app shows for a base32 secret, `offsetSteps` 30-second steps from now. */
export function totpCode(secret: string, offsetSteps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + offsetSteps * 30_000 });
}
