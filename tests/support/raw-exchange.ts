/**
 * Checks the raw HTTP exchanges in an entry (```http blocks) against CONTENT.md's rule that raw
 * examples are honest about their bodies:
 * - a shown body is complete, and `Content-Length` counts it exactly;
 * - an omitted body is one marker line such as `[48,213 bytes of HTML]` (no count is made then);
 * - a message that declares content must show it or mark it, except where RFC 9110 says no
 *   content follows;
 * - a body labelled `[abridged …]` carries no `Content-Length`;
 * - a stock nginx or Apache httpd error page is the product's exact bytes, line endings included.
 */

/** A request line or a status line; anything else in a block belongs to the message before it. */
const START_LINE = /^([A-Z]+ \S+ HTTP\/\d(\.\d)?|HTTP\/\d(\.\d)? \d{3}.*)$/;
const STATUS_LINE = /^HTTP\/\d(?:\.\d)? (\d{3})(?: (.*))?$/;

/** One line standing for a body that is not shown, such as `[48,213 bytes of HTML]`. */
export const OMITTED_BODY = /^\[\d{1,3}(?:,\d{3})* bytes of [^\]]+\]$/;
/** A line that says the body shown is shortened, such as `[abridged: the page also lists …]`. */
export const ABRIDGED_LABEL = /^\[abridged\b[^\]]*\]$/i;

export interface HttpMessage {
  startLine: string;
  headers: string[];
  /** Lines after the blank line that ends the header section, trailing blank lines dropped. */
  content: string[];
  /** Set on requests. */
  method?: string;
  /** Set on responses. */
  status?: number;
  reason?: string;
}

/** Splits every ```http block of an MDX body into its messages, in order. */
export function httpBlocks(mdxBody: string): HttpMessage[][] {
  return [...mdxBody.matchAll(/```http\n([\s\S]*?)```/g)].map(([, block]) => {
    const lines = block!.split('\n');
    const starts = lines.flatMap((line, i) => (START_LINE.test(line) ? [i] : []));
    return starts.map((start, k) => {
      const part = lines.slice(start, starts[k + 1] ?? lines.length);
      const blank = part.indexOf('');
      const headers = part.slice(1, blank < 0 ? part.length : blank);
      const content = blank < 0 ? [] : part.slice(blank + 1);
      while (content.at(-1) === '') content.pop();
      const status = STATUS_LINE.exec(part[0]!);
      return status
        ? { startLine: part[0]!, headers, content, status: Number(status[1]), reason: status[2] ?? '' }
        : { startLine: part[0]!, headers, content, method: part[0]!.split(' ')[0]! };
    });
  });
}

function header(message: HttpMessage, name: string): string | undefined {
  const line = message.headers.find((h) => h.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line?.slice(line.indexOf(':') + 1).trim();
}

const bytes = (lines: string[], eol: string): number => Buffer.byteLength(lines.join(eol));

/** HTTP/2 and HTTP/3 status lines carry no reason phrase; a stock page then names it itself. */
const reasonFromPage = (shown: string | undefined): string => shown ?? '';

/**
 * nginx's built-in error page (src/http/ngx_http_special_response.c): CRLF line endings, the
 * status as the title and heading, and for 494 to 497 a title of "400 <text>" plus a line with
 * that text. The tail names nginx, with or without a version, as `server_tokens` decides.
 */
function nginxPageProblems(message: HttpMessage): string[] {
  const { content, status } = message;
  const title = /^<head><title>(.*)<\/title><\/head>$/.exec(content[1] ?? '')?.[1];
  const heading = `${status} ${message.reason || reasonFromPage(/^<center><h1>\d{3} (.*)<\/h1><\/center>$/.exec(content[3] ?? '')?.[1])}`;
  const extra = title !== undefined && title !== heading ? title.replace(/^400 /, '') : undefined;
  const expected = [
    '<html>',
    `<head><title>${extra === undefined ? heading : `400 ${extra}`}</title></head>`,
    '<body>',
    `<center><h1>${heading}</h1></center>`,
    ...(extra === undefined ? [] : [`<center>${extra}</center>`]),
  ];
  const tail = content.slice(expected.length);
  const problems: string[] = [];
  const sameHead = expected.every((line, i) => content[i] === line);
  const sameTail =
    tail.length === 3 &&
    /^<hr><center>nginx(\/[\d.]+( \([^)]*\))?)?<\/center>$/.test(tail[0]!) &&
    tail[1] === '</body>' &&
    tail[2] === '</html>';
  if (!sameHead || !sameTail || (extra !== undefined && status !== 400)) {
    return [`${message.startLine}: not nginx's stock error page line for line; show its exact bytes or label it [abridged]`];
  }
  const length = header(message, 'content-length');
  // nginx ends every line, the last one included, with CRLF.
  const crlf = bytes(content, '\r\n') + 2;
  if (length !== undefined && Number(length) !== crlf) {
    problems.push(`${message.startLine}: nginx's page is ${crlf} bytes with its CRLF line endings, Content-Length says ${length}`);
  }
  return problems;
}

/**
 * Apache httpd's built-in error page (ap_send_error_response in modules/http/http_protocol.c):
 * LF line endings, an HTML 2.0 doctype, the status line as title, the reason as heading, then
 * the canned text, an optional ServerSignature, and `</body></html>`; sent as iso-8859-1.
 */
function apachePageProblems(message: HttpMessage): string[] {
  const { content, status } = message;
  const reason = message.reason || reasonFromPage(/^<h1>(.*)<\/h1>$/.exec(content[4] ?? '')?.[1]);
  const expected = [
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">',
    '<html><head>',
    `<title>${status} ${reason}</title>`,
    '</head><body>',
    `<h1>${reason}</h1>`,
  ];
  if (!expected.every((line, i) => content[i] === line) || content.at(-1) !== '</body></html>') {
    return [`${message.startLine}: not Apache's stock error page frame; show its exact bytes or label it [abridged]`];
  }
  const problems: string[] = [];
  const type = header(message, 'content-type');
  if (type !== undefined && type.toLowerCase() !== 'text/html; charset=iso-8859-1') {
    problems.push(`${message.startLine}: Apache sends its stock pages as text/html; charset=iso-8859-1, not ${type}`);
  }
  const length = header(message, 'content-length');
  const lf = bytes(content, '\n') + 1;
  if (length !== undefined && Number(length) !== lf) {
    problems.push(`${message.startLine}: Apache's page is ${lf} bytes with its LF line endings, Content-Length says ${length}`);
  }
  return problems;
}

/**
 * Responses that end with their header section (RFC 9110 section 6.4.1): to HEAD, 1xx, 204, 304.
 * RFC 9110 section 8.6 allows Content-Length on a HEAD response and on a 304 (the size a GET or a
 * 200 would have had), forbids it on 1xx and 204 and on a 2xx to CONNECT.
 */
function framingProblems(message: HttpMessage, request: HttpMessage | undefined, next: HttpMessage | undefined): string[] {
  const { content, status, startLine } = message;
  const length = header(message, 'content-length');
  const chunked = /\bchunked\b/i.test(header(message, 'transfer-encoding') ?? '');
  const problems: string[] = [];
  const head = status !== undefined && request?.method === 'HEAD';
  const bodiless = status !== undefined && (head || status < 200 || status === 204 || status === 304);
  if (length !== undefined && status !== undefined && (status < 200 || status === 204)) {
    problems.push(`${startLine}: RFC 9110 section 8.6 forbids Content-Length in a 1xx or 204`);
  }
  if (length !== undefined && status !== undefined && status < 300 && status >= 200 && request?.method === 'CONNECT') {
    problems.push(`${startLine}: RFC 9110 section 8.6 forbids Content-Length in a 2xx to CONNECT`);
  }
  if (length !== undefined && chunked)
    problems.push(`${startLine}: Content-Length and chunked Transfer-Encoding together (RFC 9112 section 6.2)`);
  if (bodiless) {
    if (content.length > 0) problems.push(`${startLine}: this response has no content, yet a body is shown`);
    return problems;
  }
  if (content.length === 0) {
    // A client that sent Expect: 100-continue and got a final answer first need never send its body (RFC 9110 section 10.1.1).
    const heldBack =
      message.method !== undefined &&
      /100-continue/i.test(header(message, 'expect') ?? '') &&
      next?.status !== undefined &&
      next.status >= 200;
    if (length !== undefined && Number(length) > 0 && !heldBack) {
      problems.push(`${startLine}: Content-Length ${length} but no body; show it or write one marker line such as [1,234 bytes of HTML]`);
    }
    return problems;
  }
  if (content.length === 1 && OMITTED_BODY.test(content[0]!)) return problems;
  if (content.some((line) => OMITTED_BODY.test(line))) {
    problems.push(`${startLine}: an omitted body is one marker line on its own, such as [1,234 bytes of HTML]`);
  }
  if (content.some((line) => ABRIDGED_LABEL.test(line))) {
    if (length !== undefined) problems.push(`${startLine}: an abridged body carries no Content-Length`);
    return problems;
  }
  if (content.some((line) => line.includes('<hr><center>nginx'))) return [...problems, ...nginxPageProblems(message)];
  if (content[0] === '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">') return [...problems, ...apachePageProblems(message)];
  if (length === undefined || chunked) return problems;
  const declared = Number(length);
  // Prose cannot show line endings, so LF and CRLF are both accepted, with or without a final one.
  const lf = bytes(content, '\n');
  const crlf = bytes(content, '\r\n');
  if (![lf, lf + 1, crlf, crlf + 2].includes(declared)) problems.push(`${startLine}: Content-Length ${declared}, body ${lf} bytes`);
  return problems;
}

/**
 * A client that sends `Expect: 100-continue` sends its body after the 100 (Continue), so a
 * transcript shows it there; it belongs to the request, not to the 1xx.
 */
function withContinuedBodies(messages: HttpMessage[]): HttpMessage[] {
  return messages.map((message, i) => {
    const next = messages[i + 1];
    const waits = message.method !== undefined && /100-continue/i.test(header(message, 'expect') ?? '');
    if (waits && next?.status === 100 && message.content.length === 0) return { ...message, content: next.content };
    const previous = messages[i - 1];
    if (
      message.status === 100 &&
      previous?.method !== undefined &&
      previous.content.length === 0 &&
      /100-continue/i.test(header(previous, 'expect') ?? '')
    ) {
      return { ...message, content: [] };
    }
    return message;
  });
}

/** Every broken promise about a body in the entry's raw exchanges, one line each. */
export function rawExchangeProblems(mdxBody: string): string[] {
  return httpBlocks(mdxBody).flatMap((shown) => {
    const messages = withContinuedBodies(shown);
    let request: HttpMessage | undefined;
    return messages.flatMap((message, i) => {
      if (message.method !== undefined) request = message;
      return framingProblems(message, message.method === undefined ? request : undefined, messages[i + 1]);
    });
  });
}
