/**
 * Explains a path that has no page, for the not-found page, when the path looks like a status
 * number. Every number from 100 to 599 has a page at /NNN/, so a miss on one of those is a
 * spelling of its address (/471.html, /0471); any other number is not a status code at all.
 */
import { classOf, formatCode } from './classes';
import { codePath, vendorHubRowPath } from './urls';
import { FAMILY_INFO } from './vendor-families';

export interface UnknownPathHint {
  number: string;
  message: string;
  /** Where to go instead. */
  links: { href: string; text: string }[];
}

/**
 * A vendor code with no page here (/cloudflare/1299/, /iis/404.99/): the hub lists every code the
 * vendor documents, so the hint sends the reader to the hub, at the code's row if it has one, and
 * for IIS to the status before the dot.
 */
function vendorHint(pathname: string): UnknownPathHint | undefined {
  const cloudflare = /^\/cloudflare\/(\d{4})(?:\/|\.html?)?$/.exec(pathname);
  if (cloudflare) {
    const code = cloudflare[1]!;
    return {
      number: code,
      message: `There is no page for Cloudflare error ${code}. The hub lists every 1xxx code Cloudflare documents, each with a row.`,
      links: [{ href: vendorHubRowPath('cloudflare', code), text: FAMILY_INFO.cloudflare.name }],
    };
  }
  const iis = /^\/iis\/([1-5]\d\d)\.(\d{1,3})(?:\/|\.html?)?$/.exec(pathname);
  if (iis) {
    const code = `${iis[1]}.${iis[2]}`;
    const status = Number(iis[1]);
    return {
      number: code,
      message: `There is no page for IIS ${code}. The hub lists every sub-status code Microsoft documents; the status before the dot is ${status}.`,
      links: [
        { href: vendorHubRowPath('iis', code), text: FAMILY_INFO.iis.name },
        { href: codePath(status), text: `Go to ${formatCode(status)}` },
      ],
    };
  }
  return undefined;
}

export function hintForPath(pathname: string): UnknownPathHint | undefined {
  const vendor = vendorHint(pathname.trim());
  if (vendor) return vendor;
  const match = /^\/?(\d{1,4})(?:\/|\.html?)?$/.exec(pathname.trim());
  if (!match) return undefined;
  const number = match[1] as string;
  const value = Number(number);
  if (classOf(value)) {
    return {
      number,
      message: `Status ${formatCode(value)} has its page at ${codePath(value)}.`,
      links: [{ href: codePath(value), text: `Go to ${formatCode(value)}` }],
    };
  }
  return {
    number,
    message: `${number} is not an HTTP status code: real codes have three digits, from 100 to 599.`,
    links: [{ href: '/', text: 'All status codes' }],
  };
}
