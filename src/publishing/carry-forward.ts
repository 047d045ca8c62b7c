/**
 * A reader who opened a page just before a publish may still ask for the
 * previous release's hashed scripts, styles, images or search chunks, which the
 * new release names differently. The new release keeps them for a day as hard
 * links (no copy, no space), so a page from an older release keeps working.
 */
import { linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Folders whose files are named by their content (docs/deploy/nginx.conf caches them for a year). */
const HASHED_FOLDERS = ['_astro', 'pagefind'];
/** How long a file a build no longer makes is kept: a page open that long has long been reloaded. */
const CARRY_FOR_MS = 24 * 60 * 60 * 1000;
/** Each release's list of carried files and when each was first carried (not served: a dotfile). */
export const CARRIED_LIST = '.carried.json';

/**
 * The files under `folder` of `previous` that `next` lacks (site paths), found a folder at a time:
 * a stat of each file took a third of a second at 5000 entries, where the search index's files are
 * nearly all in both releases.
 */
function filesLacking(previous: string, next: string, folder: string): string[] {
  const names = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const lacking: string[] = [];
  const walk = (path: string) => {
    const there = new Set(names(join(next, path)).map((entry) => entry.name));
    for (const entry of names(join(previous, path))) {
      const child = `${path}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile() && !there.has(entry.name)) lacking.push(child);
    }
  };
  walk(folder);
  return lacking;
}

/** The files a release only carries for readers of older releases (site paths, `_astro/…`, `pagefind/…`) → when first carried. */
export function carriedFiles(release: string): Record<string, number> {
  try {
    return JSON.parse(readFileSync(join(release, CARRIED_LIST), 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/** Links into `next` every hashed file of `previous` that `next` lacks, for a day; returns how many. */
export function carryForwardAssets(previous: string, next: string, now = Date.now()): number {
  const before = carriedFiles(previous);
  const carried: Record<string, number> = {};
  const folders = new Set<string>();
  for (const folder of HASHED_FOLDERS) {
    for (const path of filesLacking(previous, next, folder)) {
      const since = before[path] ?? now;
      if (now - since > CARRY_FOR_MS) continue;
      const target = join(next, path);
      // Thousands of carried search files share a few folders: each made once.
      if (!folders.has(dirname(target))) mkdirSync(dirname(target), { recursive: true });
      folders.add(dirname(target));
      linkSync(join(previous, path), target);
      carried[path] = since;
    }
  }
  writeFileSync(join(next, CARRIED_LIST), JSON.stringify(carried));
  return Object.keys(carried).length;
}
