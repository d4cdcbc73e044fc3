/**
 * Step 2 of the diagnosis: reads the parsed paste against the registry of senders and the page
 * index, and says what is there, without deciding anything: every signal that matched (with what
 * it proves, only where its condition holds), the status and where it was read, a vendor code
 * (Cloudflare 1xxx, IIS sub-status) and an error that is not a status (curl, Chrome, Firefox,
 * CORS), each with the page the index has for it.
 */
import { HEADER_KINDS, type Proves, type Sender, type Signal, type SignalKind } from '../sender-registry';
import type { DiagnoseFacts } from './facts';
import { maskValue, redact } from './mask';
import { errorForCurlExit, errorForName, errorForText, vendorPage, type ErrorPage, type VendorFamily, type VendorPage } from './page-index';
import type { Header, Parsed, ResponseBlock } from './parse';

export interface Evidence {
  /** Registry ids of the sender and its signal. */
  sender: string;
  signal: string;
  kind: SignalKind;
  proves: Proves;
  /** What was seen, safe to show: `name: value` for a header (credentials masked), the matched text for a line. */
  seen: string;
  /** Index of the line it was seen on, for text signals. */
  line?: number;
  /** For text signals: the shortest part of its line that still matches the same way, for a share link. */
  snippet?: string;
  /** The status the signal states: read from the line, or the one its page is always served with. */
  status?: number;
  statusHow?: 'read' | 'documented' | 'observed';
  vendor?: { family: VendorFamily; code: string };
  hresult?: string;
}

/** Where the status was read, strongest first. */
export type StatusFrom = 'response' | 'log' | 'signal' | 'prose' | 'signal-page' | 'vendor-code' | 'bare-number' | 'no-response';

export interface StatusRead {
  code: number;
  from: StatusFrom;
  /** What wrote it, for the reader: "status line (HTTP/2)", "access log", … */
  detail: string;
  /** The text it was read from, for a share link (made safe there). */
  text?: string;
}

export interface ClientErrorSeen {
  /** `curl` for curl's exit codes, `browser` for Chrome and Firefox names and headings. */
  tool: 'curl' | 'browser';
  /** As the paste writes it: "curl: (7)", "ERR_CONNECTION_REFUSED", "unable to connect". */
  name: string;
  exit?: number;
  /** curl's message, for the explanation when no page covers the exit code. */
  message?: string;
  line: number;
  page?: ErrorPage;
}

export interface VendorSeen {
  family: VendorFamily;
  code: string;
  page?: VendorPage;
  hresult?: string;
}

export interface Recognised {
  parsed: Parsed;
  response?: ResponseBlock;
  /** The diagnosed response's headers, or a header list pasted on its own. */
  headers: Header[];
  status?: StatusRead;
  /** An error says no response arrived for the request (the status is then 0, shown as 000). */
  noResponse: boolean;
  clientError?: ClientErrorSeen;
  /** A browser's CORS check failed on a response that did arrive. */
  cors: boolean;
  /** A redirect to the very URL that was requested. */
  loop: boolean;
  evidence: Evidence[];
  vendor?: VendorSeen;
  /** Which rule checks the paste supports: all, only those about what is present, or none. */
  rules: 'all' | 'present-only' | 'none';
}

const RANK: Record<StatusFrom, number> = {
  response: 100,
  'no-response': 90,
  log: 80,
  signal: 70,
  prose: 60,
  'signal-page': 50,
  'vendor-code': 40,
  'bare-number': 10,
};

/** An error name as tools print them: ERR_CONNECTION_REFUSED (net:: before it in Chrome), NS_ERROR_NET_RESET, ECONNREFUSED. */
const NAME_TOKEN = /\b(?:net::)?([A-Z][A-Z\d]*(?:_[A-Z\d]+)+|E[A-Z]{4,})\b/g;
/** The status Chrome's console prints after the name, when a response had begun. */
const STATUS_AFTER_NAME = /^ ([1-5]\d\d)\b/;

const headerValue = (headers: readonly Header[], name: string) => headers.find((h) => h.name.toLowerCase() === name)?.value;

/** Does the signal's condition hold for this response? */
function conditionHolds(signal: Signal, headers: readonly Header[], status: number | undefined): boolean {
  const when = signal.when;
  if (!when) return true;
  if (when.status && (status === undefined || !when.status.includes(status))) return false;
  if (when.emptyBody && headerValue(headers, 'content-length')?.trim() !== '0') return false;
  if (when.header) {
    const value = headerValue(headers, when.header.name);
    if (when.header.absent) return value === undefined;
    if (value === undefined) return false;
    if (when.header.pattern && !when.header.pattern.test(value.trim())) return false;
  }
  return true;
}

function headerEvidence(senders: readonly Sender[], headers: readonly Header[], reason: string | undefined): Evidence[] {
  const found: Evidence[] = [];
  for (const sender of senders) {
    for (const signal of sender.signals) {
      if (signal.kind === 'reason') {
        if (reason !== undefined && signal.pattern?.test(reason))
          found.push({ sender: sender.id, signal: signal.id, kind: signal.kind, proves: signal.proves, seen: `reason phrase "${reason}"` });
        continue;
      }
      if (!HEADER_KINDS.has(signal.kind)) continue;
      const header = headers.find(
        (h) => h.name.toLowerCase() === signal.header && (!signal.pattern || signal.pattern.test(h.value.trim())),
      );
      if (!header) continue;
      const m = signal.pattern?.exec(header.value.trim());
      const code = m?.groups?.['code'];
      found.push({
        sender: sender.id,
        signal: signal.id,
        kind: signal.kind,
        proves: signal.proves,
        seen: `${header.name.toLowerCase()}: ${maskValue(header.name, header.value)}`,
        ...(code && signal.family ? { vendor: { family: signal.family, code } } : {}),
      });
    }
  }
  return found;
}

const sameGroups = (a: RegExpExecArray, b: RegExpExecArray) => ['status', 'code', 'hresult'].every((g) => a.groups?.[g] === b.groups?.[g]);

/** The words of a line around a match: the match, then one more word on each side. */
function wordsAround(line: string, start: number, end: number, before: number, after: number): string {
  let from = start;
  for (let i = 0; i < before && from > 0; i++) {
    from = line.lastIndexOf(' ', from - 2) + 1;
  }
  let to = end;
  for (let i = 0; i < after && to < line.length; i++) {
    const next = line.indexOf(' ', to + 1);
    to = next === -1 ? line.length : next;
  }
  return line.slice(from, to);
}

/**
 * The shortest piece of the line, after redaction, that the pattern still matches with the same
 * groups: the match itself, then the match with the next word, then with a word on each side, then
 * a short line whole. A share link carries it and the page shows it, so it never takes more of the
 * line than the signal needs.
 */
function shortestMatch(pattern: RegExp, line: string, m: RegExpExecArray): string | undefined {
  const end = m.index + m[0].length;
  const candidates = [m[0], wordsAround(line, m.index, end, 0, 1), wordsAround(line, m.index, end, 1, 1), line.length <= 120 ? line : ''];
  for (const candidate of candidates) {
    const safe = redact(candidate.trim());
    const again = safe === '' ? null : pattern.exec(safe);
    if (again && sameGroups(again, m)) return safe;
  }
  return undefined;
}

function textEvidence(senders: readonly Sender[], parsed: Parsed): Evidence[] {
  const found: Evidence[] = [];
  const textSignals = senders.flatMap((sender) =>
    sender.signals.filter((s) => !HEADER_KINDS.has(s.kind) && s.kind !== 'reason').map((signal) => ({ sender, signal })),
  );
  const pending = new Set(textSignals);
  for (const i of parsed.textLines) {
    const text = parsed.lines[i] ?? '';
    if (text === '') continue;
    for (const item of pending) {
      const { sender, signal } = item;
      const m = signal.pattern?.exec(text);
      if (!m || !signal.pattern) continue;
      pending.delete(item);
      const groups = m.groups ?? {};
      const snippet = shortestMatch(signal.pattern, text, m);
      const read = groups['status'] ? Number(groups['status']) : undefined;
      found.push({
        sender: sender.id,
        signal: signal.id,
        kind: signal.kind,
        proves: signal.proves,
        seen: m[0].slice(0, 200),
        line: i,
        ...(snippet ? { snippet } : {}),
        ...(read !== undefined
          ? { status: read, statusHow: 'read' as const }
          : signal.status !== undefined
            ? { status: signal.status, statusHow: signal.statusBasis ?? 'observed' }
            : {}),
        ...(groups['code'] && signal.family ? { vendor: { family: signal.family, code: groups['code'] } } : {}),
        ...(groups['hresult'] ? { hresult: groups['hresult'].toLowerCase() } : {}),
      });
    }
  }
  return settle(senders, found);
}

/**
 * Two clean-ups of text evidence. A line that a more specific sender's signal matched is not also
 * evidence for the sender it runs inside of (an ASP.NET Core Module page is not IIS's own). And a
 * format several senders write (the combined access log of nginx and Apache) stays evidence only
 * for a sharer that shows some other sign, or for all of them when none does; when another
 * sender's own format matched the same line, it is nobody's.
 */
function settle(senders: readonly Sender[], found: readonly Evidence[]): Evidence[] {
  const sender = (id: string) => senders.find((s) => s.id === id);
  const patternOf = (e: Evidence) => String(sender(e.sender)?.signals.find((s) => s.id === e.signal)?.pattern);
  const byLine = new Map<number, Evidence[]>();
  for (const e of found) if (e.line !== undefined) byLine.set(e.line, [...(byLine.get(e.line) ?? []), e]);
  const dropped = new Set<Evidence>();
  for (const items of byLine.values()) {
    for (const e of items) {
      if (items.some((other) => sender(other.sender)?.within?.includes(e.sender))) dropped.add(e);
    }
    const counts = new Map<string, number>();
    for (const e of items) counts.set(patternOf(e), (counts.get(patternOf(e)) ?? 0) + 1);
    const shared = items.filter((e) => (counts.get(patternOf(e)) ?? 0) > 1);
    if (shared.length === 0) continue;
    const ownLog = items.some((e) => e.kind === 'log' && !shared.includes(e));
    const withOtherSigns = shared.filter((e) => found.some((other) => other.sender === e.sender && !shared.includes(other)));
    for (const e of shared) if (ownLog || (withOtherSigns.length > 0 && !withOtherSigns.includes(e))) dropped.add(e);
  }
  return found.filter((e) => !dropped.has(e));
}

/** The strongest status in the paste, before any client error is taken into account. */
function readStatus(parsed: Parsed, evidence: readonly Evidence[]): StatusRead | undefined {
  const block = parsed.final;
  if (block) {
    const detail =
      block.from === 'status-line'
        ? `the status line (${block.version ?? 'HTTP'})`
        : block.from === 'pseudo-header'
          ? 'the HTTP/2 :status pseudo-header'
          : block.from === 'go-dump'
            ? 'a Go http.Response printed with %v'
            : 'the status in the browser’s developer tools text';
    return { code: block.code, from: 'response', detail, text: `${block.version ?? 'HTTP/1.1'} ${block.code}` };
  }
  const candidates: { read: StatusRead; line: number }[] = [];
  for (const m of parsed.mentions)
    candidates.push({ read: { code: m.code, from: m.kind === 'log' ? 'log' : 'prose', detail: m.format, text: m.text }, line: m.line });
  for (const e of evidence) {
    if (e.status === undefined) continue;
    const from: StatusFrom = e.statusHow === 'read' ? 'signal' : 'signal-page';
    candidates.push({ read: { code: e.status, from, detail: e.snippet ?? e.seen.trim() }, line: e.line ?? -1 });
  }
  if (parsed.bare !== undefined)
    candidates.push({
      read: { code: parsed.bare, from: 'bare-number', detail: 'a bare status number', text: String(parsed.bare) },
      line: 0,
    });
  let best: { read: StatusRead; line: number } | undefined;
  for (const c of candidates) {
    if (!best || RANK[c.read.from] > RANK[best.read.from] || (RANK[c.read.from] === RANK[best.read.from] && c.line >= best.line)) best = c;
  }
  return best?.read;
}

function findClientError(parsed: Parsed, facts: DiagnoseFacts): { error?: ClientErrorSeen; statusSeen?: StatusRead; byPhrase?: boolean } {
  const curl = parsed.curlErrors.at(-1);
  if (curl) {
    const page = errorForCurlExit(facts.pages, curl.exit);
    return {
      error: {
        tool: 'curl',
        name: `curl: (${curl.exit})`,
        exit: curl.exit,
        message: curl.message,
        line: curl.line,
        ...(page ? { page } : {}),
      },
    };
  }
  let byName: { error: ClientErrorSeen; statusSeen?: StatusRead } | undefined;
  let byText: ClientErrorSeen | undefined;
  for (const i of parsed.textLines) {
    const text = parsed.lines[i] ?? '';
    if (text === '') continue;
    if (!byName) {
      for (const m of text.matchAll(NAME_TOKEN)) {
        const name = m[1] ?? '';
        const page = errorForName(facts.pages, name);
        // A name the index does not know counts only as Chrome's net:: error, which is always a failed request.
        if (!page && !m[0].startsWith('net::ERR_')) continue;
        const after = STATUS_AFTER_NAME.exec(text.slice(m.index + m[0].length));
        const seen = after?.[1] ? Number(after[1]) : undefined;
        byName = {
          error: { tool: 'browser', name, line: i, ...(page ? { page } : {}) },
          ...(seen !== undefined
            ? {
                statusSeen: {
                  code: seen,
                  from: 'prose' as const,
                  detail: `the status Chrome reports after ${name}`,
                  text: `net::${name} ${seen}`,
                },
              }
            : {}),
        };
        break;
      }
    }
    if (!byText) {
      const hit = errorForText(facts.pages, text);
      if (hit) byText = { tool: 'browser', name: hit.phrase, line: i, page: hit.page };
    }
  }
  if (byName) return byName;
  return byText ? { error: byText, byPhrase: true } : {};
}

/** A redirect whose Location is the URL that was requested. */
function isLoop(parsed: Parsed, headers: readonly Header[]): boolean {
  const block = parsed.final;
  const location = headerValue(headers, 'location')?.trim();
  const url = parsed.request.url?.trim();
  return block !== undefined && block.code >= 300 && block.code < 400 && url !== undefined && location !== undefined && location === url;
}

export function recognise(parsed: Parsed, senders: readonly Sender[], facts: DiagnoseFacts): Recognised {
  const response = parsed.final;
  const headers = response?.headers ?? parsed.looseHeaders;
  const candidates = [...headerEvidence(senders, headers, response?.reason), ...textEvidence(senders, parsed)];
  let status = readStatus(parsed, candidates);

  // A vendor code names a page, and sometimes the status that travels with it.
  const vendorEvidence = candidates.find((e) => e.vendor && e.proves === 'generated') ?? candidates.find((e) => e.vendor);
  const iisLog = parsed.mentions.findLast((m) => m.substatus !== undefined);
  const vendorCode =
    vendorEvidence?.vendor ??
    (iisLog && status?.code === iisLog.code ? { family: 'iis' as const, code: `${iisLog.code}.${iisLog.substatus ?? 0}` } : undefined);
  const hresult = candidates.find((e) => e.hresult)?.hresult;
  const vendorFound = vendorCode ? vendorPage(facts.pages, vendorCode.family, vendorCode.code) : undefined;
  if (!status && vendorFound?.status !== undefined) {
    status = {
      code: vendorFound.status,
      from: 'vendor-code',
      detail: `the status ${vendorCode?.family === 'iis' ? 'IIS' : 'Cloudflare'} ${vendorCode?.code ?? ''} is served with (${vendorFound.basis ?? 'observed'})`,
    };
  }

  const found = findClientError(parsed, facts);
  // A heading or phrase ("connection refused") in a server's own log or page is about the server's
  // upstream, not the reader's request: it counts only when nothing else in the paste is a response.
  const serverSide = (status !== undefined && RANK[status.from] >= RANK.signal) || candidates.some((e) => e.proves === 'generated');
  const { error: clientError, statusSeen } = found.byPhrase && serverSide ? {} : found;
  if (!status && statusSeen) status = statusSeen;
  const cors = clientError?.page?.step === 'cors-check';
  let noResponse = false;
  if (clientError && !cors) {
    if (!status) noResponse = true;
    else if (response && status.from === 'response' && clientError.line > response.line) {
      // curl printed an error after the last response: when that response was a hop it was
      // following (a CONNECT tunnel, 1xx, a redirect), the real request got no answer.
      noResponse = response.connect || response.code < 200 || (response.code >= 300 && response.code < 400);
    }
  }
  if (noResponse) status = { code: 0, from: 'no-response', detail: clientError?.name ?? 'no response' };

  const evidence = noResponse ? [] : candidates.filter((e) => conditionHolds(signalOf(senders, e), headers, status?.code));
  // With neither headers nor a body, a lone status line is as bare as a number: nothing to judge.
  const rules: Recognised['rules'] =
    noResponse || !response || status?.from !== 'response'
      ? 'none'
      : response.headers.length > 0
        ? 'all'
        : response.body.length > 0
          ? 'present-only'
          : 'none';

  return {
    parsed,
    ...(response ? { response } : {}),
    headers,
    ...(status ? { status } : {}),
    noResponse,
    ...(clientError ? { clientError } : {}),
    cors,
    loop: !noResponse && isLoop(parsed, headers),
    evidence,
    ...(vendorCode && !noResponse
      ? { vendor: { ...vendorCode, ...(vendorFound ? { page: vendorFound } : {}), ...(hresult ? { hresult } : {}) } }
      : {}),
    rules,
  };
}

/** The registry signal an evidence item came from. */
export function signalOf(senders: readonly Sender[], e: Pick<Evidence, 'sender' | 'signal'>): Signal {
  const signal = senders.find((s) => s.id === e.sender)?.signals.find((s) => s.id === e.signal);
  if (!signal) throw new Error(`No signal ${e.sender}/${e.signal} in the registry`);
  return signal;
}
