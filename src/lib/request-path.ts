/**
 * The hops a request passes from the client to the origin, and where a given code stops it.
 * Feeds the request-path diagram on every code page.
 */
import { CLIENT_SEES, NETWORK_HOPS } from './code-schema';

export type Hop = (typeof NETWORK_HOPS)[number];

export const HOP_LABELS: Record<Hop, string> = {
  client: 'Your client',
  proxy: 'Forward proxy',
  gateway: 'CDN or gateway',
  'load-balancer': 'Load balancer',
  origin: 'Origin server',
};

/** passed: forwarded the request; sender: answered with this code; beyond: gave no answer of its own. */
export type HopState = 'passed' | 'sender' | 'beyond';

export interface PathStep {
  hop: Hop;
  label: string;
  state: HopState;
}

/**
 * Every hop in order: those before the sender passed the request on; those after it either never
 * saw the request (407) or gave no usable answer (502, 504).
 */
export function requestPath(sender: Hop): PathStep[] {
  const senderIndex = NETWORK_HOPS.indexOf(sender);
  return NETWORK_HOPS.map((hop, i) => ({
    hop,
    label: HOP_LABELS[hop],
    state: i < senderIndex ? 'passed' : i === senderIndex ? 'sender' : 'beyond',
  }));
}

/** The same hops as they read inside a sentence. */
const HOP_NAMES: Record<Hop, string> = {
  client: 'client',
  proxy: 'forward proxy',
  gateway: 'CDN or gateway',
  'load-balancer': 'load balancer',
  origin: 'origin server',
};

/** "a", "a and b", "a, b and c". */
function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export type ClientSees = (typeof CLIENT_SEES)[number];

/** What the sender does with the code, for the diagram's sender box. */
export function senderAction(code: string, clientSees: ClientSees): string {
  switch (clientSees) {
    case 'no-response':
      return 'closes the connection';
    case 'log-only':
      return `logs ${code}`;
    case 'status-400':
      return 'sends 400';
    case 'no-status':
      return `reports ${code}`;
    default:
      return `answers ${code}`;
  }
}

/** What the client ends up with, in words; empty when the code itself arrives. */
function clientOutcome(code: string, clientSees: ClientSees): string {
  switch (clientSees) {
    case 'no-response':
      return ` The client receives no status at all: the connection is closed without a response, and ${code} appears only in the server's log.`;
    case 'log-only':
      return ` The client never sees ${code}: it had already closed the connection, so the code exists only in the server's logs.`;
    case 'status-400':
      return ` The client receives 400 Bad Request, and the access log records 400 too; ${code} is only the server's internal reason, seen in its error log message and usable in error_page.`;
    default:
      return '';
  }
}

/** The diagram's text alternative, read by screen readers and shown above the diagram. */
export function describePath(code: string, sender: Hop, clientSees: ClientSees = 'this-code'): string {
  if (sender === 'client') {
    return `No server answered: your client reports ${code} itself, because no response came back at all.`;
  }
  const steps = requestPath(sender);
  const passed = steps.filter((s) => s.state === 'passed' && s.hop !== 'client').map((s) => HOP_NAMES[s.hop]);
  const beyond = steps.filter((s) => s.state === 'beyond').map((s) => HOP_NAMES[s.hop]);
  const via = passed.length > 0 ? `, after passing any ${joinWords(passed)} on the way` : '';
  const after = beyond.length > 0 ? ` Beyond it, the ${joinWords(beyond)} gave no answer of their own.` : '';
  const verb = clientSees === 'this-code' ? 'sends' : clientSees === 'status-400' ? 'rejects the request with' : 'records';
  return `The ${HOP_NAMES[sender]} ${verb} ${code}${via}.${after}${clientOutcome(code, clientSees)}`;
}
