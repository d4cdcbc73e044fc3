/**
 * The /senders/ page's data, from the one registry of senders (src/data/sender-registry.ts): each
 * vendor section with its senders, how to recognise each one (every signal with what it proves and
 * its sources), the unofficial entries each sends and its meanings of other numbers (both from the
 * entries' `sender` and `otherMeanings`, resolved through the registry's aliases), and the rarely
 * seen numbers that only get a mention.
 */
import { captureUrl, LAYER_LABELS, senderForName, sourceUrl, type Proves, type Sender, type SenderGroup } from '../lib/sender-registry';
import { senderAnchor, vendorHubPath } from '../lib/urls';
import type { VendorFamily } from '../lib/vendor-code-schema';
import type { VendorCode } from '../lib/vendor-codes';
import { FAMILY_INFO } from '../lib/vendor-families';
import { getAllCodes, VENDOR_CODES, type CodeEntry } from './codes';
import { SENDER_GROUPS, SENDERS } from './sender-registry';

export interface OtherMeaningOfCode {
  code: number;
  sender: string;
  name: string;
  summary: string;
}

export interface SourceLink {
  label: string;
  url: string;
}

export interface SignalItem {
  looksLike: string;
  means: string;
  proves: Proves;
  sources: SourceLink[];
  /** Reproduced locally, with what. */
  local?: string;
}

export interface SenderCard {
  sender: Sender;
  /** The anchor of its card on /senders/. */
  anchor: string;
  layer: string;
  signals: SignalItem[];
  /** Unofficial entries whose `sender` is this sender. */
  codes: CodeEntry[];
  /** Numbers documented under another sender (or none) that this sender also uses. */
  others: OtherMeaningOfCode[];
}

export interface SenderSection {
  group: SenderGroup;
  senders: SenderCard[];
  /** The vendor's own family of error numbers beside the status codes (Cloudflare 1xxx, IIS sub-status), if it has one. */
  family: { label: string; url: string } | undefined;
}

/** Which vendor section shows which family of its own numbers. */
const FAMILY_OF_GROUP: Readonly<Record<string, VendorFamily>> = { cloudflare: 'cloudflare', microsoft: 'iis' };

function familyLink(groupId: string): SenderSection['family'] {
  const family = FAMILY_OF_GROUP[groupId];
  return family ? { label: FAMILY_INFO[family].name, url: vendorHubPath(family) } : undefined;
}

export interface SenderGroups {
  /** Every vendor section, in registry order, "Other senders" last. */
  sections: SenderSection[];
  /** Priority C numbers with no page of their own. */
  rare: VendorCode[];
}

function signalItem(signal: Sender['signals'][number]): SignalItem {
  const sources: SourceLink[] = [
    ...signal.sources.map((s) => ({ label: s.title, url: sourceUrl(s) })),
    ...(signal.observed ?? []).map((capture) => ({ label: capture, url: captureUrl(capture) })),
  ];
  return {
    looksLike: signal.looksLike,
    means: signal.means,
    proves: signal.proves,
    sources,
    ...(signal.local ? { local: signal.local } : {}),
  };
}

export async function getSenderGroups(): Promise<SenderGroups> {
  const entries = await getAllCodes();
  const documented = new Set(entries.map((e) => e.data.code));
  const idOf = (text: string | undefined) => (text ? senderForName(SENDERS, text)?.id : undefined);
  const card = (sender: Sender): SenderCard => ({
    sender,
    anchor: senderAnchor(sender.id),
    layer: LAYER_LABELS[sender.layer],
    signals: sender.signals.map(signalItem),
    codes: entries.filter((e) => e.data.registry === 'unofficial' && idOf(e.data.sender) === sender.id),
    others: entries.flatMap((e) =>
      e.data.otherMeanings
        .filter((m) => idOf(m.sender) === sender.id)
        .map(({ sender: text, name, summary }) => ({ code: e.data.code, sender: text, name, summary })),
    ),
  });
  const sections = SENDER_GROUPS.map((group) => ({
    group,
    senders: SENDERS.filter((s) => s.group === group.id).map(card),
    family: familyLink(group.id),
  }));
  const rare = VENDOR_CODES.filter((v) => v.priority === 'C' && !documented.has(v.code));
  return { sections, rare };
}
