/** Numbers from 100 to 599 that have no entry: each gets a small noindex page explaining the x00 rule. */
export function unassignedNumbers(documented: Iterable<number>): number[] {
  const known = new Set(documented);
  const numbers: number[] = [];
  for (let n = 100; n <= 599; n++) if (!known.has(n)) numbers.push(n);
  return numbers;
}
