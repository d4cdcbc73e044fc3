/**
 * Secrets are never shown back and never put in a share link: credentials and cookies in pasted
 * headers are masked by header name, and free text taken from a paste loses its IP addresses and
 * the query strings of its URLs, where tokens travel.
 */
import type { Header } from './parse';

export const HIDDEN = '[hidden]';

/** Header names that carry credentials or session state. */
export function isSensitiveHeader(name: string): boolean {
  const n = name.toLowerCase();
  if (['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key', 'apikey'].includes(n)) return true;
  return /(?:^|[-_])(?:token|secret|password|passwd|api-?key|session|auth|credentials?|signature)(?:$|[-_])/.test(n);
}

/** The value with its secret part replaced: the auth scheme and the cookie name stay readable. */
export function maskValue(name: string, value: string): string {
  if (!isSensitiveHeader(name)) return redact(value);
  const n = name.toLowerCase();
  if (n === 'authorization' || n === 'proxy-authorization') {
    const scheme = /^([a-z][a-z\d-]*) /i.exec(value.trim());
    return scheme ? `${scheme[1]} ${HIDDEN}` : HIDDEN;
  }
  if (n === 'set-cookie') {
    const cookieName = /^([^=;\s]+)=/.exec(value.trim());
    return cookieName ? `${cookieName[1]}=${HIDDEN}` : HIDDEN;
  }
  if (n === 'cookie') {
    return value
      .split(';')
      .map((part) => {
        const cookieName = /^\s*([^=;\s]+)=/.exec(part);
        return cookieName ? `${cookieName[1]}=${HIDDEN}` : HIDDEN;
      })
      .join('; ');
  }
  return HIDDEN;
}

export function maskHeaders(headers: readonly Header[]): Header[] {
  return headers.map((h) => ({ name: h.name, value: maskValue(h.name, h.value) }));
}

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 = /\b(?:[\da-f]{1,4}:){4,7}[\da-f]{1,4}\b/gi;
const QUERY = /\?[^\s"'<>#)\]]*/g;
const CREDENTIALS_IN_URL = /\/\/[^\s/@:"']+:[^\s/@"']+@/g;

/**
 * Free text from a paste, safe to show or share: IP addresses (a visitor's, in logs and error pages),
 * query strings (where tokens travel) and user:password@ in URLs are hidden.
 */
export function redact(text: string): string {
  return text.replace(CREDENTIALS_IN_URL, `//${HIDDEN}@`).replace(QUERY, `?${HIDDEN}`).replace(IPV6, HIDDEN).replace(IPV4, HIDDEN);
}
