/**
 * Step 4 of the diagnosis: puts the decision into words. Everything vendor-specific comes from the
 * registry (what each signal means, what it means when a sender made the status, where its logs
 * are) or from the page index (titles and summaries of the pages); this module only joins them.
 */
import { classOf, formatCode } from '../classes';
import { captureUrl, LAYER_LABELS, sourceUrl, type Proves, type Sender } from '../sender-registry';
import { audiencePath, codePath, senderPath, SENDERS_PATH } from '../urls';
import type { Decision } from './decide';
import type { DiagnoseFacts } from './facts';
import { redact } from './mask';
import { signalOf, type Recognised } from './recognise';

export interface ReadingLink {
  label: string;
  url: string;
}

export interface EvidenceView {
  /** The registry signal, as `sender-id/signal-id`. */
  signal: string;
  /** The sender's name. */
  sender: string;
  /** What was seen, credentials masked. */
  seen: string;
  means: string;
  proves: Proves;
  sources: ReadingLink[];
}

export interface Explanation {
  /** "403 Forbidden", "No response (000)", "Cloudflare 1101", or the sender's name when no status can be named. */
  title: string;
  titleUrl?: string;
  /** False for a number with no entry: it links to its unassigned page. */
  known: boolean;
  understood: string;
  senderReason: string;
  /** Every sender seen, outermost first, by name. */
  layers: string[];
  evidence: EvidenceView[];
  meaning: string;
  /** Where the sender that made the status keeps its record of the request. */
  logs?: string;
  reading: ReadingLink[];
  /** How the page to read first is named, when there is one. */
  firstLabel?: string;
  /** One short sentence for the live region. */
  summary: string;
}

/** What curl's exit code says about the missing response, when no page covers it; the 000 entry gives the same reading. */
const CURL_EXITS: Record<number, string> = {
  6: 'curl could not resolve the host name, so no connection was made.',
  7: 'curl could not connect: nothing accepted the connection, or a firewall refused it.',
  28: 'curl gave up waiting (a timeout), before a response arrived.',
  35: 'The TLS handshake failed, so no HTTP request was sent.',
  52: 'The server accepted the request and closed the connection without sending a single byte. nginx does exactly this for "return 444", which its access log records as 444.',
  56: 'Receiving data failed, often because the connection was reset.',
  60: 'curl could not verify the server certificate, so it stopped before sending the request.',
};

const list = (names: readonly string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;

function evidenceViews(recognised: Recognised, senders: readonly Sender[]): EvidenceView[] {
  return recognised.evidence.map((e) => {
    const signal = signalOf(senders, e);
    return {
      signal: `${e.sender}/${e.signal}`,
      sender: senders.find((s) => s.id === e.sender)?.name ?? e.sender,
      seen: e.snippet ?? redact(e.seen.trim()),
      means: signal.means,
      proves: e.proves,
      sources: [
        ...signal.sources.map((s) => ({ label: s.title, url: sourceUrl(s) })),
        ...(signal.observed ?? []).map((c) => ({ label: c, url: captureUrl(c) })),
      ],
    };
  });
}

function understood(recognised: Recognised): string {
  const { status, clientError, parsed } = recognised;
  if (recognised.noResponse) return `Read ${clientError?.name ?? 'an error'}: no response arrived for the request.`;
  if (!status) return 'No status in the paste, and the page it shows does not come with one documented or seen.';
  const responses = parsed.blocks.length;
  const chain = status.from === 'response' && responses > 1 ? `; ${responses} responses were pasted, and this is the last final one` : '';
  const bare = status.from === 'bare-number' ? '; paste the headers too to learn who sent it' : '';
  if (status.from === 'signal' || status.from === 'signal-page') {
    const how = status.from === 'signal' ? 'Read the status in' : 'No status in the paste; it comes from what the page is, known from';
    return `${how} “${redact(status.detail)}”.`;
  }
  return `Read ${redact(status.detail)}${chain}${bare}.`;
}

function reason(decision: Decision, recognised: Recognised, senders: readonly Sender[], code: string): string {
  const name = (id: string) => senders.find((s) => s.id === id)?.name ?? id;
  const about = decision.about.map(name);
  const sender = decision.sender ? name(decision.sender) : '';
  switch (decision.why) {
    case 'no-response':
      return 'No response arrived, so no server can be named from it.';
    case 'generated': {
      const means = decision.decisive ? signalOf(senders, decision.decisive).means : '';
      const others = decision.layers.filter((id) => id !== decision.sender).map(name);
      return `${means}${others.length > 0 ? ` ${list(others)} ${others.length > 1 ? 'were' : 'was'} on the path and passed it on.` : ''}`.trim();
    }
    case 'conflict':
      return `Signals of ${list(about)} each say they made this response, and the paste cannot tell which one did.`;
    case 'owner-seen': {
      const others = about.filter((n) => n !== sender);
      const also = others.length > 0 ? ` (${list(others)} also ${others.length > 1 ? 'use' : 'uses'} it, for something else)` : '';
      return `${code} is one of ${sender}’s own numbers${also}, and ${sender} is on the path, so ${sender} generated it.`;
    }
    case 'innermost': {
      const first = recognised.evidence.find((e) => e.sender === decision.sender);
      const means = first ? ` ${signalOf(senders, first).means}` : '';
      return `${sender} is the innermost layer the paste shows.${means}${about.length > 0 ? ` ${list(about)} passed its answer on.` : ''}`;
    }
    case 'tie':
      return `The paste shows ${list(about)} at the same depth, so it cannot tell which of them made the status.`;
    case 'edge-only': {
      const layer = senders.find((s) => s.id === decision.about.at(-1));
      const label = layer ? LAYER_LABELS[layer.layer] : 'layer';
      return `The response went through ${list(about)}, but nothing shows ${about.length > 1 ? 'they' : 'it'} made this ${code}: a ${label} usually passes on the status the server behind it sent. Look in that server’s logs.`;
    }
    case 'passed': {
      const passed = recognised.evidence.find((e) => e.proves === 'passed');
      const means = passed ? ` ${signalOf(senders, passed).means}` : '';
      return `${list(about)} passed on this ${code} from the service behind it.${means} Look in that service’s logs.`;
    }
    case 'owner-only':
      return `Of the senders whose numbers this site documents, only ${sender} uses ${code}; paste the response headers to confirm it answered.`;
    case 'owners':
      // Owners may mean the same thing by it (nginx's and Traefik's 499) or different things (Esri's).
      return `${code} is used by ${list(about)}. Paste the response headers to see which one answered.`;
    case 'nothing':
      return 'Nothing in the paste names the sender. Paste the full response headers (curl -i) to find out who answered.';
  }
}

function meaning(decision: Decision, recognised: Recognised, facts: DiagnoseFacts, sender: Sender | undefined): string {
  const code = decision.code;
  const fact = code === undefined ? undefined : facts.codes[String(code)];
  const base = fact?.summary ?? '';
  if (recognised.noResponse || code === 0) {
    const error = recognised.clientError;
    const exit = error?.exit !== undefined ? CURL_EXITS[error.exit] : undefined;
    return `No HTTP status arrived, which tools show as 000. ${error?.page?.summary ?? exit ?? base}`.trim();
  }
  const parts: string[] = [];
  if (recognised.cors) {
    parts.push(
      `The browser did not let the page’s script read the response, because a CORS check failed${code !== undefined ? `; the response itself had status ${formatCode(code)}` : ''}. ${recognised.clientError?.page?.summary ?? ''}`,
    );
  } else if (recognised.clientError?.page) {
    parts.push(recognised.clientError.page.summary);
  }
  if (recognised.loop) parts.push('The redirect points back at the address that was requested, so a browser follows it round in a loop.');
  const vendor = recognised.vendor;
  if (vendor?.page) parts.push(`${vendor.family === 'iis' ? 'IIS' : 'Cloudflare'} ${vendor.code}: ${vendor.page.title}.`);
  const made = decision.why === 'generated' || decision.why === 'owner-seen' || decision.why === 'owner-only';
  if (sender && made) parts.push(sender.generated);
  // A number another sender owns first means something else from this one: its page lists it among the other meanings.
  const otherMeaning = sender !== undefined && fact !== undefined && fact.owners.includes(sender.id) && fact.owners[0] !== sender.id;
  if (code !== undefined && otherMeaning) {
    parts.push(
      `This is ${sender.name}’s own meaning of ${formatCode(code)}; the ${formatCode(code)} page describes it under other meanings.`,
    );
  } else if (code !== undefined) {
    const statusClass = classOf(code);
    if (!fact && statusClass) {
      parts.push(
        `${code} has no meaning of its own: neither the IANA registry nor any product we know assigns it. A client that does not recognise a code treats it as the first code of its class, here ${statusClass.digit * 100}.`,
      );
    } else if (base) parts.push(base);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function reading(decision: Decision, recognised: Recognised, facts: DiagnoseFacts, sender: Sender | undefined): ReadingLink[] {
  const code = decision.code;
  const fact = code === undefined ? undefined : facts.codes[String(code)];
  const links: ReadingLink[] = [];
  const error = recognised.clientError?.page;
  if (error) links.push({ label: error.title, url: error.path });
  const vendor = recognised.vendor;
  if (vendor?.page) {
    links.push({ label: `${vendor.family === 'iis' ? 'IIS' : 'Cloudflare'} ${vendor.code}: ${vendor.page.title}`, url: vendor.page.link });
    if (vendor.hresult && vendor.page.page)
      links.push({ label: `HRESULT ${vendor.hresult}`, url: `${vendor.page.path}#${vendor.hresult}` });
  }
  if (code !== undefined && code !== 0 && !fact && classOf(code)) {
    const generic = (classOf(code)?.digit ?? 0) * 100;
    links.push(
      { label: `${formatCode(code)}: not an assigned status code`, url: codePath(code) },
      { label: `Clients treat it as ${generic}`, url: codePath(generic) },
    );
    return links;
  }
  if (code !== undefined && fact && sender && fact.owners.includes(sender.id) && fact.owners[0] !== sender.id) {
    links.push({ label: `${sender.name}’s meaning of ${formatCode(code)}`, url: `${codePath(code)}#other-meanings` });
  } else if (code !== undefined && fact) {
    // Infrastructure in front of the application answered: the fixes for people who run it come first.
    const outside = sender && sender.layer !== 'framework' && sender.layer !== 'service';
    const audience = outside || code >= 500 || code === 0 ? 'builder' : 'consumer';
    links.push(
      { label: `What ${formatCode(code)} means`, url: `${codePath(code)}#meaning` },
      {
        label: `Fixes, for ${audience === 'builder' ? 'people who run the servers' : 'API consumers'}`,
        url: `${audiencePath(code, audience)}#fixes`,
      },
    );
  }
  if (sender) links.push({ label: `How to recognise ${sender.name}`, url: senderPath(sender.id) });
  else if (fact?.registry === 'unofficial') links.push({ label: 'Unofficial codes, by sender', url: SENDERS_PATH });
  return links;
}

function title(
  decision: Decision,
  recognised: Recognised,
  facts: DiagnoseFacts,
  sender: Sender | undefined,
): { title: string; url?: string; known: boolean } {
  const code = decision.code;
  if (code === 0) return { title: 'No response (000)', url: codePath(0), known: true };
  if (code !== undefined) {
    const fact = facts.codes[String(code)];
    return { title: `${formatCode(code)} ${fact?.title ?? 'Unassigned'}`, url: codePath(code), known: fact !== undefined };
  }
  const vendor = recognised.vendor;
  if (vendor)
    return {
      title: `${vendor.family === 'iis' ? 'IIS' : 'Cloudflare'} ${vendor.code}`,
      ...(vendor.page ? { url: vendor.page.link } : {}),
      known: true,
    };
  if (recognised.clientError?.page) return { title: recognised.clientError.page.title, url: recognised.clientError.page.path, known: true };
  return { title: sender?.name ?? 'No status', ...(sender ? { url: senderPath(sender.id) } : {}), known: true };
}

export function explain(decision: Decision, recognised: Recognised, senders: readonly Sender[], facts: DiagnoseFacts): Explanation {
  const sender = decision.sender ? senders.find((s) => s.id === decision.sender) : undefined;
  const heading = title(decision, recognised, facts, sender);
  const code = decision.code === undefined ? 'this status' : formatCode(decision.code);
  const made = decision.why === 'generated' || decision.why === 'owner-seen' || decision.why === 'owner-only';
  const who = sender ? `, most likely from ${sender.name}` : '';
  const links = reading(decision, recognised, facts, sender);
  const first = decision.page ? links.find((l) => l.url.startsWith(decision.page ?? '')) : undefined;
  return {
    title: heading.title,
    ...(heading.url ? { titleUrl: heading.url } : {}),
    known: heading.known,
    understood: understood(recognised),
    senderReason: reason(decision, recognised, senders, code),
    layers: decision.layers.map((id) => senders.find((s) => s.id === id)?.name ?? id),
    evidence: evidenceViews(recognised, senders),
    meaning: meaning(decision, recognised, facts, sender),
    ...(sender?.logs && made ? { logs: sender.logs } : {}),
    reading: links,
    ...(first ? { firstLabel: first.label } : {}),
    summary: `${heading.title}${who}.${decision.page ? ` Read first: ${decision.page}` : ''}`,
  };
}
