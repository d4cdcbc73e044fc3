/**
 * Everything a code page shows that is not the entry's own text: the resolved references, the
 * quick facts, the breadcrumb trail and the structured data. Built here so CodeLayout only renders.
 */
import { classOf, formatCode, type StatusClass } from '../lib/classes';
import type { CodeData } from '../lib/code-schema';
import { RETRY_LABELS } from '../lib/facts';
import { HOP_LABELS } from '../lib/request-path';
import { CODE_PAGE_SECTIONS, OTHER_MEANINGS_SECTION, type CodePageSection } from '../lib/sections';
import { codePageJsonLd } from '../lib/structured-data';
import { classPath, codePath } from '../lib/urls';
import { getChooseLinks, type ChooseLink } from './choose';
import { getCode, type CodeEntry } from './codes';
import { getComparisonLinks, type ComparisonLink } from './compare';
import { getFamilyLinks, type FamilyLinkGroup } from './family-links';
import { kitPreviewPath } from './error-pages/kit-pages';
import { getInCode, type InCode } from './in-code';

export interface CodeLink {
  number: number;
  /** Three digits, as shown: "407", "000". */
  code: string;
  title: string;
  summary: string;
}

/** One row of the quick facts panel. */
export type FactRow =
  | { term: string; kind: 'text'; text: string }
  | { term: string; kind: 'headers'; names: string[] }
  | { term: string; kind: 'conditional-headers'; cases: { when: string; names: string[] }[] }
  | { term: string; kind: 'links'; links: { title: string; url: string }[] };

export interface CodePage {
  entry: CodeEntry;
  code: string;
  statusClass: StatusClass | undefined;
  /** The sibling in the comparison table. */
  other: CodeLink;
  related: CodeLink[];
  /** The decision-guide answers that end at this code (/choose/…). */
  chooseLinks: ChooseLink[];
  /** The comparison pages this code appears in (/compare/…). */
  comparisons: ComparisonLink[];
  /** Cloudflare, IIS and browser-error pages that travel with this status. */
  familyLinks: FamilyLinkGroup[];
  /** The error-page kits' page previewing this code's kit page, when it has one. */
  kitLink: string | undefined;
  /** The jump links: every section, and other meanings where the number has several. */
  jumpLinks: readonly CodePageSection[];
  /** The #in-code section: constants, send-it snippets, client defaults. */
  inCode: InCode;
  facts: FactRow[];
  /** Aliases and former names, for Pagefind's `aliases` meta. */
  searchAliases: string;
  socialImage: string;
  jsonLd: object[];
}

const linkTo = ({ data }: CodeEntry): CodeLink => ({
  number: data.code,
  code: formatCode(data.code),
  title: data.title,
  summary: data.summary,
});

/** References were checked when the collection loaded (checkReferences), so a miss here is a bug. */
async function resolve(id: string): Promise<CodeEntry> {
  const found = await getCode(id);
  if (!found) throw new Error(`No entry for code ${id}, though the loader checked every reference`);
  return found;
}

/** Headers that are a MUST only in some cases, grouped by the case so each is said once. */
function conditionalCases(conditional: CodeData['headers']['conditional']): { when: string; names: string[] }[] {
  const byCase = new Map<string, string[]>();
  for (const { name, when } of conditional) byCase.set(when, [...(byCase.get(when) ?? []), name]);
  return [...byCase].map(([when, names]) => ({ when, names }));
}

/** The facts panel rows, from the entry fields that state facts rather than prose. */
export function factRows(data: Pick<CodeData, 'headers' | 'cacheable' | 'retry' | 'clientSees' | 'sender' | 'origin' | 'spec'>): FactRow[] {
  const { headers } = data;
  const headerRow = (term: string, names: string[], none: string): FactRow =>
    names.length > 0 ? { term, kind: 'headers', names } : { term, kind: 'text', text: none };
  return [
    headerRow('Required headers', headers.required, headers.conditional.length > 0 ? 'None always required' : 'None required'),
    ...(headers.conditional.length > 0
      ? [{ term: 'Required in some cases', kind: 'conditional-headers', cases: conditionalCases(headers.conditional) } as const]
      : []),
    headerRow('Related headers', headers.optional, 'None'),
    ...(headers.prohibited.length > 0 ? [{ term: 'Must not carry', kind: 'headers', names: headers.prohibited } as const] : []),
    { term: 'Cacheable by default', kind: 'text', text: data.cacheable ? 'Yes, heuristically (see Behaviour)' : 'No' },
    { term: 'Retry', kind: 'text', text: RETRY_LABELS[data.retry] },
    {
      term: data.clientSees === 'no-status' ? 'Reported by' : 'Usually sent by',
      kind: 'text',
      text: data.sender ?? HOP_LABELS[data.origin],
    },
    { term: 'Spec', kind: 'links', links: data.spec },
  ];
}

export async function getCodePage(entry: CodeEntry, site: URL): Promise<CodePage> {
  const { data } = entry;
  const code = formatCode(data.code);
  const statusClass = classOf(data.code);
  const other = linkTo(await resolve(data.compare.with.id));
  const related = (await Promise.all(data.related.map((ref) => resolve(ref.id)))).map(linkTo);
  const pageUrl = new URL(codePath(data.code), site).toString();
  const siteUrl = new URL('/', site).toString();
  const headline = `${code} ${data.title}`;
  return {
    entry,
    code,
    statusClass,
    other,
    related,
    chooseLinks: await getChooseLinks(data.code),
    comparisons: await getComparisonLinks(data.code),
    familyLinks: await getFamilyLinks(data.code),
    jumpLinks: data.otherMeanings.length > 0 ? [...CODE_PAGE_SECTIONS, OTHER_MEANINGS_SECTION] : CODE_PAGE_SECTIONS,
    kitLink: kitPreviewPath(data.code),
    inCode: getInCode(data),
    facts: factRows(data),
    searchAliases: [...data.aliases, ...data.formerNames].join(', '),
    socialImage: `/og/${code}.png`,
    jsonLd: codePageJsonLd({
      url: pageUrl,
      siteUrl,
      headline,
      description: data.summary,
      breadcrumbs: [
        { name: 'Status codes', url: siteUrl },
        ...(statusClass
          ? [{ name: `${statusClass.slug} ${statusClass.name}`, url: new URL(classPath(statusClass.slug), site).toString() }]
          : []),
        { name: headline, url: pageUrl },
      ],
    }),
  };
}
