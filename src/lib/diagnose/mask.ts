/**
 * Secrets never shown back: credentials and cookies in pasted headers are masked before anything is
 * displayed, and the share link carries only the status line and the fingerprint headers.
 */
import { matchFingerprint } from './fingerprints';
import type { Header, ParsedStatus } from './parse';

export const HIDDEN = '[hidden]';

/** Header names that carry credentials or session state. */
export function isSensitiveHeader(name: string): boolean {
  const n = name.toLowerCase();
  if (['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key', 'api-key', 'apikey'].includes(n)) return true;
  return /(?:^|[-_])(?:token|secret|password|passwd|api-?key|session|auth|credentials?|signature)(?:$|[-_])/.test(n);
}

/** The value with its secret part replaced: the auth scheme and the cookie name stay readable. */
export function maskValue(name: string, value: string): string {
  if (!isSensitiveHeader(name)) return value;
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

/**
 * The text a share link carries: the status line and the headers that identify a sender, never a
 * cookie or credential (the cookie fingerprints stay out), never a URL or query string.
 */
export function shareText(status: ParsedStatus | undefined, headers: readonly Header[]): string {
  const lines: string[] = [];
  if (status)
    lines.push(`${status.version ?? 'HTTP/1.1'} ${String(status.code).padStart(3, '0')}${status.reason ? ` ${status.reason}` : ''}`);
  for (const h of headers) {
    if (isSensitiveHeader(h.name)) continue;
    if (matchFingerprint(h.name, h.value)) lines.push(`${h.name.toLowerCase()}: ${h.value}`);
  }
  return lines.join('\n');
}
