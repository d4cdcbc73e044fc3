/**
 * Step 1 of the diagnosis: turns whatever someone pasted into lines and responses. It understands
 * `curl -i`, `curl -v` (with its `<`, `>` and `*` marks) and `curl -IL` chains, HTTP/1.x and HTTP/2
 * status lines, the header lists browsers' developer tools copy (`name: value`, `name:` then the
 * value on the next line, `:status: 403`, `Status Code: 403 Forbidden`), Postman's `Name →value`
 * lists, PHP `print_r` arrays, Ruby wire traces, a Go `*http.Response` printed with `%v`,
 * docker compose prefixes, log lines (combined and common access logs, ALB, HAProxy, IIS W3C, JSON
 * and key=value logs), curl error lines and a bare number. What the lines mean is for
 * recognise.ts; this module only finds structure.
 *
 * Pure and linear: the input is read line by line once and every regular expression is anchored or
 * literal with no overlapping quantifiers (eslint-plugin-regexp checks it), so a large or hostile
 * paste cannot make it hang.
 */

export interface Header {
  name: string;
  value: string;
}

/** How a response's status was written. */
export type BlockSource = 'status-line' | 'pseudo-header' | 'devtools' | 'go-dump';

export interface ResponseBlock {
  code: number;
  /** "HTTP/1.1", "HTTP/2", or undefined when the form has no version. */
  version?: string;
  reason?: string;
  from: BlockSource;
  headers: Header[];
  /** Body lines, trimmed. */
  body: string[];
  /** Index in `lines` of the status line. */
  line: number;
  /** Indexes in `lines` this response spans (status line, headers and body). */
  first: number;
  last: number;
  /** A 200 that opened a CONNECT tunnel: the real request's response would follow it. */
  connect: boolean;
}

/** A curl error line (`curl: (7) …`, or PHP's `cURL error 7: …`), or curl -v's note of an empty reply. */
export interface CurlError {
  exit: number;
  message: string;
  line: number;
}

/** Where a status number was read outside a response block, best first. */
export type MentionKind = 'log' | 'prose';

export interface StatusMention {
  code: number;
  kind: MentionKind;
  /** What wrote it: "access log", "ALB access log", "JSON log field", … */
  format: string;
  line: number;
  /** The matched text, which a share link may carry once made safe. */
  text: string;
  /** ALB logs: the target's status, or "-" when no target answered. */
  target?: string;
  /** IIS W3C logs: sc-substatus. */
  substatus?: number;
}

export interface Parsed {
  /** Every line after unwrapping prefixes and formats, trimmed. */
  lines: string[];
  /** Indexes of the lines that text signals may read: not request lines, not earlier responses. */
  textLines: number[];
  blocks: ResponseBlock[];
  /** The response to diagnose: the last final one (not 1xx, not a CONNECT tunnel). */
  final?: ResponseBlock;
  /** Header lines with no status line above them (a header list pasted on its own). */
  looseHeaders: Header[];
  curlErrors: CurlError[];
  mentions: StatusMention[];
  request: { method?: string; url?: string };
  /** The whole paste was a status number, perhaps with "HTTP", "error" or "status" before it. */
  bare?: number;
}

const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?) +(\d{3})(?: +(\S.*))?$/i;
const PSEUDO_STATUS = /^:status:? +(\d{3})$/i;
const DEVTOOLS_STATUS = /^(?:status code|status):? +(\d{3})(?: +(\S.*))?$/i;
const REQUEST_PSEUDO = /^:(?:authority|method|path|scheme):? /i;
const REQUEST_URL = /^Request URL: (\S+)$/i;
const REQUEST_METHOD = /^Request Method: ([A-Z]+)$/i;
const REQUEST_LINE = /^([A-Z]{3,10}) (\S+) HTTP\/\d(?:\.\d)?$/;
const CURL_COMMAND = /^(?:\$ )?curl (.*)$/;
const URL_IN_COMMAND = /(?:^| )["']?(https?:\/\/[^\s"']+)/;
const HEADER_LINE = /^([a-z][\w!#$%&'*+.^`|~-]*):(?: *(\S.*))?$/i;
const NAME_ONLY = /^([a-z][\w!#$%&'*+.^`|~-]*):$/i;
const NAME_AND_SPACE = /^[a-z][\w!#$%&'*+.^`|~-]*:(?: |$)/i;
const BODY_LABEL = /^(?:response(?: preview| body)?(?: \(excerpt\))?|#+ body):?$/i;
const CURL_ERROR = /^curl: \((\d{1,3})\)(?: (.*))?$/;
const PHP_CURL_ERROR = /\bcURL error (\d{1,3}): ([^(\n]*)/;
const EMPTY_REPLY = /^Empty reply from server$/i;
const BARE_NUMBER = /^(?:(?:http +)?(?:error|status|code|status code)(?: *: *| *))?(\d{3})\.?$/i;

// Line wrappers, unwrapped before anything else.
const CURL_MARK = /^([<>*])(?: |$)/;
const RUBY_WIRE = /^(->|<-) "(.*)"$/;
const PHP_ARRAY_ITEM = /^\s*\[\d+\] => (.*)$/;
const POSTMAN_HEADER = /^([a-z][\w-]*) →(.*)$/i;
const COMPOSE_PREFIX = /^[\w.-]+[-_]\d+ +\| ?(.*)$/;
const FENCE = /^`{3}/;

// Log lines, each giving the status it recorded.
const ACCESS_LOG = /"[A-Z]{3,10} \S+ HTTP\/\d(?:\.\d)?" (\d{3}) (?:\d+|-)(?: |$)/;
const ALB_LOG = /^(?:https?|h2|grpcs|wss?) \S+ \S+ \S+ \S+ \S+ \S+ \S+ (\d{3}|-) (\d{3}|-) /;
const HAPROXY_LOG = /\bhaproxy\[\d+\]: \S+ \[[^\]]*\] \S+ \S+ \S+ (\d{3}) /;
const IIS_FIELDS = /^#Fields: (.*)$/;
const IIS_DATA = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d /;
const JSON_STATUS = /"(?:status|DownstreamStatus)":(\d{3})\b/;
const JSON_RESPONSE_CODE = /"response_code":"?(\d{3})\b/;
const KV_STATUS = /\bstatus=(\d{3})\b/;

// A status stated in prose or a page, weaker than any of the above.
const PROSE_STATUS: readonly { pattern: RegExp; format: string }[] = [
  { pattern: /\bstatus(?:[ _-]?code)?"?(?: *[:=] *['"]?| )([1-5]\d\d)\b/i, format: 'a status stated in the text' },
  { pattern: /\bStatusCodeError: ([1-5]\d\d)\b/, format: 'a client library’s error line' },
  { pattern: /\bResponse code = ([1-5]\d\d)\b/, format: 'a client library’s error line' },
  { pattern: /\bHTTP status (?:client|server) error \(([1-5]\d\d) /, format: 'a client library’s error line' },
  { pattern: /\breturned error ([1-5]\d\d)\b/, format: 'a client library’s error line' },
  {
    pattern: /^(?:<title>|<h1>|<center><h1>)?([1-5]\d\d) [A-Z][\w' -]*[a-z](?:<\/title>|<\/h1>(?:<\/center>)?)?$/,
    format: 'the title or heading of an error page',
  },
  { pattern: /^(?:<h1>)?Error ([1-5]\d\d) [A-Za-z][\w -]*(?:<\/h1>)?$/, format: 'the heading of an error page' },
];

interface Line {
  text: string;
  mark?: '<' | '>' | '*';
}

/** Line ends as the page counts them: CRLF and lone CR become LF. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A Go `*http.Response` printed with %v: `&{403 Forbidden 403 HTTP/2.0 2 0 map[Name:[value] …] …}`. */
function expandGoDump(line: string): Line[] | undefined {
  if (!line.startsWith('&{')) return undefined;
  const head = /^&\{(\d{3}) ([^{}]*?) \d{3} (HTTP\/\d(?:\.\d)?) \d+ \d+ map\[/.exec(line);
  if (!head) return undefined;
  const mapStart = head[0].length;
  const mapEnd = line.indexOf(']]', mapStart);
  const map = line.slice(mapStart, mapEnd === -1 ? line.length : mapEnd + 1);
  const out: Line[] = [{ text: `${head[3] ?? ''} ${head[1] ?? ''} ${head[2] ?? ''}`.trim() }];
  for (const entry of map.matchAll(/([a-z][\w-]*):\[([^\]]*)\]/gi)) out.push({ text: `${entry[1] ?? ''}: ${entry[2] ?? ''}` });
  return out;
}

/** HTML escaped inside a JSON string (`\u003cTITLE\u003e…\n…`), as an API error message carries it. */
const ESCAPED_HTML = /\\u003c/i;

function unescapeJson(line: string): string[] {
  return line
    .replace(/\\u([\da-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["\\/])/g, '$1')
    .split('\\n');
}

/** One pasted line, unwrapped from the tool that printed it. */
function unwrap(raw: string): Line[] {
  const go = expandGoDump(raw.trim());
  if (go) return go;
  if (ESCAPED_HTML.test(raw)) return unescapeJson(raw).map((text) => ({ text: text.trim() }));
  const ruby = RUBY_WIRE.exec(raw.trim());
  if (ruby) {
    const inner = (ruby[2] ?? '').replace(/\\r\\n$/, '').replace(/\\(["\\])/g, '$1');
    return [{ text: inner.trim(), mark: ruby[1] === '->' ? '<' : '>' }];
  }
  const php = PHP_ARRAY_ITEM.exec(raw);
  if (php) return [{ text: (php[1] ?? '').trim() }];
  const compose = COMPOSE_PREFIX.exec(raw);
  const line = compose ? (compose[1] ?? '') : raw;
  if (FENCE.test(line.trim())) return [{ text: '' }];
  const postman = POSTMAN_HEADER.exec(line.trim());
  if (postman) return [{ text: `${postman[1] ?? ''}: ${(postman[2] ?? '').trim()}` }];
  const mark = CURL_MARK.exec(line);
  if (mark) return [{ text: line.slice(mark[0].length).trim(), mark: mark[1] as '<' | '>' | '*' }];
  return [{ text: line.trim() }];
}

/** A block after which curl prints another response: 1xx, a redirect it follows, an auth retry, a CONNECT tunnel. */
function followable(block: ResponseBlock): boolean {
  return block.connect || block.code < 200 || (block.code >= 300 && block.code < 400) || block.code === 401 || block.code === 407;
}

/** The status a log line recorded, if it is one of the formats we know. */
function logMention(text: string, line: number, iisColumns: readonly string[] | undefined): StatusMention | undefined {
  const alb = ALB_LOG.exec(text);
  if (alb?.[1] && alb[1] !== '-') {
    return { code: Number(alb[1]), kind: 'log', format: 'an ALB access log line', line, text: alb[0], target: alb[2] ?? '-' };
  }
  const haproxy = HAPROXY_LOG.exec(text);
  if (haproxy?.[1]) return { code: Number(haproxy[1]), kind: 'log', format: 'a HAProxy log line', line, text: haproxy[0] };
  const access = ACCESS_LOG.exec(text);
  if (access?.[1]) return { code: Number(access[1]), kind: 'log', format: 'an access log line', line, text: access[0] };
  if (iisColumns && IIS_DATA.test(text)) {
    const fields = text.split(' ');
    const status = Number(fields[iisColumns.indexOf('sc-status')]);
    const sub = Number(fields[iisColumns.indexOf('sc-substatus')]);
    if (status >= 100 && status <= 599) {
      return {
        code: status,
        kind: 'log',
        format: 'an IIS log line',
        line,
        text: `sc-status ${status}`,
        ...(Number.isInteger(sub) && iisColumns.includes('sc-substatus') ? { substatus: sub } : {}),
      };
    }
  }
  const json = JSON_STATUS.exec(text) ?? JSON_RESPONSE_CODE.exec(text);
  if (json?.[1]) return { code: Number(json[1]), kind: 'log', format: 'a JSON log field', line, text: json[0] };
  const kv = KV_STATUS.exec(text);
  if (kv?.[1]) return { code: Number(kv[1]), kind: 'log', format: 'a log field', line, text: kv[0] };
  return undefined;
}

/** The status one line states, if any, as the parser reads it (for the share link's own check). */
export function mentionIn(text: string): StatusMention | undefined {
  return logMention(text, 0, undefined) ?? proseMention(text, 0);
}

function proseMention(text: string, line: number): StatusMention | undefined {
  for (const { pattern, format } of PROSE_STATUS) {
    const m = pattern.exec(text);
    if (m?.[1]) return { code: Number(m[1]), kind: 'prose', format, line, text: m[0] };
  }
  return undefined;
}

export function parseInput(input: string): Parsed {
  const units = normaliseLineEnds(input).split('\n').flatMap(unwrap);
  const lines = units.map((u) => u.text);
  const blocks: ResponseBlock[] = [];
  const looseHeaders: Header[] = [];
  const curlErrors: CurlError[] = [];
  const mentions: StatusMention[] = [];
  const requestLines = new Set<number>();
  const request: Parsed['request'] = {};
  let current: ResponseBlock | undefined;
  let mode: 'headers' | 'body' = 'headers';
  let pendingName: string | undefined;
  let lastMethod: string | undefined;
  let iisColumns: string[] | undefined;

  const addHeader = (header: Header) => {
    if (current && mode === 'headers') current.headers.push(header);
    else if (!current) looseHeaders.push(header);
  };
  const open = (block: Omit<ResponseBlock, 'headers' | 'body' | 'first' | 'last' | 'connect'>) => {
    const connect = block.code === 200 && (lastMethod === 'CONNECT' || /^connection established$/i.test(block.reason ?? ''));
    current = { ...block, headers: [], body: [], first: block.line, last: block.line, connect };
    blocks.push(current);
    mode = 'headers';
    pendingName = undefined;
    lastMethod = undefined;
  };

  units.forEach((unit, i) => {
    const text = unit.text;
    if (current) current.last = i;
    if (unit.mark === '>') {
      requestLines.add(i);
      const req = REQUEST_LINE.exec(text);
      if (req) {
        lastMethod = req[1];
        request.method = req[1] ?? '';
      }
      return;
    }
    if (unit.mark === '*') {
      if (EMPTY_REPLY.test(text)) curlErrors.push({ exit: 52, message: 'Empty reply from server', line: i });
      return;
    }
    const curl = CURL_ERROR.exec(text);
    const phpCurl = curl ? undefined : PHP_CURL_ERROR.exec(text);
    if (curl ?? phpCurl) {
      const m = (curl ?? phpCurl) as RegExpExecArray;
      curlErrors.push({ exit: Number(m[1]), message: (m[2] ?? '').trim(), line: i });
      return;
    }

    const status = STATUS_LINE.exec(text);
    if (status) {
      const inBody = current !== undefined && mode === 'body';
      const canStart = !inBody || unit.mark === '<' || (current !== undefined && (followable(current) || current.body.length === 0));
      if (canStart) {
        open({
          code: Number(status[2]),
          version: `HTTP/${status[1]}`,
          from: 'status-line',
          line: i,
          ...(status[3] ? { reason: status[3].trim() } : {}),
        });
        return;
      }
    }

    if (!(current && mode === 'body')) {
      const pseudo = PSEUDO_STATUS.exec(text);
      if (pseudo) {
        open({ code: Number(pseudo[1]), version: 'HTTP/2', from: 'pseudo-header', line: i });
        return;
      }
      const devtools = current?.from === 'status-line' ? null : DEVTOOLS_STATUS.exec(text);
      if (devtools) {
        open({ code: Number(devtools[1]), from: 'devtools', line: i, ...(devtools[2] ? { reason: devtools[2].trim() } : {}) });
        return;
      }
      const url = REQUEST_URL.exec(text);
      const method = REQUEST_METHOD.exec(text);
      const requestLine = REQUEST_LINE.exec(text);
      if (url || method || requestLine || REQUEST_PSEUDO.test(text)) {
        requestLines.add(i);
        if (url?.[1]) request.url = url[1];
        if (method?.[1]) request.method = lastMethod = method[1].toUpperCase();
        if (requestLine) {
          request.method = lastMethod = requestLine[1] ?? '';
          const target = requestLine[2] ?? '';
          if (/^https?:\/\//.test(target)) request.url = target;
        }
        return;
      }
    }
    const command = CURL_COMMAND.exec(text);
    if (command) {
      const url = URL_IN_COMMAND.exec(command[1] ?? '');
      if (url?.[1]) request.url = url[1];
      return;
    }
    const fields = IIS_FIELDS.exec(text);
    if (fields) iisColumns = (fields[1] ?? '').split(' ');

    if (BODY_LABEL.test(text)) {
      if (current) mode = 'body';
      return;
    }
    if (text === '') {
      pendingName = undefined;
      if (current?.from === 'status-line' && mode === 'headers') mode = 'body';
      return;
    }
    const mention = logMention(text, i, iisColumns) ?? proseMention(text, i);
    if (mention) mentions.push(mention);
    if (current && mode === 'body') {
      current.body.push(text);
      return;
    }
    if (pendingName !== undefined) {
      const name = pendingName;
      pendingName = undefined;
      if (!NAME_AND_SPACE.test(text)) {
        addHeader({ name, value: text });
        return;
      }
      // The next line is a header of its own, so the one before had an empty value.
      addHeader({ name, value: '' });
    }
    const nameOnly = NAME_ONLY.exec(text);
    if (nameOnly?.[1]) {
      pendingName = nameOnly[1];
      return;
    }
    const header = HEADER_LINE.exec(text);
    if (header?.[1] && !(header[2] ?? '').startsWith('//')) addHeader({ name: header[1], value: (header[2] ?? '').trim() });
  });
  if (pendingName !== undefined) addHeader({ name: pendingName, value: '' });

  const finals = blocks.filter((b) => b.code >= 200 && !b.connect);
  const final = finals.at(-1) ?? blocks.at(-1);
  const earlier = new Set<number>();
  for (const block of blocks) {
    if (block === final) continue;
    for (let i = block.first; i <= block.last; i++) earlier.add(i);
  }
  const textLines = lines.map((_, i) => i).filter((i) => !requestLines.has(i) && !earlier.has(i) && units[i]?.mark !== '>');
  const bareMatch = blocks.length === 0 && curlErrors.length === 0 ? BARE_NUMBER.exec(input.trim()) : null;

  return {
    lines,
    textLines,
    blocks,
    ...(final ? { final } : {}),
    looseHeaders,
    curlErrors,
    mentions: mentions.filter((m) => !earlier.has(m.line)),
    request,
    ...(bareMatch?.[1] ? { bare: Number(bareMatch[1]) } : {}),
  };
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
