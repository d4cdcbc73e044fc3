/** Counts the words a reader actually reads on a code page, to hold entries to CONTENT.md's length. */
import type { CodeData } from './code-schema';
import type { ErrorData } from './error-schema';

function words(text: string): number {
  const plain = text
    .replace(/```[\s\S]*?```/g, ' ') // raw HTTP exchanges are not prose
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
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
 * The words of a browser or curl error page (CONTENT.md, "Other families": 300 to 700): the body,
 * the causes and fixes, the cases, and every note the page prints beside the names.
 */
export function errorProseWordCount(data: ErrorData, body: string): number {
  const tools = [data.chrome, data.firefox, data.curl, data.node, data.requests];
  const parts = [
    body,
    data.stepNote,
    data.statusSeen.note,
    data.whoFixes,
    data.fetch.note,
    data.cloudflare.note,
    ...tools.flatMap((t) => [t.note ?? '', t.none ?? '']),
    ...data.cases.flatMap((c) => [c.title, c.meaning, c.fix]),
    ...Object.values(data.causes).flat(),
    ...Object.values(data.fixes).flat(),
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
