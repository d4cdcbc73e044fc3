/**
 * The shape of the one registry of senders (the data is src/data/sender-registry.ts) and the pure
 * helpers every reader of it shares: which sender an entry's `sender` text names, where a source
 * links to, and which numbers each sender owns according to the entries. No I/O: the data is passed
 * in, so the browser bundle, the build and the tests read the same registry.
 */

/**
 * Where a sender sits on the way from the client to the code that handles the request, outermost
 * first. `client` and `forward-proxy` are on the visitor's side; `platform` is a hosting product with
 * its own edge, which sits where a CDN or load balancer would and also serves the site; `service` is
 * an online API that answers for itself.
 */
export const LAYERS = ['client', 'forward-proxy', 'cdn', 'platform', 'load-balancer', 'proxy', 'server', 'framework', 'service'] as const;

export type Layer = (typeof LAYERS)[number];

/** How readers see each layer named. */
export const LAYER_LABELS: Record<Layer, string> = {
  client: 'HTTP client',
  'forward-proxy': 'forward proxy',
  cdn: 'CDN',
  platform: 'hosting platform',
  'load-balancer': 'load balancer',
  proxy: 'reverse proxy',
  server: 'web server',
  framework: 'framework',
  service: 'online service',
};

/**
 * What one signal shows on its own: `generated`, this sender produced the response, so the status is
 * its own; `passed`, the response went through this sender and an upstream made it; `present`, the
 * sender was on the path and the signal alone cannot say which.
 */
export type Proves = 'generated' | 'passed' | 'present';

export type SignalKind = 'header' | 'server' | 'request-id' | 'cookie' | 'reason' | 'body' | 'title' | 'log';

/** Kinds matched against a response header (`reason`: the status line's reason phrase); the others against lines of text. */
export const HEADER_KINDS: ReadonlySet<SignalKind> = new Set(['header', 'server', 'request-id', 'cookie']);

/**
 * A source for a signal: a file in a repository at a commit or tag (product source, or a docs
 * repository), or a documentation page with the date it was read.
 */
export interface RegistrySource {
  title: string;
  repo?: string;
  path?: string;
  ref?: string;
  /** Line or lines in the file, such as "196" or "188-205". */
  lines?: string;
  url?: string;
  read?: string;
}

/** A header the condition looks at: present (with a value matching `pattern` when given) or `absent`. */
export interface HeaderCondition {
  name: string;
  pattern?: RegExp;
  absent?: true;
}

/** A signal that proves what it says only in a stated case. */
export interface SignalCondition {
  /** Only on these statuses. */
  status?: readonly number[];
  /** Only when the response declares `Content-Length: 0`. */
  emptyBody?: true;
  header?: HeaderCondition;
}

export interface Signal {
  /** Unique within its sender; evidence and tests name a signal as `sender/id`. */
  id: string;
  kind: SignalKind;
  /** Lower-case header name, for the header kinds (`server` for a Server value, `set-cookie` for a cookie). */
  header?: string;
  /**
   * Header kinds: tested on the trimmed value (no pattern: the header's presence is enough). Text
   * kinds: tested on each line. Named groups carry what the line states: `status` (the HTTP status),
   * `code` (a vendor code of `family`), `hresult` (an IIS HRESULT). Anchored or literal, so matching
   * stays linear in the input.
   */
  pattern?: RegExp;
  /** How it looks, as a reader would see it. */
  looksLike: string;
  proves: Proves;
  /** What it shows, in one sentence. */
  means: string;
  when?: SignalCondition;
  /** The status this signal shows when the paste states none (a page that is always served with it). */
  status?: number;
  /** How that status is known: the vendor documents it, or a cited capture shows it. */
  statusBasis?: 'documented' | 'observed';
  /** The vendor code family a `code` group belongs to. */
  family?: 'cloudflare' | 'iis';
  /** Documentation or source read for it. */
  sources: readonly RegistrySource[];
  /** Public captures that show it, as owner/repo#number. */
  observed?: readonly string[];
  /** Reproduced on this machine, with what. */
  local?: string;
}

/** The vendor sections of /senders/; their ids are published anchors. */
export interface SenderGroup {
  id: string;
  name: string;
}

export interface Sender {
  /** A stable slug: the evidence key, and the anchor `#sender-<id>` on /senders/. */
  id: string;
  /** The name shown to readers and written to `data-sender`. */
  name: string;
  /** Exactly the texts the entries use for it in `sender` and `otherMeanings[].sender`. */
  aliases: readonly string[];
  layer: Layer;
  /** The /senders/ section it is listed in. */
  group: string;
  /** Senders it runs inside of: when both show, this one is the more specific (Laravel in PHP). */
  within?: readonly string[];
  signals: readonly Signal[];
  /** In the vendor's own terms: what it means when this sender made the status itself. */
  generated: string;
  /** Where its own record of the request is, when a source says so. */
  logs?: string;
}

/** The link a source stands for: the file at its commit (with its lines), or the page. */
export function sourceUrl(source: RegistrySource): string {
  if (source.repo && source.path && source.ref) {
    const lines = source.lines ? `#L${source.lines.replace('-', '-L')}` : '';
    return `https://github.com/${source.repo}/blob/${source.ref}/${source.path}${lines}`;
  }
  return source.url ?? '';
}

/** The link for a capture written as owner/repo#number (GitHub sends pull requests on from /issues/). */
export function captureUrl(capture: string): string {
  const [repo, number] = capture.split('#');
  return `https://github.com/${repo ?? ''}/issues/${number ?? ''}`;
}

/** The sender an entry's sender text names, by exact alias or name; undefined when none does. */
export function senderForName(senders: readonly Sender[], text: string): Sender | undefined {
  return senders.find((s) => s.name === text || s.aliases.includes(text));
}

/** What the owner derivation needs of an entry. */
export interface OwnedEntry {
  code: number;
  sender?: string | undefined;
  otherMeanings?: readonly { sender: string }[] | undefined;
}

/**
 * The senders that own each number, from the entries' `sender` and `otherMeanings[].sender`: the
 * entry's own sender first. Numbers no entry gives a sender are left out.
 */
export function ownersByCode(senders: readonly Sender[], entries: readonly OwnedEntry[]): Record<string, string[]> {
  const owners: Record<string, string[]> = {};
  for (const entry of entries) {
    const names = [entry.sender, ...(entry.otherMeanings ?? []).map((m) => m.sender)].filter((n): n is string => Boolean(n));
    const ids = [...new Set(names.map((n) => senderForName(senders, n)?.id).filter((id): id is string => id !== undefined))];
    if (ids.length > 0) owners[String(entry.code)] = ids;
  }
  return owners;
}

/** Depth of a layer: 0 for the client, larger is further in. */
export function layerDepth(layer: Layer): number {
  return LAYERS.indexOf(layer);
}
