/**
 * The content folder as it was at the last publish that passed the check. When
 * an author's file is broken at the moment a notice expires, the publisher
 * rebuilds from this copy at the new time, so the live site still turns the
 * notice 已失效 on time instead of waiting for the file to be fixed.
 *
 * Text files are copied (editors often rewrite them in place); media files are
 * hard-linked (large, and replaced rather than edited). After the first copy
 * only the files that changed since are copied again: a whole copy of 5000
 * files took about 1.4 s, during which the publisher's server could not answer.
 * A snapshot that lost a race with an author's next save is harmless: a
 * rebuild from it is checked like any other publish.
 */
import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
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
  take(): void {
    const sources = new Set(filesUnder(this.contentDir));
    for (const path of filesUnder(this.dir)) {
      if (!sources.has(path)) {
        rmSync(join(this.dir, path), { force: true });
        this.taken.delete(path);
      }
    }
    for (const path of sources) {
      const source = join(this.contentDir, path);
      const identity = fileIdentity(source);
      if (identity === undefined || this.taken.get(path) === identity) continue;
      const target = join(this.dir, path);
      mkdirSync(dirname(target), { recursive: true });
      // A new file, never one written through a hard link into the content folder.
      rmSync(target, { force: true });
      if (TEXT_FILE.test(path)) copyFileSync(source, target);
      else {
        try {
          linkSync(source, target);
        } catch {
          copyFileSync(source, target); // another disk
        }
      }
      this.taken.set(path, identity);
    }
  }
}
