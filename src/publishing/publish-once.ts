/**
 * One publish: check the content, build a new release beside the live one,
 * and make it live only when every step succeeded. Bad content or a failed
 * build leaves the live release as it was; the reason is returned in Chinese.
 *
 * The build starts as the check does: a process started ahead loads Astro's
 * configuration meanwhile and then takes the check (src/checking/check-handoff.ts);
 * a failed check stops it.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentFolder, type ContentCheck } from '../checking/content-check';
import { contentFingerprint, writeCheckHandoff } from '../checking/check-handoff';
import { formatProblems } from '../checking/content-problems';
import { nextOutputChange, type NextChange } from '../lifecycle/next-change';
import { deltaOf } from '../search/delta-index';
import { pageReadsOf } from '../page-reuse/page-reuse';
import { carryForwardAssets } from './carry-forward';
import { activateRelease, currentRelease, discardRelease, prepareRelease, pruneReleases, releaseDir } from './releases';
import { buildSite, type PublisherProcesses } from './site-build';

/** Beside the releases, never served (only `current/` is). */
const CHECK_HANDOFF_FILE = '.checked-content';

export interface PublishRequest {
  /** The release folder: `releases/<id>/` and the `current` link. */
  outDir: string;
  contentDir: string;
  /** The release's "now" (one per build). */
  now: Date;
  verifyWithinDays: number;
  /** Releases kept, the live one included. */
  keep?: number;
  /** Index only the pages that differ from the live release's full index when few do (src/search/delta-choice.ts). */
  searchDelta?: boolean;
  /** The live publisher's processes, started ahead (processes-ahead.ts). */
  processes?: PublisherProcesses;
}

export type PublishOutcome =
  | {
      ok: true;
      release: string;
      seconds: number;
      entries: number;
      next: NextChange | undefined;
      /** `delta`: the release searches its full index plus a delta; its full index is still to be built. */
      searchIndex: 'full' | 'delta';
      /** Seconds the search index step took. */
      indexSeconds: number;
      /** Entry, region and month pages taken unchanged from the release before, and rendered again (src/page-reuse/). */
      pages: { reused: number; rendered: number } | undefined;
    }
  | { ok: false; stage: 'check' | 'build'; seconds: number; message: string };

export async function publishOnce(request: PublishRequest): Promise<PublishOutcome> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const displayRoot = join(request.contentDir, '..');

  // Release ids follow the wall clock (build order), whatever "now" the content is built at.
  const { id, dir } = prepareRelease(request.outDir);
  const previous = currentRelease(request.outDir);
  const live = previous ? releaseDir(request.outDir, previous) : undefined;
  const deltaFrom = request.searchDelta ? live : undefined;
  // The build waits for this publish's check, never the last one's.
  const checked = join(request.outDir, CHECK_HANDOFF_FILE);
  rmSync(checked, { force: true });
  let checkPassed: (passed: boolean) => void = () => undefined;
  const passed = new Promise<boolean>((resolve) => (checkPassed = resolve));
  const building = buildSite(dir, { contentDir: request.contentDir, now: request.now, cacheFor: request.outDir, deltaFrom, reusePagesFrom: live, checkedContent: checked, checkPassed: passed, processes: request.processes });

  let check: ContentCheck;
  try {
    // The build's process is told to start before the check holds this one.
    await new Promise((resume) => setImmediate(resume));
    const fingerprint = contentFingerprint(request.contentDir);
    check = checkContentFolder(request.contentDir, displayRoot);
    // The build need not check the folder again while it is as checked here.
    if (!check.problems.length) writeCheckHandoff(checked, request.contentDir, check, fingerprint, displayRoot);
  } catch (error) {
    checkPassed(false);
    await building;
    discardRelease(request.outDir, id);
    throw error;
  }
  checkPassed(check.problems.length === 0);
  if (check.problems.length) {
    await building;
    discardRelease(request.outDir, id);
    return { ok: false, stage: 'check', seconds: seconds(), message: formatProblems(check.problems) };
  }
  const build = await building;
  if (!build.ok) {
    discardRelease(request.outDir, id);
    return { ok: false, stage: 'build', seconds: seconds(), message: `网站生成失败：\n${build.failure ?? ''}` };
  }
  if (previous) carryForwardAssets(releaseDir(request.outDir, previous), dir);
  activateRelease(request.outDir, id);
  pruneReleases(request.outDir, request.keep);
  const next = nextOutputChange(check.entries, request.now, { verifyWithinDays: request.verifyWithinDays });
  const reads = pageReadsOf(dir);
  const pages = reads && { reused: reads.reused, rendered: reads.rendered };
  return { ok: true, release: id, seconds: seconds(), entries: check.entries.length, next, searchIndex: deltaOf(dir) ? 'delta' : 'full', indexSeconds: build.indexSeconds ?? 0, pages };
}
