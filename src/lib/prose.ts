/** Counts the words a reader actually reads on a code page, to hold entries to CONTENT.md's length. */
import type { CodeData } from './code-schema';

function words(text: string): number {
  const plain = text
    .replace(/```[\s\S]*?```/g, ' ') // raw HTTP exchanges are not prose
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function proseWordCount(data: CodeData, body: string): number {
  const parts = [
    body,
    ...Object.values(data.causes).flat(),
    ...Object.values(data.fixes).flat(),
    ...data.compare.rows.flatMap((r) => [r.aspect, r.this, r.that]),
    data.examples,
    data.seo,
    ...data.faq.flatMap((f) => [f.q, f.a]),
    data.funFact,
    ...data.otherMeanings.map((m) => m.summary),
  ];
  return parts.reduce((sum, part) => sum + words(part), 0);
}

/**
 * The words a reader reads on a vendor code page (Cloudflare 1xxx, IIS sub-status): the MDX body,
 * the causes and fixes, and each HRESULT's meaning and fix. CONTENT.md asks for 300 to 700.
 */
export function vendorProseWordCount(
  data: {
    causes: Record<string, string[]>;
    fixes: Record<string, string[]>;
    meanings: { hresults?: { meaning: string; fix: string }[] | undefined }[];
  },
  body: string,
): number {
  const parts = [
    body,
    ...Object.values(data.causes).flat(),
    ...Object.values(data.fixes).flat(),
    ...data.meanings.flatMap((m) => (m.hresults ?? []).flatMap((h) => [h.meaning, h.fix])),
  ];
  return parts.reduce((sum, part) => sum + words(part), 0);
}
