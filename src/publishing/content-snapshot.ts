/**
 * The content folder as it was at the last publish that passed the check. When
 * an author's file is broken at the moment a notice expires, the publisher
 * rebuilds from this copy at the new time, so the live site still turns the
 * notice 已失效 on time instead of waiting for the file to be fixed.
 *
 * Text files are copied (editors often rewrite them in place); media files are
 * hard-linked (large, and replaced rather than edited).
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const TEXT_FILE = /\.(md|mdx|ya?ml|txt|json)$/i;

/** Replaces `snapshotDir` with a copy of `contentDir`. */
export function snapshotContent(contentDir: string, snapshotDir: string): void {
  const next = `${snapshotDir}.new`;
  rmSync(next, { recursive: true, force: true });
  for (const entry of readdirSync(contentDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = join(entry.parentPath, entry.name);
    const target = join(next, relative(contentDir, source));
    mkdirSync(dirname(target), { recursive: true });
    if (TEXT_FILE.test(entry.name)) copyFileSync(source, target);
    else {
      try {
        linkSync(source, target);
      } catch {
        copyFileSync(source, target); // another disk
      }
    }
  }
  const old = `${snapshotDir}.old`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(snapshotDir, old);
  } catch {
    // no snapshot yet
  }
  renameSync(next, snapshotDir);
  rmSync(old, { recursive: true, force: true });
}
