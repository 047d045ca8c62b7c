/**
 * Hard-links a release's files into another folder: thousands of files, no
 * copies and no space. Both folders are under the publisher's output folder,
 * so on one disk. Asynchronous: the publisher links a whole release (about
 * 12 000 files at 5000 entries) right after a publish, while its server
 * answers the readers who come for the change.
 */
import { link, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** How many links or folders are asked of the file system at once. */
const AT_ONCE = 64;

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += AT_ONCE) await Promise.all(items.slice(i, i + AT_ONCE).map(work));
}

/** Links every file under `from` whose path (relative, with `/`) `include` accepts to the same path under `to`; resolves with how many. */
export async function linkTree(from: string, to: string, include: (path: string) => boolean): Promise<number> {
  const paths = (await readdir(from, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(from, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter(include);
  // Each folder made once, before its files: a release's pages are thousands of folders of one file.
  await inBatches([...new Set(paths.map((path) => dirname(join(to, path))))], (folder) => mkdir(folder, { recursive: true }));
  await inBatches(paths, (path) => link(join(from, path), join(to, path)));
  return paths.length;
}
