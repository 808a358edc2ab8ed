import { isIP } from 'node:net';
import type { AddressPolicy } from '../http/address-policy';

/**
 * Why a subscription's URL is refused before anything is sent, or null. The checks that need no
 * DNS look-up: http(s), no credentials in it, and an address written in it (or `localhost`) must
 * pass the address policy of HTTP steps. A host name is checked again as it resolves, at every
 * attempt (guardedRequest), so a name that later points inside is still refused then.
 */
export function subscriptionUrlProblem(raw: string, policy: AddressPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `url must be an absolute http:// or https:// URL; "${raw.slice(0, 100)}" is not a URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `url must start with http:// or https://, not ${url.protocol}//`;
  if (url.username || url.password) return "url must not hold a user name or password: deliveries are signed with the subscription's secret instead";
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  const address = isIP(hostname) ? hostname : hostname === 'localhost' || hostname.endsWith('.localhost') ? '127.0.0.1' : null;
  const refusal = address === null ? null : policy.refusal(hostname, address, port);
  return refusal ? `url is not allowed: ${refusal}` : null;
}
