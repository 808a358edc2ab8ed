/**
 * Why a request got no answer: refused by the address policy, a credential that may not go
 * there (or does not exist), too slow, too large, a bad URL, or the network.
 */
export class HttpRequestError extends Error {
  override name = 'HttpRequestError';
  constructor(
    readonly kind: 'refused' | 'credential' | 'timeout' | 'too-large' | 'network' | 'bad-url',
    message: string,
  ) {
    super(message);
  }
}
