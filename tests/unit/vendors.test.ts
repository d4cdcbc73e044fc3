/** Every priority A and B vendor number has a page, or a meaning on its registered number's page. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter';
import { parseVendorCodes } from '../../src/lib/vendor-codes';

const vendors = parseVendorCodes(readFileSync('src/data/vendor-codes.csv', 'utf8'));
const entries = new Map(
  readdirSync('content/codes')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const data = splitFrontmatter(f, readFileSync(`content/codes/${f}`, 'utf8')).data as {
        registry: string;
        sender?: string;
        otherMeanings?: { sender: string }[];
      };
      return [Number(f.slice(0, 3)), data] as const;
    }),
);

/** First word of a sender, lower-cased: "Esri ArcGIS Server" and "Esri ArcGIS" both give "esri". */
const senderKey = (sender: string) => sender.toLowerCase().split(/[\s(]/)[0];

describe('vendor codes', () => {
  const wanted = vendors.filter((v) => v.priority !== 'C');

  it.each(wanted.map((v) => [v.code, v.sender, v] as const))('%i (%s) is covered', (_code, _sender, vendor) => {
    const entry = entries.get(vendor.code);
    expect(entry, `content/codes/${String(vendor.code).padStart(3, '0')}.mdx is missing`).toBeDefined();
    const senders = [entry!.sender ?? '', ...(entry!.otherMeanings ?? []).map((m) => m.sender)].map(senderKey);
    if (entry!.registry === 'unofficial') expect(entry!.sender).toBeTruthy();
    expect(senders, `no meaning from ${vendor.sender} on ${vendor.code}`).toContain(senderKey(vendor.sender));
  });

  it.each([451, 499, 420, 529, 530, 430])('%i lists its other meanings', (code) => {
    expect(entries.get(code)?.otherMeanings?.length ?? 0).toBeGreaterThan(0);
  });

  it('has a page for 000, no response at all', () => {
    expect(entries.get(0)).toMatchObject({ registry: 'unofficial' });
  });
});
