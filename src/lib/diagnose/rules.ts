/**
 * Rule checks on one response, driven by the code's entry: the header lists (`headers.required`,
 * `headers.prohibited`, and `Location` where the entry lists it and RFC 9110 asks for it), the
 * no-content rule for 1xx, 204 and 304, the syntax of Retry-After, and heuristic cacheability.
 */
import { classOf } from '../classes';
import type { CodeFact } from './facts';
import type { Header } from './parse';

export interface Finding {
  /** A stable id for tests and for people who script the page. */
  rule: string;
  /** "must" breaks a requirement; "should" misses a recommendation; "note" is information. */
  level: 'must' | 'should' | 'note';
  message: string;
  /** The exact section that states the rule. */
  spec: string;
}

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

/** Redirects whose section of RFC 9110 says the server SHOULD send Location (15.4.2, 15.4.3, 15.4.8, 15.4.9) or defines the code by it (15.4.4). */
const LOCATION_EXPECTED = new Set([301, 302, 303, 307, 308]);

/** Hop-by-hop headers that HTTP/2 and HTTP/3 do not carry (RFC 9113 section 8.2.2), so a "required" one cannot be missing there. */
const NOT_IN_HTTP2 = new Set(['connection', 'upgrade', 'keep-alive', 'transfer-encoding']);

const IMF_FIXDATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const RFC850_DATE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-\d{2} \d{2}:\d{2}:\d{2} GMT$/;
const ASCTIME_DATE =
  /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/;

/** How a Retry-After value reads: seconds, an HTTP-date (current or obsolete form), or invalid. */
export function retryAfterForm(value: string): 'seconds' | 'date' | 'obsolete-date' | 'invalid' {
  const v = value.trim();
  if (/^\d+$/.test(v)) return 'seconds';
  if (IMF_FIXDATE.test(v)) return 'date';
  if (RFC850_DATE.test(v) || ASCTIME_DATE.test(v)) return 'obsolete-date';
  return 'invalid';
}

const has = (headers: readonly Header[], name: string) => headers.some((h) => h.name.toLowerCase() === name.toLowerCase());
const get = (headers: readonly Header[], name: string) => headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;

export interface RuleInput {
  code: number;
  version?: string | undefined;
  headers: readonly Header[];
  hasBody: boolean;
}

export function checkRules(input: RuleInput, fact: CodeFact | undefined): Finding[] {
  const { code, headers } = input;
  const findings: Finding[] = [];
  const http2 = input.version !== undefined && /^HTTP\/[23]/i.test(input.version);
  const label = fact ? `${code} ${fact.title}` : String(code);

  if (fact) {
    for (const name of fact.required) {
      if (http2 && NOT_IN_HTTP2.has(name.toLowerCase())) continue;
      if (!has(headers, name)) {
        findings.push({
          rule: `required-header:${name.toLowerCase()}`,
          level: 'must',
          message: `A ${label} response must carry ${name}, and this one has none.`,
          spec: fact.spec,
        });
      }
    }
    for (const name of fact.prohibited) {
      if (has(headers, name)) {
        findings.push({
          rule: `prohibited-header:${name.toLowerCase()}`,
          level: 'must',
          message: `A ${label} response must not carry ${name}, and this one does.`,
          spec: fact.spec,
        });
      }
    }
    const listsLocation = [...fact.required, ...fact.optional].some((h) => h.toLowerCase() === 'location');
    if (LOCATION_EXPECTED.has(code) && listsLocation && !has(headers, 'location')) {
      findings.push({
        rule: 'redirect-without-location',
        level: 'should',
        message:
          code === 303
            ? `A 303 sends the client to another resource named in Location, and this one has none, so the client has nowhere to go.`
            : `The server should send Location with a ${label}, and this one has none, so a client has nowhere to go.`,
        spec: fact.spec,
      });
    }
  }

  const noContent = classOf(code)?.digit === 1 || code === 204 || code === 304;
  if (noContent && input.hasBody) {
    findings.push({
      rule: 'body-not-allowed',
      level: 'must',
      message: `A ${label} response cannot contain content, but text follows its headers. On a reused HTTP/1.1 connection that text corrupts the next response.`,
      // The rule for every 1xx is in the class's section (15.2); 204 and 304 state it in their own.
      spec: classOf(code)?.digit === 1 ? `${RFC9110}#section-15.2` : (fact?.spec ?? `${RFC9110}#section-15.2`),
    });
  }

  const retryAfter = get(headers, 'retry-after');
  if (retryAfter !== undefined) {
    const form = retryAfterForm(retryAfter);
    if (form === 'invalid') {
      findings.push({
        rule: 'retry-after-syntax',
        level: 'must',
        message: `Retry-After "${retryAfter}" is neither a whole number of seconds nor an HTTP date, so clients cannot use it.`,
        spec: `${RFC9110}#section-10.2.3`,
      });
    } else if (form === 'obsolete-date') {
      findings.push({
        rule: 'retry-after-obsolete-date',
        level: 'must',
        message: `Retry-After "${retryAfter}" uses an obsolete date format; senders must write dates like "Wed, 21 Oct 2026 07:28:00 GMT".`,
        spec: `${RFC9110}#section-5.6.7`,
      });
    }
  }

  if (fact?.cacheable && !has(headers, 'cache-control') && !has(headers, 'expires')) {
    findings.push({
      rule: 'heuristically-cacheable',
      level: 'note',
      message: `${label} is cacheable by default and this response sets no Cache-Control or Expires, so browsers and CDNs may keep and reuse it for a while.`,
      spec: `${RFC9110}#section-15.1`,
    });
  }
  return findings;
}
