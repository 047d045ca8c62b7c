/**
 * Hard-links a release's files into another folder: thousands of files, no
 * copies and no space. Both folders are under the publisher's output folder,
 * so on one disk.
 */
import { linkSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Links every file under `from` whose path (relative, with `/`) `include` accepts to the same path under `to`; returns how many. */
export function linkTree(from: string, to: string, include: (path: string) => boolean): number {
  let linked = 0;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const path = relative(from, file).split('\\').join('/');
    if (!include(path)) continue;
    const target = join(to, path);
    mkdirSync(dirname(target), { recursive: true });
    linkSync(file, target);
    linked++;
  }
  return linked;
}
