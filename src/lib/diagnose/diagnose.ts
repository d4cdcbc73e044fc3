/**
 * The whole diagnosis of one paste, composed of five steps that each do one job and pass one value
 * on: parse (structure), recognise (what the registry and the page index see in it), decide (the
 * status, the layer that generated it, the page to read first), explain (the words) and the rule
 * checks. Vendor-specific knowledge lives in the registry of senders (src/data/sender-registry.ts),
 * passed in, so this module stays pure.
 */
import { classOf, formatCode } from '../classes';
import { HEADER_KINDS, type Sender } from '../sender-registry';
import { decide, type Decision } from './decide';
import { explain, type Explanation } from './explain';
import type { DiagnoseFacts } from './facts';
import { MAX_INPUT } from './limits';
import { maskHeaders } from './mask';
import { looksBinary, normaliseLineEnds, parseInput, type Header } from './parse';
import { recognise } from './recognise';
import { checkRules, type Finding } from './rules';
import { shareText } from './share';

export type { EvidenceView, ReadingLink } from './explain';

export type InputProblem = 'empty' | 'binary' | 'too-large' | 'no-status' | 'out-of-range';

export type Diagnosis =
  | { ok: false; problem: InputProblem; message: string }
  | (Explanation & {
      ok: true;
      /** The status: 0 when no response arrived (000), undefined when none can be named. */
      code?: number;
      /** `data-code`: three digits, or empty. */
      codeText: string;
      /** The name of the sender that generated the status (`data-sender`), or undefined. */
      sender?: string;
      /** The path of the page to read first (`data-page`), or undefined. */
      page?: string;
      decision: Decision;
      /** False when nothing pasted is a response whose headers can be judged (a log line, a bare number, no response). */
      rulesChecked: boolean;
      violations: Finding[];
      notes: Finding[];
      /** The pasted headers of the diagnosed response, with secrets masked. */
      headers: Header[];
      /** What the share link carries. */
      share: string;
    });

const MESSAGES: Record<InputProblem, string> = {
  empty:
    'Nothing to diagnose yet: paste the output of curl -i or curl -v, the response headers from your browser, a log line, a curl error, or just the status number.',
  binary:
    'This looks like binary data, not text. Paste the response headers as text: run curl -i (or curl -v) against the URL, or copy the response headers from the Network panel of your browser.',
  'too-large': `That is more than ${MAX_INPUT / 1024} KiB, counted with each line break as one character. Paste only the status line and the response headers; the body is rarely needed and may hold private data.`,
  'out-of-range':
    'That number is not an HTTP status code: status codes run from 100 to 599 (RFC 9110, section 15). Check that you copied the status and not another number, such as a port or a byte count.',
  'no-status':
    'No status code found. Include the first line of the response (such as "HTTP/1.1 502 Bad Gateway" or "HTTP/2 403"), a ":status" line, a log line, the curl error, or type the three-digit number.',
};

/** The paste as the limit counts it: line ends normalised, so the clipboard's CRLF counts once. */
export function inputLength(text: string): number {
  return normaliseLineEnds(text).length;
}

export function diagnose(text: string, facts: DiagnoseFacts, senders: readonly Sender[]): Diagnosis {
  const input = normaliseLineEnds(text);
  if (input.length > MAX_INPUT) return { ok: false, problem: 'too-large', message: MESSAGES['too-large'] };
  if (input.trim() === '') return { ok: false, problem: 'empty', message: MESSAGES.empty };
  if (looksBinary(input)) return { ok: false, problem: 'binary', message: MESSAGES.binary };

  const recognised = recognise(parseInput(input), senders, facts);
  const decision = decide(recognised, senders, facts);
  const { code } = decision;
  if (code !== undefined && code !== 0 && classOf(code) === undefined) {
    return { ok: false, problem: 'out-of-range', message: MESSAGES['out-of-range'] };
  }
  if (code === undefined && !decision.sender && !recognised.vendor && !recognised.clientError) {
    return { ok: false, problem: 'no-status', message: MESSAGES['no-status'] };
  }

  const response = recognised.response;
  const fact = code === undefined ? undefined : facts.codes[String(code)];
  const findings =
    recognised.rules === 'none' || !response || code === undefined
      ? []
      : checkRules(
          {
            code,
            version: response.version,
            headers: response.headers,
            hasBody: response.body.length > 0,
            headersPasted: recognised.rules === 'all',
          },
          fact,
        );
  const sender = decision.sender ? senders.find((s) => s.id === decision.sender) : undefined;
  return {
    ok: true,
    ...explain(decision, recognised, senders, facts),
    ...(code !== undefined ? { code } : {}),
    codeText: code === undefined ? '' : formatCode(code),
    ...(sender ? { sender: sender.name } : {}),
    ...(decision.page ? { page: decision.page } : {}),
    decision,
    rulesChecked: recognised.rules !== 'none',
    violations: findings.filter((f) => f.level !== 'note'),
    notes: findings.filter((f) => f.level === 'note'),
    headers: recognised.noResponse
      ? []
      : response
        ? maskHeaders(response.headers)
        : recognised.evidence.some((e) => HEADER_KINDS.has(e.kind))
          ? maskHeaders(recognised.headers)
          : [],
    share: shareText(recognised, senders, facts),
  };
}
