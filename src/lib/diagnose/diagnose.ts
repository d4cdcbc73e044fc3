/**
 * The whole diagnosis of one paste: the status, which layer most likely generated it and why, what
 * that means for this code, which rules the response breaks, and where to read next.
 */
import { classOf, formatCode } from '../classes';
import { audiencePath, codePath } from '../urls';
import type { CodeFact, DiagnoseFacts } from './facts';
import {
  BODY_FINGERPRINTS,
  FINGERPRINTS,
  LAYER_ORDER,
  SENDERS,
  matchBodyFingerprint,
  matchFingerprint,
  type Fingerprint,
  type SenderId,
} from './fingerprints';
import { maskHeaders, maskValue, shareText } from './mask';
import { MAX_INPUT } from './limits';
import { looksBinary, parseInput, type Header, type ParsedInput } from './parse';
import { checkRules, type Finding } from './rules';

export interface Evidence {
  sender: string;
  header: string;
  /** The value as shown back, masked when it is a cookie or a credential. */
  value: string;
  proves: string;
  source: string;
}

export interface ReadingLink {
  label: string;
  url: string;
}

export type InputProblem = 'empty' | 'binary' | 'too-large' | 'no-status' | 'out-of-range';

export type Diagnosis =
  | { ok: false; problem: InputProblem; message: string }
  | {
      ok: true;
      /** 0 means no status arrived at all (/000/). */
      code: number;
      title: string;
      /** False for a number with no entry: it links to its unassigned page. */
      known: boolean;
      codeUrl: string;
      /** The sender that most likely generated this status, or undefined when nothing says. */
      sender?: string;
      /** Why we think so, or why we cannot tell. */
      senderReason: string;
      /** Every sender seen in the headers, outermost first. */
      layers: string[];
      evidence: Evidence[];
      meaning: string;
      violations: Finding[];
      notes: Finding[];
      reading: ReadingLink[];
      /** The pasted headers, with secrets masked, as shown back. */
      headers: Header[];
      /** What the share link may carry (status line and fingerprint headers only). */
      share: string;
      /** How the status was read, for the reader. */
      understood: string;
    };

const MESSAGES: Record<InputProblem, string> = {
  empty:
    'Nothing to diagnose yet: paste the output of curl -i or curl -v, the response headers from your browser, a log line, a curl error, or just the status number.',
  binary:
    'This looks like binary data, not text. Paste the response headers as text: run curl -i (or curl -v) against the URL, or copy the response headers from the Network panel of your browser.',
  'too-large': `That is more than ${MAX_INPUT / 1024} KiB. Paste only the status line and the response headers; the body is rarely needed and may hold private data.`,
  'out-of-range':
    'That number is not an HTTP status code: status codes run from 100 to 599 (RFC 9110, section 15). Check that you copied the status and not another number, such as a port or a byte count.',
  'no-status':
    'No status code found. Include the first line of the response (such as "HTTP/1.1 502 Bad Gateway" or "HTTP/2 403"), a ":status" line, a log line, the curl error, or type the three-digit number.',
};

/** What curl's exit code says about the missing response; the 000 entry gives the same reading. */
const CURL_EXITS: Record<number, string> = {
  6: 'curl could not resolve the host name, so no connection was made.',
  7: 'curl could not connect: nothing accepted the connection, or a firewall refused it.',
  28: 'curl gave up waiting (a timeout), before a response arrived.',
  35: 'The TLS handshake failed, so no HTTP request was sent.',
  52: 'The server accepted the request and closed the connection without sending a single byte. nginx does exactly this for "return 444", which its access log records as 444.',
  56: 'Receiving data failed, often because the connection was reset.',
  60: 'curl could not verify the server certificate, so it stopped before sending the request.',
};

const CLOUDFLARE_NO_ORIGIN_LOG = new Set([521, 522, 523, 525, 526, 530]);

function understoodFrom(parsed: ParsedInput): string {
  switch (parsed.status?.from) {
    case 'status-line':
      return `Read the status line (${parsed.status.version ?? 'HTTP'})${parsed.responses > 1 ? `; ${parsed.responses} responses were pasted, and this is the last final one` : ''}.`;
    case 'pseudo-header':
      return 'Read the HTTP/2 :status pseudo-header.';
    case 'devtools':
      return 'Read the status from the browser developer tools text.';
    case 'access-log':
      return 'Read the status field of an access log line (combined log format).';
    case 'alb-log':
      return 'Read elb_status_code from an Application Load Balancer access log line.';
    case 'bare-number':
      return 'Read a bare status number; paste the headers too to learn who sent it.';
    default:
      return parsed.curlError ? `Read a curl error (exit code ${parsed.curlError.exitCode}).` : '';
  }
}

interface SenderDecision {
  sender?: SenderId;
  reason: string;
}

/** Which layer generated this status, from the fingerprints seen and the code's own sender. */
function decideSender(code: number, matched: readonly Fingerprint[], parsed: ParsedInput, fact: CodeFact | undefined): SenderDecision {
  const seen = [...new Set(matched.map((m) => m.sender))];
  const generated = matched.find((m) => m.generated);
  if (generated) {
    return { sender: generated.sender, reason: generated.proves };
  }
  const owner = seen.find((id) => (SENDERS[id].ownCodes as readonly number[]).includes(code));
  if (owner) {
    return {
      sender: owner,
      reason: `${formatCode(code)} is ${SENDERS[owner].name}'s own number, and its headers are on this response, so ${SENDERS[owner].name} generated it.`,
    };
  }
  if (parsed.status?.from === 'alb-log') {
    if (parsed.targetStatus === '-') {
      return {
        sender: 'alb',
        reason: 'The log line has no target_status_code ("-"): no target answered, so the load balancer generated this status.',
      };
    }
    return {
      reason: `The target answered ${parsed.targetStatus ?? ''}, and the load balancer passed it on: look in the target's own logs.`,
    };
  }
  if (seen.length === 0) {
    const only = (Object.keys(SENDERS) as SenderId[]).find((id) => (SENDERS[id].ownCodes as readonly number[]).includes(code));
    if (only) {
      return {
        sender: only,
        reason: `${formatCode(code)} is ${SENDERS[only].name}'s own number and no other product uses it; paste the headers to confirm.`,
      };
    }
    const vendor = fact?.registry === 'unofficial' && fact.sender ? ` This number is used by ${fact.sender}.` : '';
    return { reason: `No header here names the sender.${vendor} Paste the full response headers (curl -i) to find out who answered.` };
  }
  // Nothing claims the status: the layer furthest in, closest to the application, most likely produced
  // it, and every layer in front of it passed it on.
  const innermost = [...seen].sort((a, b) => LAYER_ORDER.indexOf(SENDERS[b].layer) - LAYER_ORDER.indexOf(SENDERS[a].layer))[0];
  if (!innermost) return { reason: 'No header here names the sender.' };
  const layer = SENDERS[innermost].layer;
  if (layer === 'cdn' || layer === 'forward-proxy') {
    return {
      reason: `The response passed through ${SENDERS[innermost].name}, but nothing says it made this ${formatCode(code)}; a status like this usually comes from your origin, which ${SENDERS[innermost].name} passed on.`,
    };
  }
  if (layer === 'load-balancer') {
    return {
      reason: `An AWS Application Load Balancer is in the path, but the response does not say whether it or a target generated ${formatCode(code)}. Its access log tells: elb_status_code is what the load balancer answered, target_status_code what the target answered ("-" when none did).`,
    };
  }
  if (layer === 'proxy') {
    return {
      reason: `${SENDERS[innermost].name} passed on this ${formatCode(code)} from the service behind it: ${matched.find((m) => m.sender === innermost)?.proves ?? ''} Look in that service's logs.`,
    };
  }
  const outer = seen.filter((id) => id !== innermost).map((id) => SENDERS[id].name);
  return {
    sender: innermost,
    reason: `${SENDERS[innermost].name} is the innermost layer the headers show${outer.length > 0 ? `; ${outer.join(' and ')} passed its answer on` : ''}.`,
  };
}

/** What this status means when this sender generated it; agrees with the entries in content/codes. */
function meaningFor(
  code: number,
  sender: SenderId | undefined,
  fact: CodeFact | undefined,
  parsed: ParsedInput,
  matched: readonly Fingerprint[],
): string {
  const base = fact?.summary ?? '';
  const statusClass = classOf(code);
  if (!fact && statusClass) {
    return `${code} has no meaning of its own: neither the IANA registry nor any product we know assigns it. A client that does not recognise a code treats it as the first code of its class, here ${statusClass.digit * 100}.`;
  }
  if (code === 0) {
    const exit = parsed.curlError ? CURL_EXITS[parsed.curlError.exitCode] : undefined;
    return `No HTTP status arrived, which tools show as 000. ${exit ?? base}`;
  }
  if (sender === 'cloudflare' && (SENDERS.cloudflare.ownCodes as readonly number[]).includes(code)) {
    const logs = CLOUDFLARE_NO_ORIGIN_LOG.has(code)
      ? 'so the origin’s logs will not show this request.'
      : code === 520
        ? 'so the origin’s access log may show nothing for this request, or a 200 that Cloudflare discarded.'
        : 'and the origin’s access log may still show the request finishing later.';
    return `Cloudflare itself answered ${code}: the problem is between Cloudflare and your origin, ${logs} ${base}`;
  }
  if (sender === 'cloudfront' && (code === 502 || code === 504)) {
    const why = code === 502 ? 'got no usable response from your origin' : 'did not get a response from your origin in time';
    return `CloudFront generated this ${code} itself because it ${why}; fix the origin or the connection to it. ${base}`;
  }
  if (sender === 'cloudfront') return `CloudFront generated this ${code} itself, not your origin. ${base}`;
  if (sender === 'squid' && code === 407) {
    return `Squid, a forward proxy on your side of the network, wants credentials before it forwards the request; the website never saw it. ${base}`;
  }
  if (sender === 'varnish' && matched.some((m) => m.sender === 'varnish' && m.generated)) {
    return `Varnish generated this ${code} itself. When its built-in error page says "Backend fetch failed", Varnish could not get a response from the server behind it. ${base}`;
  }
  if (sender === 'squid') return `Squid, a proxy between you and the site, generated this ${code} itself. ${base}`;
  if (sender === 'laravel' && code === 419) return `Laravel rejected the request because its CSRF token was missing or expired. ${base}`;
  if (sender === 'alb') return `The AWS Application Load Balancer generated this ${code} itself, not your target. ${base}`;
  if (sender === 'nginx' && (code === 502 || code === 504)) {
    const own = matched.some((m) => m.sender === 'nginx' && m.generated);
    return own
      ? `nginx generated this ${code} while proxying: the problem is in the upstream server behind nginx. ${base}`
      : `nginx wrote these headers. It replaces an upstream's Server header by default, so this ${code} is nginx's own (the problem is then in the upstream server behind it) unless the upstream sent a ${code} itself. nginx's own error page ends with a line naming nginx. ${base}`;
  }
  return base;
}

function readingFor(code: number, known: boolean, sender: SenderId | undefined, fact: CodeFact | undefined): ReadingLink[] {
  if (!known) {
    const statusClass = classOf(code);
    const generic = statusClass ? statusClass.digit * 100 : undefined;
    return [
      { label: `${formatCode(code)}: not an assigned status code`, url: codePath(code) },
      ...(generic ? [{ label: `Clients treat it as ${generic}`, url: codePath(generic) }] : []),
    ];
  }
  const layer = sender ? SENDERS[sender].layer : undefined;
  // Infrastructure in front of the site answered: the fixes for people who run it come first.
  const audience = layer && layer !== 'app' ? 'builder' : code >= 500 || code === 0 ? 'builder' : 'consumer';
  const links: ReadingLink[] = [
    { label: `What ${formatCode(code)} means`, url: `${codePath(code)}#meaning` },
    {
      label: `Fixes, for ${audience === 'builder' ? 'people who run the servers' : 'API consumers'}`,
      url: `${audiencePath(code, audience)}#fixes`,
    },
  ];
  if (fact?.registry === 'unofficial') links.push({ label: 'Unofficial codes, by sender', url: '/senders/' });
  return links;
}

export function diagnose(text: string, facts: DiagnoseFacts): Diagnosis {
  if (text.length > MAX_INPUT) return { ok: false, problem: 'too-large', message: MESSAGES['too-large'] };
  if (text.trim() === '') return { ok: false, problem: 'empty', message: MESSAGES.empty };
  if (looksBinary(text)) return { ok: false, problem: 'binary', message: MESSAGES.binary };

  const parsed = parseInput(text);
  const code = parsed.status?.code ?? (parsed.curlError ? 0 : undefined);
  if (code === undefined) return { ok: false, problem: 'no-status', message: MESSAGES['no-status'] };

  const fact = facts[String(code)];
  if (!fact && classOf(code) === undefined) return { ok: false, problem: 'out-of-range', message: MESSAGES['out-of-range'] };
  const known = fact !== undefined;
  const matched: Fingerprint[] = [];
  const evidence: Evidence[] = [];
  for (const h of parsed.headers) {
    const f = matchFingerprint(h.name, h.value);
    if (!f) continue;
    matched.push(f);
    evidence.push({
      sender: SENDERS[f.sender].name,
      header: h.name.toLowerCase(),
      value: maskValue(h.name, h.value),
      proves: f.proves,
      source: f.source,
    });
  }
  if (parsed.status?.from === 'alb-log') {
    evidence.push({
      sender: SENDERS.alb.name,
      header: 'elb_status_code target_status_code',
      value: `${formatCode(code)} ${parsed.targetStatus ?? '-'}`,
      proves: 'The load balancer logs its own status and the target’s; "-" means no target answered.',
      source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-access-logs.html',
    });
  }
  const page = parsed.body ? matchBodyFingerprint(parsed.body) : undefined;
  if (page) {
    // An error page that names its generator is as strong as a header that says so.
    matched.push({
      sender: page.sender,
      header: 'body',
      looksLike: page.looksLike,
      proves: page.proves,
      generated: true,
      source: page.source,
    });
    const line = parsed.body.split('\n').find((l) => l.toLowerCase().includes(page.contains.toLowerCase())) ?? page.looksLike;
    evidence.push({
      sender: SENDERS[page.sender].name,
      header: 'body',
      value: line.slice(0, 200),
      proves: page.proves,
      source: page.source,
    });
  }
  const decision =
    code === 0 ? { reason: 'No response arrived, so no server can be named from it.' } : decideSender(code, matched, parsed, fact);
  const layers = [...new Set(matched.map((m) => m.sender))]
    .sort((a, b) => LAYER_ORDER.indexOf(SENDERS[a].layer) - LAYER_ORDER.indexOf(SENDERS[b].layer))
    .map((id) => SENDERS[id].name);
  const findings =
    code === 0 ? [] : checkRules({ code, version: parsed.status?.version, headers: parsed.headers, hasBody: parsed.hasBody }, fact);

  return {
    ok: true,
    code,
    title: fact?.title ?? 'Unassigned',
    known,
    codeUrl: codePath(code),
    ...(decision.sender ? { sender: SENDERS[decision.sender].name } : {}),
    senderReason: decision.reason,
    layers,
    evidence,
    meaning: meaningFor(code, decision.sender, fact, parsed, matched).trim(),
    violations: findings.filter((f) => f.level !== 'note'),
    notes: findings.filter((f) => f.level === 'note'),
    reading: readingFor(code, known, decision.sender, fact),
    headers: maskHeaders(parsed.headers),
    share: shareText(parsed.status, parsed.headers),
    understood: understoodFrom(parsed),
  };
}

/** A short name for a source link: repository or documentation host, and the file or page. */
export function sourceLabel(url: string): string {
  const { hostname, pathname } = new URL(url);
  const parts = pathname.split('/').filter(Boolean);
  const page = (parts.at(-1) ?? '').replace(/\.(html|md)$/, '');
  if (hostname === 'github.com') return `${parts.slice(0, 2).join('/')} ${page}`;
  return page ? `${hostname.replace(/^www\./, '')} ${page}` : hostname.replace(/^www\./, '');
}

/** Every fingerprint grouped by sender, for the page's static list of recognised senders. */
export function recognisedSenders(): { name: string; headers: string[]; sources: ReadingLink[] }[] {
  const byName = new Map<string, { headers: Set<string>; sources: Set<string> }>();
  const add = (id: SenderId, looksLike: string, source: string) => {
    const name = SENDERS[id].name;
    const entry = byName.get(name) ?? { headers: new Set<string>(), sources: new Set<string>() };
    entry.headers.add(looksLike);
    entry.sources.add(source);
    byName.set(name, entry);
  };
  for (const f of FINGERPRINTS) add(f.sender, f.looksLike, f.source);
  for (const f of BODY_FINGERPRINTS) add(f.sender, `error page: ${f.looksLike}`, f.source);
  return [...byName].map(([name, e]) => ({
    name,
    headers: [...e.headers],
    sources: [...e.sources].map((url) => ({ label: sourceLabel(url), url })),
  }));
}
