/** Facts the tests derive from the vendor code list and the registry copy, so no test retypes them. */
import { readFileSync } from 'node:fs';
import { formatCode } from '../../src/lib/classes';
import { parseVendorCodes } from '../../src/lib/vendor-codes';
import { parseRegistry } from './registry';

export const VENDOR_LIST = parseVendorCodes(readFileSync('src/data/vendor-codes.csv', 'utf8'));

/**
 * Numbers whose page must show other meanings: the vendor list names two senders for them
 * (priority A or B), or a vendor reuses a number the IANA registry assigns (Exchange's 451).
 */
export function numbersWithSeveralMeanings(): string[] {
  const registered = new Set(parseRegistry(readFileSync('src/data/iana-registry.csv', 'utf8')).map((row) => row.code));
  const covered = VENDOR_LIST.filter((v) => v.priority !== 'C');
  const senders = new Map<number, number>();
  for (const v of covered) senders.set(v.code, (senders.get(v.code) ?? 0) + 1);
  return [...senders]
    .filter(([code, count]) => count > 1 || registered.has(code))
    .map(([code]) => formatCode(code))
    .sort();
}
