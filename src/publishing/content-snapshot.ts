/**
 * The content folder as it was at the last publish that passed the check. When
 * an author's file is broken at the moment a notice expires, the publisher
 * rebuilds from this copy at the new time, so the live site still turns the
 * notice 已失效 on time instead of waiting for the file to be fixed.
 *
 * Text files are copied (editors often rewrite them in place); media files are
 * hard-linked (large, and replaced rather than edited). After the first copy
 * only the files that changed since are copied again, and the copying does not
 * hold the process up: a whole copy of 5000 files took about 1.4 s, during
 * which the publisher could neither answer nor start the next publish. A
 * snapshot that lost a race with an author's next save is harmless: a rebuild
 * from it is checked like any other publish.
 */
import { readdirSync } from 'node:fs';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileIdentity } from '../page-reuse/file-identity';

const TEXT_FILE = /\.(md|mdx|ya?ml|txt|json)$/i;

/** Paths of the files under `dir`, relative to it. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  } catch {
    return []; // no snapshot yet
  }
}

export class ContentSnapshot {
  /** Each file copied, with the identity its source had then (file-identity.ts). */
  private readonly taken = new Map<string, string>();

  constructor(
    private readonly contentDir: string,
    readonly dir: string,
  ) {}

  /** Makes the snapshot equal to the content folder as it is now. */
  async take(): Promise<void> {
    const sources = new Set(filesUnder(this.contentDir));
    for (const path of filesUnder(this.dir)) {
      if (!sources.has(path)) {
        await rm(join(this.dir, path), { force: true });
        this.taken.delete(path);
      }
    }
    for (const path of sources) {
      const source = join(this.contentDir, path);
      const identity = fileIdentity(source);
      if (identity === undefined || this.taken.get(path) === identity) continue;
      const target = join(this.dir, path);
      await mkdir(dirname(target), { recursive: true });
      // A new file, never one written through a hard link into the content folder.
      await rm(target, { force: true });
      if (TEXT_FILE.test(path)) await copyFile(source, target);
      else await link(source, target).catch(() => copyFile(source, target)); // another disk
      this.taken.set(path, identity);
    }
  }
}
