/**
 * Atomic releases for the live publisher. Each build is written into its own
 * folder, `OUT/releases/<id>/`, and goes live by switching the symlink
 * `OUT/current` to it. The switch is a rename of a new symlink over the old one,
 * which POSIX makes atomic: whoever opens a file through `current` gets it from
 * the old release or the new one, never a half-written folder or nothing.
 *
 * Each open resolves `current` on its own, so a reader that needs several files
 * from one release (a page and its search index, say) resolves it once
 * (`currentRelease`, or realpath) and reads them under that folder. Old
 * releases are kept for a while (pruneReleases) for readers still holding one.
 */
import { randomInt } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, renameSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { readdir, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Folder in OUT holding one folder per release. */
export const RELEASES_DIR = 'releases';
/** Symlink in OUT to the live release, `releases/<id>` (relative, so OUT can be moved). */
export const CURRENT_LINK = 'current';
/** A release is complete when its builder wrote this file; an incomplete one is never activated. */
export const RELEASE_MARKER = 'index.html';

/** `20261125T100000Z-1a2b`: the build's start in UTC to the second, then a suffix. */
const RELEASE_ID = /^(\d{8}T\d{6}Z)-[0-9a-f]{4}$/;

// Suffixes count up from a random start: ids made by one process never repeat
// (65 536 a second), and two publishers are unlikely to pick the same one
// (prepareRelease's folder creation refuses a taken id anyway).
const suffixStart = randomInt(0x10000);
let issued = 0;

/**
 * A release id made from the time it is created: ids sort by time to the
 * second (UTC, as it names a folder rather than being read by people), and the
 * suffix keeps two ids made in the same second apart.
 */
export function newReleaseId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
  const suffix = ((suffixStart + issued++) % 0x10000).toString(16).padStart(4, '0');
  return `${stamp}-${suffix}`;
}

/** The second a release was created, as its id says (ids of one second share it). */
const stampOf = (id: string): string => RELEASE_ID.exec(id)?.[1] ?? '';

function checkId(id: string): void {
  // Ids become paths: nothing but our own form may reach rm or symlink.
  if (!RELEASE_ID.test(id)) throw new Error(`发布版本编号「${id}」格式不对：应当形如 20261125T100000Z-1a2b`);
}

/** Where release `id` lives under `outDir`. */
export function releaseDir(outDir: string, id: string): string {
  checkId(id);
  return join(outDir, RELEASES_DIR, id);
}

const isComplete = (dir: string): boolean => existsSync(join(dir, RELEASE_MARKER)) && statSync(join(dir, RELEASE_MARKER)).isFile();

/** Creates an empty folder for a new release; the builder writes the site into `dir`. */
export function prepareRelease(outDir: string, now: Date = new Date()): { id: string; dir: string } {
  mkdirSync(join(outDir, RELEASES_DIR), { recursive: true });
  for (;;) {
    const id = newReleaseId(now);
    const dir = releaseDir(outDir, id);
    try {
      // Not recursive: creating the folder fails if another publisher took the id.
      mkdirSync(dir);
      return { id, dir };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** The live release's id, or undefined when nothing is live yet (or `current` is not our symlink). */
export function currentRelease(outDir: string): string | undefined {
  let target: string;
  try {
    target = readlinkSync(join(outDir, CURRENT_LINK));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EINVAL') return undefined;
    throw error;
  }
  const id = target.split(/[\\/]/).filter(Boolean).at(-1) ?? '';
  return RELEASE_ID.test(id) ? id : undefined;
}

/**
 * Makes release `id` the live site in one atomic step. Refuses a release that
 * does not exist or has no index.html (a failed or unfinished build), so the
 * live site is never replaced by an incomplete one.
 */
export function activateRelease(outDir: string, id: string): void {
  const dir = releaseDir(outDir, id);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`发布版本 ${id} 不存在（${dir}），不能上线`);
  if (!isComplete(dir)) throw new Error(`发布版本 ${id} 里没有 ${RELEASE_MARKER}，可能没有生成完或生成失败，不能上线；网站仍是原来的版本`);
  const link = join(outDir, CURRENT_LINK);
  // Only a symlink can be swapped atomically; a real folder there would be overwritten or refuse the rename.
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) {
    throw new Error(`${link} 是普通文件或文件夹，不是指向发布版本的链接，不能切换；请先把它移走，再上线`);
  }
  const temporary = join(outDir, `.${CURRENT_LINK}-${id}-${process.pid}.tmp`);
  rmSync(temporary, { force: true });
  symlinkSync(`${RELEASES_DIR}/${id}`, temporary, 'dir');
  try {
    renameSync(temporary, link);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  // Make the switch itself survive a power cut, not only the files it points to.
  const handle = openSync(outDir, 'r');
  try {
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
}

/** Release folders under `outDir`, oldest first. */
function listReleases(outDir: string): string[] {
  const folder = join(outDir, RELEASES_DIR);
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && RELEASE_ID.test(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Prefix of a release folder being removed. */
const REMOVING = '.removing-';

/** Moves a release out of the way: a rename, so a removal cut short never leaves a half-deleted release. */
function setAside(outDir: string, id: string): string {
  const doomed = join(outDir, RELEASES_DIR, `${REMOVING}${id}`);
  renameSync(releaseDir(outDir, id), doomed);
  return doomed;
}

/**
 * Sets old releases aside: keeps the live one and the `keep - 1` newest
 * complete ones before it (to roll back to, and for readers still inside
 * them), and renames every older one and every older incomplete one (a failed
 * build) out of `releases/`; sweepReleases deletes them. Renaming is quick,
 * deleting a 5000-page release is not (about 2 s), so a publish is reported
 * live first and swept after. Never touches the live release or anything from
 * its second or later (a build in progress). Sets nothing aside while no
 * release is live. Returns the ids set aside.
 */
export function pruneReleases(outDir: string, keep = 3): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`keep 应当是不小于 1 的整数，收到的是 ${keep}`);
  const live = currentRelease(outDir);
  const folder = join(outDir, RELEASES_DIR);
  if (!live || !existsSync(folder)) return [];
  const older = listReleases(outDir).filter((id) => stampOf(id) < stampOf(live));
  const complete = older.filter((id) => isComplete(releaseDir(outDir, id)));
  const kept = new Set(complete.slice(Math.max(0, complete.length - (keep - 1))));
  const removed = older.filter((id) => !kept.has(id));
  for (const id of removed) setAside(outDir, id);
  return removed;
}

/** Files deleted at a time: between two batches a sweep may pause for a publish. */
const SWEEP_BATCH = 256;
const SWEEP_PAUSE_MS = 100;

/**
 * Deletes the releases set aside (and what an interrupted deletion left),
 * without holding up the process: the live server keeps answering meanwhile.
 * While `publishing()` says a publish runs, the sweep waits between batches:
 * deleting a 5000-page release (2–4 s of the disk and a core) beside a publish
 * made the publish that much slower (docs/performance.md, round 20).
 */
export async function sweepReleases(outDir: string, publishing: () => boolean = () => false): Promise<void> {
  const folder = join(outDir, RELEASES_DIR);
  if (!existsSync(folder)) return;
  const doomed = readdirSync(folder).filter((name) => name.startsWith(REMOVING));
  for (const name of doomed) {
    const dir = join(folder, name);
    const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries.filter((entry) => !entry.isDirectory()).map((entry) => join(entry.parentPath, entry.name));
    for (let start = 0; start < files.length; start += SWEEP_BATCH) {
      while (publishing()) await new Promise((resume) => setTimeout(resume, SWEEP_PAUSE_MS));
      await Promise.all(files.slice(start, start + SWEEP_BATCH).map((file) => unlink(file).catch(() => undefined)));
    }
    // The folders left, empty by now (and anything a failed unlink left).
    await rm(dir, { recursive: true, force: true });
  }
}

/** Sets aside the folder of a build that failed or was stopped, for sweepReleases to delete. Refuses the live release. */
export function discardRelease(outDir: string, id: string): void {
  if (currentRelease(outDir) === id) throw new Error(`发布版本 ${id} 正在线上，不能删除；请先上线另一个版本`);
  if (existsSync(releaseDir(outDir, id))) setAside(outDir, id);
}
