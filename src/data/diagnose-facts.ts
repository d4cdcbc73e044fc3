/**
 * The facts the /diagnose/ tool loads on first use (/diagnose-facts.json): the code entries' facts,
 * the senders that own each number (derived from the entries through the registry), and the index
 * of pages beside the status codes that a diagnosis can send the reader to first. That index is
 * built from the Cloudflare, IIS and browser-error collections; this build has none of them, so it
 * is empty and every diagnosis leads to a status page, a sender's card or nothing.
 */
import { toDiagnoseFacts, type DiagnoseFacts } from '../lib/diagnose/facts';
import { buildPageIndex } from '../lib/diagnose/page-index';
import { getAllCodes } from './codes';
import { SENDERS } from './sender-registry';

export async function getDiagnoseFacts(): Promise<DiagnoseFacts> {
  const entries = (await getAllCodes()).map((entry) => entry.data);
  return toDiagnoseFacts(entries, SENDERS, buildPageIndex([], []));
}
