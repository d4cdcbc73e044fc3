/**
 * The /senders/ page's data: unofficial entries grouped by the vendor that sends them, other
 * senders' meanings of documented numbers, and the rarely seen numbers that only get a mention.
 */
import { OTHER_SENDERS, SENDER_GROUPS, senderGroupOf, type SenderGroup } from '../lib/senders';
import type { VendorCode } from '../lib/vendor-codes';
import { getAllCodes, VENDOR_CODES, type CodeEntry } from './codes';

export interface OtherMeaningOfCode {
  code: number;
  sender: string;
  name: string;
  summary: string;
}

export interface SenderSection {
  group: SenderGroup;
  /** Unofficial entries this vendor sends. */
  codes: CodeEntry[];
  /** Numbers documented under another sender that this vendor also uses. */
  others: OtherMeaningOfCode[];
}

export interface SenderGroups {
  /** Only vendors with at least one code or other meaning, in SENDER_GROUPS order, "Other senders" last. */
  sections: SenderSection[];
  /** Priority C numbers with no page of their own. */
  rare: VendorCode[];
}

export async function getSenderGroups(): Promise<SenderGroups> {
  const entries = await getAllCodes();
  const documented = new Set(entries.map((e) => e.data.code));
  const sections = [...SENDER_GROUPS, OTHER_SENDERS]
    .map((group) => ({
      group,
      codes: entries.filter((e) => e.data.registry === 'unofficial' && senderGroupOf(e.data.sender ?? '').id === group.id),
      others: entries.flatMap((e) =>
        e.data.otherMeanings
          .filter((m) => senderGroupOf(m.sender).id === group.id)
          .map(({ sender, name, summary }) => ({ code: e.data.code, sender, name, summary })),
      ),
    }))
    .filter((section) => section.codes.length + section.others.length > 0);
  const rare = VENDOR_CODES.filter((v) => v.priority === 'C' && !documented.has(v.code));
  return { sections, rare };
}
