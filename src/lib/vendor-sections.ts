/**
 * The sections of every vendor code page (Cloudflare 1xxx, IIS sub-status), in order, with their
 * permanent ids. The causes and fixes blocks use the same audience anchors as the status pages
 * (`causes-visitor`, `fix-builder`), so a link written for one works on the other. A meaning's id
 * and an HRESULT become anchors on the same page, so the schema keeps them clear of these.
 */
import { AUDIENCES } from './audience';
import { audienceAnchor, type CodePageSection } from './sections';

export const VENDOR_PAGE_SECTIONS: readonly CodePageSection[] = [
  { id: 'status', label: 'On the wire', description: 'The HTTP status that carries the code, where it shows and who can fix it' },
  { id: 'meaning', label: 'Meaning', description: 'What the code means and how it comes about' },
  { id: 'hresults', label: 'HRESULTs', description: 'Each documented HRESULT with its cause and fix (IIS, where documented)' },
  { id: 'causes', label: 'Causes', description: 'Common causes', audiencePrefix: 'causes' },
  { id: 'fixes', label: 'Fixes', description: 'How to fix it', audiencePrefix: 'fix' },
  { id: 'related', label: 'Status codes', description: 'The status codes it travels with or is confused with' },
  { id: 'sources', label: 'Sources', description: 'The documents every fact was read in, pinned, and the date checked' },
];

/** Every id the page itself uses, audience blocks included. */
export const VENDOR_PAGE_IDS: readonly string[] = VENDOR_PAGE_SECTIONS.flatMap((section) => [
  section.id,
  `${section.id}-title`,
  ...(section.audiencePrefix ? AUDIENCES.map((audience) => audienceAnchor(section.audiencePrefix!, audience)) : []),
]);
