/**
 * The search page's side of a delta index (delta-index.ts): the full index
 * still holds the old copy of each page the delta covers, and pages since
 * removed. Their results are dropped before anything is counted, ordered or
 * paged, and their filter values are taken off the filter counts, so a changed
 * page never shows its old title or excerpt and a removed one never appears.
 * Pure: runs in the browser (and the tests).
 */

/** `pagefind/delta/replaced.json`. */
export interface DeltaManifest {
  /** Pages indexed in the delta (0: only removals, no index to merge). */
  pages: number;
  /** The full index's result id (its fragment's name) of each replaced page → that page's filter values. */
  replaced: Record<string, Record<string, string[]>>;
  /**
   * Pages in both indexes under the same id (their built page changed, not what
   * is indexed of it) → their filter values: shown and counted once.
   */
  repeated: Record<string, Record<string, string[]>>;
}

/** How many results Pagefind's counts hold that are not shown (so many more must be fetched to fill a page). */
export const hiddenCount = (delta: DeltaManifest) => Object.keys(delta.replaced).length + Object.keys(delta.repeated).length;

/** The results to show: none the delta replaces, each page once (a page in `repeated` comes from both indexes). */
export function withoutReplaced<T extends { id: string }>(results: readonly T[], { replaced }: DeltaManifest): T[] {
  const seen = new Set<string>();
  return results.filter((result) => {
    if (result.id in replaced || seen.has(result.id)) return false;
    seen.add(result.id);
    return true;
  });
}

/** Filter counts (filter → value → pages) without the replaced pages, and with repeated ones once. */
export function countsWithoutReplaced(counts: Record<string, Record<string, number>>, { replaced, repeated }: DeltaManifest): Record<string, Record<string, number>> {
  const result: Record<string, Record<string, number>> = {};
  for (const [filter, values] of Object.entries(counts)) result[filter] = { ...values };
  for (const filters of [...Object.values(replaced), ...Object.values(repeated)]) {
    for (const [filter, values] of Object.entries(filters)) {
      for (const value of values) {
        const counted = result[filter]?.[value];
        if (counted === undefined) continue;
        if (counted > 1) result[filter]![value] = counted - 1;
        else delete result[filter]![value];
      }
    }
  }
  return result;
}
