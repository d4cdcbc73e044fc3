/** Every priority A and B vendor number has a page, or a meaning on its registered number's page. */
import { describe, expect, it } from 'vitest';
import { numbersWithSeveralMeanings, VENDOR_LIST as vendors } from '../support/vendor-list';
import { ENTRIES_BY_CODE } from './entries';

interface VendorFields {
  registry: string;
  sender?: string;
  otherMeanings?: { sender: string }[];
}
const fieldsOf = (code: number) => ENTRIES_BY_CODE.get(code)?.data as VendorFields | undefined;

/** First word of a sender, lower-cased: "Esri ArcGIS Server" and "Esri ArcGIS" both give "esri". */
const senderKey = (sender: string) => sender.toLowerCase().split(/[\s(]/)[0];

describe('vendor codes', () => {
  const wanted = vendors.filter((v) => v.priority !== 'C');

  it.each(wanted.map((v) => [v.code, v.sender, v] as const))('%i (%s) is covered', (_code, _sender, vendor) => {
    const entry = fieldsOf(vendor.code);
    expect(entry, `content/codes/${String(vendor.code).padStart(3, '0')}.mdx is missing`).toBeDefined();
    const senders = [entry!.sender ?? '', ...(entry!.otherMeanings ?? []).map((m) => m.sender)].map(senderKey);
    if (entry!.registry === 'unofficial') expect(entry!.sender).toBeTruthy();
    expect(senders, `no meaning from ${vendor.sender} on ${vendor.code}`).toContain(senderKey(vendor.sender));
  });

  it('finds the numbers with several meanings in the vendor list', () => {
    expect(numbersWithSeveralMeanings().length).toBeGreaterThan(0);
  });

  it.each(numbersWithSeveralMeanings())('%s lists its other meanings', (code) => {
    expect(fieldsOf(Number(code))?.otherMeanings?.length ?? 0).toBeGreaterThan(0);
  });

  it('has a page for 000, no response at all', () => {
    expect(fieldsOf(0)).toMatchObject({ registry: 'unofficial' });
  });
});
