/**
 * Merges lists that are each newest first (a browse of each part of a split
 * search index) into one list, newest first: by `meta.date` (ISO text);
 * undated items after dated ones, and equal dates in the order given.
 */
export function newestFirst<T extends { meta: Record<string, string | undefined> }>(lists: T[][]): T[] {
  const date = (item: T) => item.meta.date ?? '';
  return lists.flat().sort((a, b) => (date(a) === date(b) ? 0 : date(a) < date(b) ? 1 : -1));
}
