/**
 * Old benchmark output is renamed into a trash folder and deleted only when
 * every timed build is over. Deleting a build's worth of files just before the
 * next build makes ext4 slow to create files for a while: it skips inodes freed
 * in the last minute (`recently_deleted`) one by one, so each new file costs
 * more the more were just deleted. At N = 5000 that added ≈ 9 s of system time
 * to a build that writes 31 000 files (docs/performance.md, round 7), and less
 * to the baseline's 9000 — the benchmark's own cleanup, not build work.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';

/** ext4 passes over inodes freed less than a minute ago once their table is written out (sync). */
const SETTLE_MS = 65_000;

export class Trash {
  private readonly dir: string;
  private readonly stamp: string;
  private count = 0;

  constructor(benchDir: string) {
    this.dir = join(benchDir, 'trash');
    this.stamp = join(benchDir, 'trash-emptied-at');
  }

  /** Renames `path` into the trash (no file is deleted now); nothing happens when it is absent. */
  setAside(path: string): void {
    if (!existsSync(path)) return;
    mkdirSync(this.dir, { recursive: true });
    renameSync(path, join(this.dir, `${process.pid}-${++this.count}-${basename(path)}`));
  }

  /** Waits out the minute after the last bench emptied its trash, so a bench started right after one is not slowed by it. */
  async settle(log: (message: string) => void): Promise<void> {
    const emptied = existsSync(this.stamp) ? Number(readFileSync(this.stamp, 'utf8')) : 0;
    const wait = emptied + SETTLE_MS - Date.now();
    if (wait <= 0) return;
    log(`waiting ${Math.ceil(wait / 1000)} s: the last benchmark deleted its old builds a moment ago`);
    await new Promise((done) => setTimeout(done, wait));
  }

  /** Deletes everything set aside, then writes it out (sync) and notes when. */
  empty(): void {
    if (!existsSync(this.dir)) return;
    rmSync(this.dir, { recursive: true, force: true });
    execFileSync('sync');
    writeFileSync(this.stamp, String(Date.now()));
  }
}
