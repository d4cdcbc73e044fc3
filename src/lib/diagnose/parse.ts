/**
 * Reads whatever someone pasted about a failed request and finds the status in it: `curl -i` and
 * `curl -v` output (with `< `, `> ` and `* ` prefixes), HTTP/1.x and HTTP/2 status lines, the header
 * lists browsers' developer tools copy (raw, `name: value`, `name:` then the value on the next line,
 * `:status: 403`, `Status Code: 403 Forbidden`), access log lines, curl error lines and a bare number.
 *
 * Pure and linear: every regular expression is anchored and has no nested quantifiers, and the input
 * is read line by line once, so a large paste cannot make it hang.
 */

export interface Header {
  name: string;
  value: string;
}

/** How the status was found, which also tells the reader what we understood. */
export type StatusSource = 'status-line' | 'pseudo-header' | 'devtools' | 'access-log' | 'alb-log' | 'bare-number';

export interface ParsedStatus {
  code: number;
  /** "HTTP/1.1", "HTTP/2", or undefined when the form has no version. */
  version?: string;
  reason?: string;
  from: StatusSource;
}

/** A curl error line such as `curl: (52) Empty reply from server`: no status arrived. */
export interface CurlError {
  exitCode: number;
  message: string;
}

export interface ParsedInput {
  status?: ParsedStatus;
  curlError?: CurlError;
  /** The headers of the response that was diagnosed (the last final one when several were pasted). */
  headers: Header[];
  /** Whether text followed the headers after a blank line, that is, the response had a body. */
  hasBody: boolean;
  /** The start of the body (up to BODY_SAMPLE characters), for error-page signatures. */
  body: string;
  /** Number of responses seen (curl -L follows redirects; 1xx interim responses count too). */
  responses: number;
  /** For ALB access-log lines: the target's status, or "-" when no target answered. */
  targetStatus?: string;
}

export { MAX_INPUT } from './limits';

const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?) +(\d{3})(?: +(\S.*))?$/i;
const PSEUDO_STATUS = /^:status:? +(\d{3})$/i;
const DEVTOOLS_STATUS = /^(?:status code|status):? +(\d{3})(?: +(\S.*))?$/i;
const HEADER_LINE = /^([\w!#$%&'*+.^`|~-]+): *(\S.*)?$/;
const NAME_ONLY = /^([\w!#$%&'*+.^`|~-]+):$/;
const CURL_ERROR = /^curl: \((\d{1,3})\) (.*)$/;
const COMMON_LOG = /"[A-Z]{3,10} [^"]* HTTP\/[\d.]+" (\d{3}) /;
// type time elb client:port target:port request_time target_time response_time elb_status target_status
const ALB_LOG = /^(?:http|https|h2|grpcs|ws|wss) \S+ \S+ \S+ \S+ \S+ \S+ \S+ (\d{3}|-) (\d{3}|-) /;
const BARE_NUMBER = /^(?:(?:http +)?(?:error|status|code|status code)(?: *: *| *))?(\d{3})\.?$/i;
// curl -v marks lines with "< ", "> " or "* "; a bare "<" is its blank line. HTML such as "<html>" is not a prefix.
const CURL_PREFIX = /^([<>*])(?: |$)/;

/** Request lines and request-only headers that `curl -v` prints after `> `. */
function isRequestLine(line: string): boolean {
  return /^[A-Z]{3,10} \S+ HTTP\/[\d.]+$/.test(line);
}

interface Block {
  status: ParsedStatus;
  headers: Header[];
  hasBody: boolean;
  body: string;
}

/** How much of a body is kept: enough for a default error page, never a whole download. */
export const BODY_SAMPLE = 4096;

export function parseInput(text: string): ParsedInput {
  const lines = text.split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let current: Block | undefined;
  const loose: Header[] = [];
  let looseStatus: ParsedStatus | undefined;
  let inBody = false;
  let curlError: CurlError | undefined;
  let logStatus: ParsedStatus | undefined;
  let targetStatus: string | undefined;
  let pendingName: string | undefined;

  const addHeader = (header: Header) => {
    if (current && !inBody) current.headers.push(header);
    else if (!current) loose.push(header);
  };

  for (const raw of lines) {
    const prefix = CURL_PREFIX.exec(raw);
    // curl -v: "> " lines are the request, "* " lines are curl's own notes.
    if (prefix?.[1] === '>') continue;
    const line = (prefix ? raw.slice(prefix[0].length) : raw).trim();
    if (prefix?.[1] === '*') {
      if (/^Empty reply from server$/i.test(line)) curlError ??= { exitCode: 52, message: 'Empty reply from server' };
      continue;
    }

    const curl = CURL_ERROR.exec(line);
    if (curl) {
      curlError = { exitCode: Number(curl[1]), message: curl[2] ?? '' };
      continue;
    }

    const status = STATUS_LINE.exec(line);
    if (status) {
      current = {
        status: {
          code: Number(status[2]),
          version: `HTTP/${status[1]}`,
          from: 'status-line',
          ...(status[3] ? { reason: status[3].trim() } : {}),
        },
        headers: [],
        hasBody: false,
        body: '',
      };
      blocks.push(current);
      inBody = false;
      pendingName = undefined;
      continue;
    }

    if (line === '') {
      // A blank line after a status line and headers starts the body.
      if (current && current.headers.length > 0) inBody = true;
      pendingName = undefined;
      continue;
    }

    if (inBody) {
      if (current) {
        current.hasBody = true;
        if (current.body.length < BODY_SAMPLE) current.body = `${current.body}${line}\n`.slice(0, BODY_SAMPLE);
      }
      continue;
    }

    const pseudo = PSEUDO_STATUS.exec(line);
    if (pseudo) {
      looseStatus = { code: Number(pseudo[1]), version: 'HTTP/2', from: 'pseudo-header' };
      continue;
    }
    if (!current) {
      const devtools = DEVTOOLS_STATUS.exec(line);
      if (devtools) {
        looseStatus = { code: Number(devtools[1]), from: 'devtools', ...(devtools[2] ? { reason: devtools[2].trim() } : {}) };
        continue;
      }
    }

    if (pendingName !== undefined) {
      addHeader({ name: pendingName, value: line });
      pendingName = undefined;
      continue;
    }
    const nameOnly = NAME_ONLY.exec(line);
    if (nameOnly?.[1]) {
      pendingName = nameOnly[1];
      continue;
    }
    const header = HEADER_LINE.exec(line);
    if (header?.[1] && !isRequestLine(line)) {
      addHeader({ name: header[1], value: (header[2] ?? '').trim() });
      continue;
    }

    const alb = ALB_LOG.exec(line);
    if (alb?.[1] && alb[1] !== '-') {
      logStatus = { code: Number(alb[1]), from: 'alb-log' };
      targetStatus = alb[2] ?? '-';
      continue;
    }
    const log = COMMON_LOG.exec(line);
    if (log?.[1]) logStatus = { code: Number(log[1]), from: 'access-log' };
  }

  // Several responses (curl -L, or 100 Continue first): diagnose the last final one.
  const finals = blocks.filter((b) => b.status.code >= 200 || b.status.code === 0);
  const chosen = finals.at(-1) ?? blocks.at(-1);
  if (chosen) {
    return {
      status: chosen.status,
      headers: chosen.headers,
      hasBody: chosen.hasBody,
      body: chosen.body,
      responses: blocks.length,
      ...(curlError ? { curlError } : {}),
    };
  }
  if (curlError) return { curlError, headers: loose, hasBody: false, body: '', responses: 0 };
  if (looseStatus) return { status: looseStatus, headers: loose, hasBody: false, body: '', responses: 1 };
  if (logStatus)
    return { status: logStatus, headers: [], hasBody: false, body: '', responses: 1, ...(targetStatus ? { targetStatus } : {}) };

  const bare = BARE_NUMBER.exec(text.trim());
  if (bare?.[1]) return { status: { code: Number(bare[1]), from: 'bare-number' }, headers: [], hasBody: false, body: '', responses: 0 };
  return { headers: loose, hasBody: false, body: '', responses: 0 };
}

/** Text that is mostly not text: NUL bytes, or many control or replacement characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return odd > 0 && odd / text.length > 0.05;
}
