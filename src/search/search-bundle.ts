/**
 * Which files of a kept Pagefind bundle are still in use. Pagefind names its
 * index files by a hash of their contents and does not rewrite a file that
 * already exists, so a bundle kept between builds only gets the files that
 * changed — but it also keeps every file a page has stopped using. The index's
 * metadata file names every file it uses; the rest are stale.
 */

/** Pagefind's marker before the payload of each of its (gunzipped) files. */
export const PAGEFIND_PREFIX = 'pagefind_dcd';

export interface PagefindEntry {
  /** Per language: `hash` names its metadata file, `pagefind.<hash>.pf_meta`. */
  languages: Record<string, { hash: string }>;
}

/** Every string in a decoded metadata file, wherever the format puts it (file hashes among them). */
export function namesIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) namesIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) namesIn(item, into);
  return into;
}

const metaFile = (hash: string) => `pagefind.${hash}.pf_meta`;

/**
 * The bundle's files (paths relative to it, `/`-separated) that the current
 * index no longer uses: metadata files of earlier indexes, and fragments,
 * word chunks and filters (any file in a subfolder) whose hash the metadata
 * does not name. Pagefind's scripts, styles and wasm at the top level stay.
 */
export function staleBundleFiles(files: string[], entry: PagefindEntry, metas: unknown[]): string[] {
  const metaFiles = new Set(Object.values(entry.languages).map((language) => metaFile(language.hash)));
  const used = new Set<string>();
  for (const meta of metas) namesIn(meta, used);
  return files.filter((file) => {
    const slash = file.lastIndexOf('/');
    if (slash < 0) return file.endsWith('.pf_meta') && !metaFiles.has(file);
    const name = file.slice(slash + 1);
    const dot = name.lastIndexOf('.');
    return !used.has(dot < 0 ? name : name.slice(0, dot));
  });
}

/**
 * Whether the fragments (one per indexed page) name each page once. Pagefind
 * shortens its hashes to seven characters; when two pages' hashes share them,
 * it gives the later page a longer name — but if the kept bundle already has
 * a file under the short name from the other page, Pagefind keeps that file,
 * and one page's search result would show the other's text. Both files then
 * carry the same page's URL, so the bundle must be rebuilt.
 */
export function fragmentsNameEachPageOnce(fragmentUrls: string[], pageCount: number): boolean {
  return fragmentUrls.length === pageCount && new Set(fragmentUrls).size === pageCount;
}

/**
 * Whether a Pagefind file's name (`cmn_1a2b3c4.pf_fragment`) is the hash of its
 * payload (`payloadSha1`, the SHA-1 of what follows Pagefind's marker): Pagefind
 * names a file by the start of that hash, in hex without zero padding per byte.
 * A file edited or cut short since it was written no longer matches.
 */
export function nameMatchesPayload(fileName: string, payloadSha1: Uint8Array): boolean {
  const dot = fileName.indexOf('.');
  const base = dot < 0 ? fileName : fileName.slice(0, dot);
  const hash = base.slice(base.lastIndexOf('_') + 1);
  const hex = Array.from(payloadSha1, (byte) => byte.toString(16)).join('');
  return hash.length > 0 && hex.startsWith(hash);
}

/** The URL Pagefind gives a page file (`notices/a/index.html` → `/notices/a/`). */
export function pagefindUrl(file: string): string {
  return `/${file.replaceAll('\\', '/').replaceAll('index.html', '')}`;
}
