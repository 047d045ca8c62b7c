/**
 * Which file a path holds, as the file system tells it without reading it:
 * device, inode, size and modification time (ns). Any write to the file
 * changes its size or time, a new file at the path its inode; a hard link, as
 * page reuse makes between releases, is the same file. Page reuse values a
 * file a page reads by it, the search staging skips a page that is still the
 * file it staged, the publisher's check goes to the build while every content
 * file is still the one it checked.
 */
import { statSync } from 'node:fs';

/** The identity of the file at `path`; undefined when there is none. */
export function fileIdentity(path: string): string | undefined {
  const stat = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stat && `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}
