/**
 * The text a share link carries (`#r=` in the fragment, which browsers never send to a server): the
 * smallest paste that gives the same diagnosis again. It holds the status line, the headers and
 * lines the registry's signals matched (cookie values hidden, presence-only headers without their
 * value), the headers the rules look at, the line the status was read from, and the error that is
 * not a status. Never a credential, a cookie value, an IP address or a query string (redact()), and
 * never a URL: a redirect loop is carried as the same placeholder address twice.
 */
import { HEADER_KINDS, type Sender } from '../sender-registry';
import type { DiagnoseFacts } from './facts';
import { HIDDEN, isSensitiveHeader, maskValue, redact } from './mask';
import { mentionIn, type Header } from './parse';
import { signalOf, type Recognised } from './recognise';

/** Headers whose presence or value a rule check reads. */
const RULE_HEADERS = [
  'retry-after',
  'content-length',
  'transfer-encoding',
  'location',
  'connection',
  'upgrade',
  'cache-control',
  'expires',
];

const PLACEHOLDER_URL = 'https://www.example.com/';
const MAX_VALUE = 200;

const clip = (text: string) => (text.length > MAX_VALUE ? text.slice(0, MAX_VALUE) : text);

function headerLine(header: Header, keepValue: boolean): string {
  const name = header.name.toLowerCase();
  if (!keepValue) return `${name}: ${HIDDEN}`;
  return `${name}: ${clip(isSensitiveHeader(name) ? maskValue(name, header.value) : redact(header.value.trim()))}`;
}

/** The shortest safe piece of the line the status was read from that still reads as the same status. */
function mentionSnippet(recognised: Recognised, code: number): string | undefined {
  const { status, parsed } = recognised;
  if (status?.from === 'bare-number') return String(code);
  const mention = parsed.mentions.findLast((m) => m.code === code && m.text === status?.text);
  const line = mention ? (parsed.lines[mention.line] ?? '') : '';
  // A sentence keeps its words ("The response had HTTP status code 502."), so it is not read as a status line.
  const candidates = status?.from === 'prose' ? [line, status.text ?? ''] : [status?.text ?? '', line];
  for (const candidate of candidates) {
    const safe = redact(candidate.trim());
    if (safe.length <= 400 && mentionIn(safe)?.code === code) return safe;
  }
  return undefined;
}

export function shareText(recognised: Recognised, senders: readonly Sender[], facts: DiagnoseFacts): string {
  const { clientError, status, response, headers } = recognised;
  const errorLine = clientError
    ? clientError.tool === 'curl'
      ? `curl: (${clientError.exit ?? 0})`
      : /^[A-Z][A-Z\d_]+$/.test(clientError.name)
        ? `${clientError.name.startsWith('ERR_') ? 'net::' : ''}${clientError.name}${status?.from === 'prose' && status.text?.startsWith('net::') ? ` ${status.code}` : ''}`
        : clientError.name
    : undefined;
  if (recognised.noResponse) return errorLine ?? '';

  const lines: string[] = [];
  if (recognised.loop) lines.push(`$ curl -I ${PLACEHOLDER_URL}`);

  // One line per pasted header, keyed by the header itself so two Set-Cookie lines stay two.
  const chosen = new Map<Header, string>();
  const choose = (header: Header | undefined, keepValue: boolean) => {
    if (!header) return;
    const name = header.name.toLowerCase();
    const line = name === 'location' ? `location: ${recognised.loop ? PLACEHOLDER_URL : HIDDEN}` : headerLine(header, keepValue);
    if (!chosen.has(header) || keepValue) chosen.set(header, line);
  };
  const find = (name: string) => headers.find((h) => h.name.toLowerCase() === name);

  const bodyLines: string[] = [];
  for (const e of recognised.evidence) {
    const signal = signalOf(senders, e);
    if (signal.kind === 'reason') continue;
    if (HEADER_KINDS.has(signal.kind)) {
      choose(
        headers.find((h) => h.name.toLowerCase() === signal.header && (!signal.pattern || signal.pattern.test(h.value.trim()))),
        signal.pattern !== undefined,
      );
    } else if (e.snippet) {
      bodyLines.push(e.snippet);
    }
    if (signal.when?.emptyBody) choose(find('content-length'), true);
    if (signal.when?.header && !signal.when.header.absent) choose(find(signal.when.header.name), signal.when.header.pattern !== undefined);
  }

  if (response && status?.from === 'response') {
    const reason = recognised.evidence.some((e) => e.kind === 'reason') ? ` ${response.reason ?? ''}` : '';
    lines.push(`${response.version ?? 'HTTP/1.1'} ${response.code}${reason}`.trimEnd());
    if (recognised.rules !== 'none') {
      const fact = facts.codes[String(response.code)];
      const names = new Set(
        [...(fact ? [...fact.required, ...fact.prohibited, ...fact.optional] : []), ...RULE_HEADERS].map((n) => n.toLowerCase()),
      );
      for (const header of headers) if (names.has(header.name.toLowerCase())) choose(header, true);
      if (recognised.rules === 'all' && chosen.size === 0 && headers[0]) choose(headers[0], false);
    }
    lines.push(...chosen.values());
    if (response.body.length > 0 || bodyLines.length > 0) {
      lines.push('');
      lines.push(...bodyLines);
      if (response.body.length > 0 && bodyLines.length === 0) lines.push('[body not shared]');
    }
  } else {
    lines.push(...chosen.values());
    if (lines.length > 0 && bodyLines.length > 0) lines.push('');
    lines.push(...bodyLines);
    const iis = recognised.parsed.mentions.findLast((m) => m.substatus !== undefined && m.code === status?.code);
    if (status?.from === 'log' && iis) {
      lines.push('#Fields: date time sc-status sc-substatus', `2000-01-01 00:00:00 ${iis.code} ${iis.substatus ?? 0}`);
    } else if (status && (status.from === 'log' || status.from === 'prose' || status.from === 'bare-number') && status.text) {
      const snippet = mentionSnippet(recognised, status.code);
      if (!(status.from === 'prose' && status.text.startsWith('net::')) && snippet) lines.push(snippet);
    }
  }
  // The error keeps its place before or after the response: after a redirect it means the next hop got no answer.
  if (errorLine) {
    if (response && clientError && clientError.line < response.line) lines.unshift(errorLine);
    else lines.push(errorLine);
  }
  // The same line twice says nothing more (an access log line matched by two senders' signals).
  const unique = lines.filter((line, i) => line === '' || lines.indexOf(line) === i);
  return unique.join('\n').slice(0, 8000);
}
