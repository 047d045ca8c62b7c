/**
 * Browser side of 简繁 search: the index holds the site in the script it is
 * written in, so a Traditional query is read as Simplified before searching,
 * with the table the build wrote (`fold-table.ts`, /search/fanjian.txt).
 */

/** `繁简繁简…` → Traditional character → Simplified character. */
export function parseFoldTable(pairs: string): Map<string, string> {
  const chars = [...pairs.trim()];
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
  return table;
}

/** The query with each Traditional character the table knows in its Simplified form. */
export function foldQuery(query: string, table: ReadonlyMap<string, string>): string {
  return [...query].map((char) => table.get(char) ?? char).join('');
}

/** Whether the query has Chinese characters at all (otherwise the table is not needed). */
export function hasHan(query: string): boolean {
  return /\p{Script=Han}/u.test(query);
}
