/**
 * Step 5 of the diagnosis: rule checks on one response, driven by the code's entry (its
 * `headers.required` and `headers.prohibited`, and `Location` where the entry lists it and RFC 9110
 * asks for it), plus the framing rules of RFC 9110 and RFC 9112 for 1xx, 204 and 304, the syntax of
 * Retry-After, and heuristic cacheability. Each finding cites the section that states its rule: for
 * a header the entry ties to the code, the entry's spec link whose title names that header.
 *
 * Only what was pasted is judged: a rule about a missing header runs only when the paste has the
 * response's header section, and nothing runs on a log line, a bare number or an error that is
 * not a response (recognise.ts decides which).
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
const RFC9112 = 'https://www.rfc-editor.org/rfc/rfc9112';

/**
 * The sections that state the general rules checked here, read in httpwg/httpwg.github.io specs/
 * at d8cc2e842f1a (docs/fact-check/diagnose.md): Content-Length is never sent with 1xx or 204
 * (RFC 9110 section 8.6), nor Transfer-Encoding (RFC 9112 section 6.1); a 1xx, 204 or 304 ends with
 * its header section (RFC 9110 sections 15.2, 15.3.5, 15.4.5; RFC 9112 section 6.3); a sender of
 * Upgrade also sends Connection: upgrade, and after a 101 the connection speaks the new protocol
 * (RFC 9110 section 7.8); Retry-After is seconds or an HTTP date (section 10.2.3), and dates use
 * IMF-fixdate (section 5.6.7); a response without explicit freshness may be cached heuristically
 * when its status allows (section 15.1).
 */
const SECTION = {
  contentLength: `${RFC9110}#section-8.6`,
  transferEncoding: `${RFC9112}#section-6.1`,
  messageBodyLength: `${RFC9112}#section-6.3`,
  informational: `${RFC9110}#section-15.2`,
  noContent: `${RFC9110}#section-15.3.5`,
  notModified: `${RFC9110}#section-15.4.5`,
  upgrade: `${RFC9110}#section-7.8`,
  retryAfter: `${RFC9110}#section-10.2.3`,
  dates: `${RFC9110}#section-5.6.7`,
  heuristic: `${RFC9110}#section-15.1`,
} as const;

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
  /** False when only the status line was pasted: rules about missing headers then have nothing to judge. */
  headersPasted: boolean;
}

/**
 * The section that states a rule about this header for this code: the entry's spec link whose
 * title names the header (Connection goes with Upgrade), else the general rule's section, else the
 * code's own section.
 */
function sectionFor(fact: CodeFact, header: string): string {
  const name = header.toLowerCase();
  const wanted = name === 'connection' ? 'upgrade' : name;
  const named = fact.specs.find((s) => {
    const topic = /\(([^()]*)\)$/.exec(s.title)?.[1]?.toLowerCase();
    return topic === wanted || topic === `the ${wanted} header field`;
  });
  if (named) return named.url;
  if (name === 'content-length') return SECTION.contentLength;
  if (name === 'transfer-encoding') return SECTION.transferEncoding;
  if (name === 'connection' || name === 'upgrade') return SECTION.upgrade;
  return fact.spec;
}

export function checkRules(input: RuleInput, fact: CodeFact | undefined): Finding[] {
  const { code, headers } = input;
  const findings: Finding[] = [];
  const http2 = input.version !== undefined && /^HTTP\/[23]/i.test(input.version);
  const label = fact ? `${code} ${fact.title}` : String(code);
  const informational = classOf(code)?.digit === 1;

  if (fact) {
    if (input.headersPasted) {
      for (const name of fact.required) {
        if (http2 && NOT_IN_HTTP2.has(name.toLowerCase())) continue;
        if (!has(headers, name)) {
          findings.push({
            rule: `required-header:${name.toLowerCase()}`,
            level: 'must',
            message:
              name.toLowerCase() === 'connection'
                ? `A ${label} response sends Upgrade, and whoever sends Upgrade must also send Connection: upgrade; this one has no Connection.`
                : `A ${label} response must carry ${name}, and this one has none.`,
            spec: sectionFor(fact, name),
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
    for (const name of fact.prohibited) {
      if (has(headers, name)) {
        findings.push({
          rule: `prohibited-header:${name.toLowerCase()}`,
          level: 'must',
          message: `A ${label} response must not carry ${name}, and this one does.`,
          spec: sectionFor(fact, name),
        });
      }
    }
  }

  // Framing: RFC 9110 section 8.6 and RFC 9112 section 6.1 forbid these two on every 1xx, whatever the entry lists.
  if (informational) {
    for (const [name, spec] of [
      ['Content-Length', SECTION.contentLength],
      ['Transfer-Encoding', SECTION.transferEncoding],
    ] as const) {
      if (has(headers, name) && !fact?.prohibited.some((p) => p.toLowerCase() === name.toLowerCase())) {
        findings.push({
          rule: `prohibited-header:${name.toLowerCase()}`,
          level: 'must',
          message: `A ${label} response must not carry ${name}, and this one does.`,
          spec,
        });
      }
    }
  }

  if (input.hasBody && code === 101) {
    findings.push({
      rule: 'new-protocol-after-101',
      level: 'note',
      message:
        'What follows the 101 is not a body: from the end of its header section the connection speaks the protocol named in Upgrade (here the bytes of that protocol), so this is expected.',
      spec: SECTION.upgrade,
    });
  } else if (input.hasBody && (informational || code === 204 || code === 304)) {
    findings.push({
      rule: 'body-not-allowed',
      level: 'must',
      message: `A ${label} response ends with its header section and cannot contain content, but text follows its headers. On a reused HTTP/1.1 connection a client reads that text as the start of the next response.`,
      spec: informational ? SECTION.informational : code === 204 ? SECTION.noContent : SECTION.notModified,
    });
  }

  const retryAfter = get(headers, 'retry-after');
  if (retryAfter !== undefined) {
    const form = retryAfterForm(retryAfter);
    if (form === 'invalid') {
      findings.push({
        rule: 'retry-after-syntax',
        level: 'must',
        message: `Retry-After "${retryAfter.slice(0, 80)}" is neither a whole number of seconds nor an HTTP date, so clients cannot use it.`,
        spec: SECTION.retryAfter,
      });
    } else if (form === 'obsolete-date') {
      findings.push({
        rule: 'retry-after-obsolete-date',
        level: 'must',
        message: `Retry-After "${retryAfter}" uses an obsolete date format; senders must write dates like "Wed, 21 Oct 2026 07:28:00 GMT".`,
        spec: SECTION.dates,
      });
    }
  }

  if (input.headersPasted && fact?.cacheable && !has(headers, 'cache-control') && !has(headers, 'expires')) {
    findings.push({
      rule: 'heuristically-cacheable',
      level: 'note',
      message: `${label} is cacheable by default and this response sets no Cache-Control or Expires, so browsers and CDNs may keep and reuse it for a while.`,
      spec: SECTION.heuristic,
    });
  }
  return findings;
}
