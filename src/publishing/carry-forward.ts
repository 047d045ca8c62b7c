/**
 * A reader who opened a page just before a publish may still ask for the
 * previous release's hashed scripts, styles, images or search chunks, which the
 * new release names differently. The new release keeps them for a day as hard
 * links (no copy, no space), so a page from an older release keeps working.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Folders whose files are named by their content (docs/deploy/nginx.conf caches them for a year). */
const HASHED_FOLDERS = ['_astro', 'pagefind'];
/** How long a file a build no longer makes is kept: a page open that long has long been reloaded. */
const CARRY_FOR_MS = 24 * 60 * 60 * 1000;
/** Each release's list of carried files and when each was first carried (not served: a dotfile). */
export const CARRIED_LIST = '.carried.json';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
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
  for (const folder of HASHED_FOLDERS) {
    for (const file of filesUnder(join(previous, folder))) {
      const path = relative(previous, file).split('\\').join('/');
      const target = join(next, path);
      const since = before[path] ?? now;
      if (existsSync(target) || now - since > CARRY_FOR_MS) continue;
      mkdirSync(dirname(target), { recursive: true });
      linkSync(file, target);
      carried[path] = since;
    }
  }
  writeFileSync(join(next, CARRIED_LIST), JSON.stringify(carried));
  return Object.keys(carried).length;
}
