import type { RequestHandler } from 'express';

/**
 * The editor's Content-Security-Policy. Scripts and styles come only from our own files (the Vite
 * build has no inline script, and React sets `style` through the CSSOM, which CSP does not block),
 * so an injected `<script>` or `onclick=` never runs. Images may be any https URL: message
 * previews show the images a workflow sends, hosted wherever the company keeps them.
 *
 * `'unsafe-eval'`: the editor checks workflows with ajv, which compiles each schema into a
 * function with `new Function` (our own schemas, never user input). It lets no injected script
 * in; it goes once the validators are compiled at build time (ajv's standalone code).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob: https:",
  "media-src 'self' https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers on every answer (editor, API, 404). A dozen fixed headers in one place read
 * more plainly than helmet's options, and helmet's defaults would have to be undone here anyway
 * (its `upgrade-insecure-requests` breaks a plain-http install on a LAN).
 */
export function securityHeaders(): RequestHandler {
  return (req, res, next) => {
    res.setHeader('content-security-policy', contentSecurityPolicy);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    res.setHeader('cross-origin-opener-policy', 'same-origin');
    res.setHeader('cross-origin-resource-policy', 'same-origin');
    res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    // Only over HTTPS (directly or, with TRUST_PROXY, behind a proxy that says so): over plain
    // http the header is ignored by browsers and would only mislead.
    if (req.secure) res.setHeader('strict-transport-security', 'max-age=15552000');
    next();
  };
}
