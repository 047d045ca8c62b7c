/**
 * Where a form's value holds nothing: blank text, null, and lists or groups
 * whose every part is blank. Pure, so it is tested without a browser.
 */

type Path = Array<string | number>;

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

/**
 * The paths to remove, in document order: a blank group or list is removed whole, a partly filled one keeps
 * its filled parts. Top-level fields named in `keep` stay even when blank (an entry's body).
 */
export function emptyPaths(value: unknown, keep: readonly string[] = [], path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, child]) => {
    if (path.length === 0 && keep.includes(String(key))) return [];
    return isBlank(child) ? [[...path, key]] : emptyPaths(child, keep, [...path, key]);
  });
}
