/**
 * Step 3 of the diagnosis: from what was recognised, decides the status, which layer generated it
 * and why, the layers seen on the way, and the page to read first. The rules, in order:
 *
 * 1. No response arrived (an error after the last hop, or nothing but an error): no sender.
 * 2. A signal proves a sender generated the response: that sender. When several do, a sender
 *    that runs inside another (the ASP.NET Core Module in IIS, Istio in Envoy, Laravel in PHP) is
 *    the more specific; then the one with more such signals; then the innermost layer.
 * 3. A sender that owns the number (the entries' `sender` and `otherMeanings`) is on the path.
 * 4. The innermost sender seen, when it sits where responses are made (a hosting platform, a web
 *    server, a framework, an online service): it wrote the response and nothing deeper shows.
 * 5. Only edge layers seen (CDN, load balancer, proxy): they usually pass on the origin's status,
 *    so no sender is named; a `passed` signal says so outright.
 * 6. Nothing seen: the number's only owner, if it has exactly one.
 */
import { layerDepth, type Layer, type Sender } from '../sender-registry';
import { codePath, senderPath } from '../urls';
import type { CodeFact, DiagnoseFacts } from './facts';
import { errorPage } from './page-index';
import type { Evidence, Recognised } from './recognise';

/** Why the decision came out as it did; explain.ts turns it into words. */
export type Why =
  | 'no-response'
  | 'generated'
  | 'conflict'
  | 'owner-seen'
  | 'innermost'
  | 'tie'
  | 'edge-only'
  | 'passed'
  | 'owner-only'
  | 'owners'
  | 'nothing';

export type PageKind = 'status' | 'vendor-code' | 'vendor-hub' | 'error' | 'sender' | 'none';

export interface Decision {
  /** The status: 0 when no response arrived, undefined when none can be named. */
  code?: number;
  /** Registry id of the sender that generated the status. */
  sender?: string;
  why: Why;
  /** Registry ids the reason is about (the owners, the tied senders, the layer that passed it). */
  about: string[];
  /** The evidence that decided it, when one item did. */
  decisive?: Evidence;
  /** Every sender seen, outermost first. */
  layers: string[];
  /** The page to read first, and what kind of page it is. */
  page?: string;
  pageKind: PageKind;
}

/** Layers where responses are made, not only carried. */
const MAKERS: ReadonlySet<Layer> = new Set(['platform', 'server', 'framework', 'service']);

function senderById(senders: readonly Sender[], id: string): Sender {
  const sender = senders.find((s) => s.id === id);
  if (!sender) throw new Error(`No sender ${id} in the registry`);
  return sender;
}

/** Drops senders that a more specific sender in the list runs inside of. */
function refine(senders: readonly Sender[], ids: readonly string[]): string[] {
  const within = new Set(ids.flatMap((id) => senderById(senders, id).within ?? []));
  return ids.filter((id) => !within.has(id));
}

/** The ids ranked by how many items of evidence each has, then by depth; the first two tell whether there is a clear winner. */
function rank(senders: readonly Sender[], ids: readonly string[], evidence: readonly Evidence[]): string[] {
  const count = (id: string) => evidence.filter((e) => e.sender === id).length;
  const depth = (id: string) => layerDepth(senderById(senders, id).layer);
  return [...ids].sort((a, b) => count(b) - count(a) || depth(b) - depth(a));
}

function sameStanding(senders: readonly Sender[], a: string, b: string, evidence: readonly Evidence[]): boolean {
  const count = (id: string) => evidence.filter((e) => e.sender === id).length;
  return count(a) === count(b) && senderById(senders, a).layer === senderById(senders, b).layer;
}

function chooseSender(
  recognised: Recognised,
  senders: readonly Sender[],
  fact: CodeFact | undefined,
): Pick<Decision, 'sender' | 'why' | 'about' | 'decisive'> {
  const { evidence } = recognised;
  const ids = (proves: Evidence['proves']) => [...new Set(evidence.filter((e) => e.proves === proves).map((e) => e.sender))];

  const generatedEvidence = evidence.filter((e) => e.proves === 'generated');
  const generated = refine(senders, ids('generated'));
  if (generated.length > 0) {
    const [first, second] = rank(senders, generated, generatedEvidence);
    if (first && second && sameStanding(senders, first, second, generatedEvidence)) {
      return { why: 'conflict', about: [first, second] };
    }
    if (first) {
      const decisive = generatedEvidence.find((e) => e.sender === first);
      return { sender: first, why: 'generated', about: [], ...(decisive ? { decisive } : {}) };
    }
  }

  const passed = ids('passed');
  const present = ids('present').filter((id) => !passed.includes(id));
  const owners = fact?.owners ?? [];
  const ownerSeen = owners.find((id) => present.includes(id));
  if (ownerSeen) return { sender: ownerSeen, why: 'owner-seen', about: owners };

  if (present.length > 0) {
    const refined = refine(senders, present);
    const deepest = Math.max(...refined.map((id) => layerDepth(senderById(senders, id).layer)));
    const inner = refined.filter((id) => layerDepth(senderById(senders, id).layer) === deepest);
    const layer = senderById(senders, inner[0] as string).layer;
    if (MAKERS.has(layer)) {
      const [first, second] = rank(senders, inner, evidence);
      if (first && second && sameStanding(senders, first, second, evidence)) return { why: 'tie', about: inner };
      if (first) return { sender: first, why: 'innermost', about: present.filter((id) => id !== first) };
    }
    return { why: 'edge-only', about: refined };
  }
  if (passed.length > 0) return { why: 'passed', about: passed };
  if (owners.length === 1) return { sender: owners[0] as string, why: 'owner-only', about: owners };
  if (owners.length > 1) return { why: 'owners', about: owners };
  return { why: 'nothing', about: [] };
}

function choosePage(
  recognised: Recognised,
  facts: DiagnoseFacts,
  code: number | undefined,
  sender: string | undefined,
): Pick<Decision, 'page' | 'pageKind'> {
  // An error that is not a status (curl, a browser, CORS) is what the reader has to fix first.
  const errorFirst = recognised.clientError?.page;
  if (errorFirst) return { page: errorFirst.path, pageKind: 'error' };
  if (recognised.loop) {
    const loop = errorPage(facts.pages, 'too-many-redirects');
    if (loop) return { page: loop.path, pageKind: 'error' };
  }
  const vendor = recognised.vendor?.page;
  if (vendor) return { page: vendor.path, pageKind: vendor.page ? 'vendor-code' : 'vendor-hub' };
  if (code !== undefined) return { page: codePath(code), pageKind: 'status' };
  if (sender) return { page: senderPath(sender), pageKind: 'sender' };
  return { pageKind: 'none' };
}

export function decide(recognised: Recognised, senders: readonly Sender[], facts: DiagnoseFacts): Decision {
  const code = recognised.status?.code;
  const layers = [...new Set(recognised.evidence.map((e) => e.sender))].sort(
    (a, b) => layerDepth(senderById(senders, a).layer) - layerDepth(senderById(senders, b).layer),
  );
  const choice =
    recognised.noResponse || code === 0
      ? { why: 'no-response' as const, about: [] }
      : chooseSender(recognised, senders, code === undefined ? undefined : facts.codes[String(code)]);
  // A sender seen only through the same lines as the chosen sender (a log format both write) adds
  // nothing once the chosen one is known.
  const twins = (id: string) =>
    choice.sender !== undefined &&
    id !== choice.sender &&
    recognised.evidence
      .filter((e) => e.sender === id)
      .every((e) => recognised.evidence.some((c) => c.sender === choice.sender && c.line === e.line && c.seen === e.seen));
  return {
    ...(code !== undefined ? { code } : {}),
    ...choice,
    layers: layers.filter((id) => !twins(id)),
    ...choosePage(recognised, facts, code, choice.sender),
  };
}
