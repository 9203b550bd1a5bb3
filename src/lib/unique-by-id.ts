/** Keeps the first of each id, in order: pages of a live list can overlap. */
export const uniqueById = <T extends { id: number }>(items: Iterable<T>): T[] => {
  const seen = new Set<number>();
  const result: T[] = [];
  for (const item of items) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    result.push(item);
  }
  return result;
};
