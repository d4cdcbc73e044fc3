/**
 * The /senders/ page's data: unofficial entries grouped by the vendor that sends them, other
 * senders' meanings of documented numbers, and the rarely seen numbers that only get a mention.
 */
import { OTHER_SENDERS, SENDER_GROUPS, senderGroupOf, type SenderGroup } from '../lib/senders';
import type { VendorCode } from '../lib/vendor-codes';
import type { VendorFamily } from '../lib/vendor-code-schema';
import { FAMILY_INFO } from '../lib/vendor-families';
import { vendorHubPath } from '../lib/urls';
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
  /** The vendor's own family of error numbers beside the status codes (Cloudflare 1xxx, IIS sub-status), if it has one. */
  family: { label: string; url: string } | undefined;
}

/** Which sender shows which family of its own numbers. */
const FAMILY_OF_SENDER: Readonly<Record<string, VendorFamily>> = { cloudflare: 'cloudflare', microsoft: 'iis' };

function familyLink(groupId: string): SenderSection['family'] {
  const family = FAMILY_OF_SENDER[groupId];
  return family ? { label: FAMILY_INFO[family].name, url: vendorHubPath(family) } : undefined;
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
      family: familyLink(group.id),
    }))
    .filter((section) => section.codes.length + section.others.length > 0);
  const rare = VENDOR_CODES.filter((v) => v.priority === 'C' && !documented.has(v.code));
  return { sections, rare };
}
