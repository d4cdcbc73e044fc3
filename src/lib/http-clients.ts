/**
 * "Handle it": what common HTTP clients do by default when a status code arrives. The data lives in
 * `src/data/http-clients.ts`, one record per client with the version and the source read; this
 * module holds the types and the pure lookup, so unit tests need no build.
 */
import { classOf } from './classes';

/** A class of status codes, or `none` for no response at all (000, nginx 444). */
export type ClientClass = '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | 'none';
export const CLIENT_CLASSES: readonly ClientClass[] = ['1xx', '2xx', '3xx', '4xx', '5xx', 'none'];

export interface ClientBehaviour {
  /**
   * ok: the call succeeds and hands over a response. error: it throws, rejects, raises, returns an
   * error or exits non-zero. interim: the client never surfaces the code.
   */
  outcome: 'ok' | 'error' | 'interim';
  /** One or two sentences, inline Markdown (backticks for code). */
  text: string;
}

export interface HttpClient {
  id: string;
  name: string;
  /** The release (or standard revision) whose behaviour was read. */
  version: string;
  /** Where each statement was checked: doc URLs or repo paths at a tag or commit. */
  sources: readonly string[];
  byClass: Record<ClientClass, ClientBehaviour>;
  /** Codes that behave unlike the rest of their class. */
  byCode: Readonly<Partial<Record<number, ClientBehaviour>>>;
}

/** What reaches the client for an entry: its own code, a 400 instead, or no response at all. */
export function deliveredCode(code: number, clientSees: string): number | 'none' | 'never' {
  if (clientSees === 'no-status' || clientSees === 'no-response') return 'none';
  if (clientSees === 'status-400') return 400;
  if (clientSees === 'log-only') return 'never';
  return code;
}

/** One client's behaviour for a code that reached it (or `none`). */
export function clientBehaviour(client: HttpClient, received: number | 'none'): ClientBehaviour {
  if (received === 'none') return client.byClass.none;
  const override = client.byCode[received];
  if (override) return override;
  const slug = classOf(received)?.slug;
  if (!slug) throw new Error(`http-clients: ${client.id} has no behaviour for ${received}, which is outside 100 to 599`);
  return client.byClass[slug];
}

/** "axios 1.7.9", or "fetch() (standard, 2026-07-02)" when the version is not a release number. */
export const clientLabel = (client: Pick<HttpClient, 'name' | 'version'>): string =>
  /^\d/.test(client.version) ? `${client.name} ${client.version}` : `${client.name} (${client.version})`;
