/**
 * What a status code page links beside itself from the other families: the Cloudflare 1xxx and IIS
 * sub-status codes that travel with the status, and the browser or curl failure a Cloudflare 52x
 * stands for. Each family derives its links from its own entries (the status each entry says it
 * travels with), so the status pages never list them by hand.
 */
import { getErrorFamilyLinks } from './errors';
import { cloudflare } from './cloudflare';
import { iis } from './iis';

export interface FamilyLink {
  label: string;
  url: string;
}

export interface FamilyLinkGroup {
  /** A stable id for the group's heading: "cloudflare", "iis", "errors". */
  id: string;
  heading: string;
  links: FamilyLink[];
  /** The family's hub, for everything the group leaves out. */
  hub: FamilyLink;
}

type FamilyLinks = (code: number) => Promise<FamilyLinkGroup | undefined>;

const FAMILIES: FamilyLinks[] = [(code) => cloudflare.familyLinks(code), (code) => iis.familyLinks(code), getErrorFamilyLinks];

/** The groups of family pages that travel with one status code, in a fixed order; empty groups dropped. */
export async function getFamilyLinks(code: number): Promise<FamilyLinkGroup[]> {
  const groups = await Promise.all(FAMILIES.map((family) => family(code)));
  return groups.filter((group): group is FamilyLinkGroup => group !== undefined && group.links.length > 0);
}
