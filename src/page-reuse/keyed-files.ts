/**
 * Files a step after the pages writes (posters, the web editor), each made from inputs the
 * step can hand over whole: a file is made again only when the hash of its
 * inputs or the code key (code-key.ts) differs from the release before's;
 * else it is that release's file, hard-linked. Unlike a page, such a file
 * reads nothing behind the step's back, so its inputs are its key.
 *
 * Active only when the build is given REUSE_PAGES_FROM, as page reuse is: a
 * build without it makes every file and records nothing.
 */
import { createHash } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface KeyRecord {
  code: string;
  files: Record<string, string>;
}

function recordOf(path: string): KeyRecord | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as KeyRecord;
  } catch {
    return undefined; // none yet, or cut short: make every file
  }
}

export class KeyedFiles {
  private readonly before: KeyRecord | undefined;
  private readonly keys: Record<string, string> = {};
  reused = 0;
  made = 0;

  /**
   * @param recordName the record beside the release's pages (a dot-file: never served)
   * @param code the code key; undefined when files are not to be reused (no REUSE_PAGES_FROM)
   * @param reuseFrom the release before, if any
   */
  constructor(
    readonly outDir: string,
    private readonly recordName: string,
    private readonly code: string | undefined,
    private readonly reuseFrom: string | undefined,
  ) {
    this.before = code !== undefined && reuseFrom ? recordOf(join(reuseFrom, recordName)) : undefined;
  }

  /**
   * Links `file` (relative to the release) from the release before when `inputs` hash as they did
   * then, and says so; else the caller makes the file (its folder is there).
   */
  take(file: string, inputs: unknown): boolean {
    const target = join(this.outDir, file);
    mkdirSync(dirname(target), { recursive: true });
    if (this.code !== undefined) {
      const key = createHash('sha256').update(JSON.stringify(inputs) ?? 'undefined').digest('base64url');
      this.keys[file] = key;
      if (this.before?.code === this.code && this.before.files[file] === key && this.reuseFrom && this.link(join(this.reuseFrom, file), target)) {
        this.reused++;
        return true;
      }
    }
    this.made++;
    return false;
  }

  /** Writes `file` from `make()`, unless the release before's can be taken. */
  write(file: string, inputs: unknown, make: () => string | Uint8Array): void {
    if (!this.take(file, inputs)) writeFileSync(join(this.outDir, file), make());
  }

  /** False when the release before has no such file (it was removed by hand): the file is then made. */
  private link(from: string, to: string): boolean {
    try {
      linkSync(from, to);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  /** Writes the record for the next build (when reusing is on). */
  finish(): void {
    if (this.code !== undefined) writeFileSync(join(this.outDir, this.recordName), JSON.stringify({ code: this.code, files: this.keys }));
  }
}
