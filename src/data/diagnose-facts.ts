/**
 * The facts the /diagnose/ tool loads on first use (/diagnose-facts.json): the code entries' facts,
 * the senders that own each number (derived from the entries through the registry), and the index
 * of pages beside the status codes that a diagnosis can send the reader to first, built from the
 * Cloudflare and IIS entries and hub rows and the browser and curl error entries.
 */
import { toDiagnoseFacts, type DiagnoseFacts } from '../lib/diagnose/facts';
import { buildPageIndex, errorInput, vendorCodeInputs } from '../lib/diagnose/page-index';
import { cloudflare } from './cloudflare';
import { getAllCodes } from './codes';
import { getAllErrors } from './errors';
import { iis } from './iis';
import { SENDERS } from './sender-registry';

export async function getDiagnoseFacts(): Promise<DiagnoseFacts> {
  const entries = (await getAllCodes()).map((entry) => entry.data);
  const vendorCodes = [
    ...vendorCodeInputs(
      'cloudflare',
      (await cloudflare.entries()).map((e) => e.data),
      await cloudflare.rows(),
    ),
    ...vendorCodeInputs(
      'iis',
      (await iis.entries()).map((e) => e.data),
      await iis.rows(),
    ),
  ];
  const errors = (await getAllErrors()).map(({ data }) => errorInput(data));
  return toDiagnoseFacts(entries, SENDERS, buildPageIndex(vendorCodes, errors));
}
