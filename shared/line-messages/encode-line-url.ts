/** Characters that may stand in a URL as they are (RFC 3986), `%` included: escapes already made are kept. */
const allowedAsIs = /[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]/;

/**
 * A URL as LINE takes it: a value from a variable may bring spaces, Thai or Japanese characters
 * (`https://shop.example/商品 1.png`), which LINE refuses unencoded. Each such character becomes its
 * UTF-8 `%XX` escapes, a host in another script becomes punycode, and escapes already in the URL
 * stay as they are (`%20` is not made `%2520`); a `%` that starts no escape becomes `%25`.
 * Encoding a URL twice gives the same URL. Something that is no URL at all is returned as it is,
 * for the check that follows to say so.
 */
export function encodeLineUrl(url: string): string {
  const text = url.trim().replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  let parsed: string;
  try {
    parsed = new URL(text).href;
  } catch {
    return url;
  }
  let out = '';
  for (const char of parsed) out += allowedAsIs.test(char) ? char : escape(char);
  return out;
}

function escape(char: string): string {
  try {
    return encodeURIComponent(char);
  } catch {
    // Half an emoji (a lone surrogate) has no UTF-8 form: the replacement character stands for it.
    return '%EF%BF%BD';
  }
}
