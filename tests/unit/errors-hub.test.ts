/** The /errors/ table, built from the entries: rows in the request's order, every cell a link to a page or an anchor on it. */
import { describe, expect, it } from 'vitest';
import { FAILED_STEPS } from '../../src/lib/error-schema';
import { ERROR_PAGE_SECTIONS, ERROR_TOOLS, LEAD_ANCHORS, hubRows, namedErrors } from '../../src/lib/errors';
import { ENTRIES } from './entries';
import { PARSED_ERRORS } from './error-entries';

const entries = PARSED_ERRORS.map((e) => e.data);
const rows = hubRows(entries);
const codeIds = new Set(ENTRIES.map((e) => e.file.replace(/\.mdx$/, '')));

/** Every id an error page renders for its anchors: sections, tool rows, lead facts, cases and names. */
function anchorsOf(slug: string): Set<string> {
  const data = entries.find((d) => d.slug === slug)!;
  return new Set([
    ...ERROR_PAGE_SECTIONS.map((s) => s.id),
    ...ERROR_TOOLS.map((t) => t.id),
    ...Object.values(LEAD_ANCHORS),
    ...data.cases.map((c) => c.id),
    ...namedErrors(data).map((n) => n.anchor),
  ]);
}

describe('the /errors/ hub rows', () => {
  it('has one row per failure, in the order a request meets them', () => {
    expect(rows.map((r) => r.slug).sort()).toEqual(entries.map((d) => d.slug).sort());
    const steps = rows.map((r) => FAILED_STEPS.indexOf(entries.find((d) => d.slug === r.slug)!.step));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
  });

  it.each(rows.map((r) => [r.slug, r] as const))('%s links every cell to its page, an anchor on it, or a status page', (slug, row) => {
    const anchors = anchorsOf(slug);
    const links = [...row.chrome, ...row.firefox, ...row.curl, row.fetch, row.status, row.cloudflare];
    for (const link of links) {
      const status = /^\/(\d{3})\/$/.exec(link.href);
      if (status) {
        expect(codeIds.has(status[1]!), link.href).toBe(true);
        continue;
      }
      const [path, anchor] = link.href.split('#');
      expect(path).toBe(`/errors/${slug}/`);
      expect(anchors.has(anchor!), `${slug}: #${anchor}`).toBe(true);
    }
  });

  it('shows a Cloudflare status only where the entry names one', () => {
    for (const row of rows) {
      const data = entries.find((d) => d.slug === row.slug)!;
      expect(row.cloudflare.label).toBe(data.cloudflare.status ?? 'none');
    }
  });
});
