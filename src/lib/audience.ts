/** The three readers of a code page, and `?for=` links that put one of them first. */

export type Audience = 'builder' | 'consumer' | 'visitor';

export const AUDIENCES: readonly Audience[] = ['builder', 'consumer', 'visitor'];

/** Who each audience is, as the ?for= notice names them: "the causes and fixes for website visitors". */
export const AUDIENCE_NAMES: Record<Audience, string> = {
  builder: 'people who build and run servers',
  consumer: 'API consumers',
  visitor: 'website visitors',
};

/** The audience a query string asks for (`?for=visitor`), or undefined for none or an unknown value. */
export function audienceFromSearch(search: string): Audience | undefined {
  const wanted = new URLSearchParams(search).get('for')?.trim().toLowerCase();
  return AUDIENCES.find((a) => a === wanted);
}

/** The audiences with the chosen one first, the others in their usual order. */
export function audienceOrder(first: Audience | undefined): Audience[] {
  return first ? [first, ...AUDIENCES.filter((a) => a !== first)] : [...AUDIENCES];
}
