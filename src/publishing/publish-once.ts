/**
 * One publish: check the content, build a new release beside the live one,
 * and make it live only when every step succeeded. Bad content or a failed
 * build leaves the live release as it was; the reason is returned in Chinese.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentFolder } from '../checking/content-check';
import { writeCheckHandoff } from '../checking/check-handoff';
import { contentFingerprint } from '../checking/content-fingerprint';
import { formatProblems } from '../checking/content-problems';
import { nextOutputChange, type NextChange } from '../lifecycle/next-change';
import { deltaOf } from '../search/delta-index';
import { pageReadsOf } from '../page-reuse/page-reuse';
import { carryForwardAssets } from './carry-forward';
import { activateRelease, currentRelease, discardRelease, prepareRelease, pruneReleases, releaseDir } from './releases';
import { buildSite, type PublisherProcesses } from './site-build';
import { buildTarget, type BuildAhead } from './build-ahead';

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
  /** The live publisher's next build, started before this publish was asked for (build-ahead.ts). */
  ahead?: BuildAhead;
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
  const previous = currentRelease(request.outDir);
  const target = buildTarget(request.outDir, request.contentDir);
  const checked = target.checkedContent!;
  // The build started before this publish, when it is this one's (build-ahead.ts).
  const ahead = request.processes ? request.ahead?.take(request.outDir, target) : undefined;
  // Release ids follow the wall clock (build order), whatever "now" the content is built at.
  const { id, dir } = ahead?.release ?? prepareRelease(request.outDir);
  const live = target.reusePagesFrom;
  const deltaFrom = request.searchDelta ? live : undefined;
  const buildOptions = { contentDir: request.contentDir, now: request.now, cacheFor: request.outDir, deltaFrom, reusePagesFrom: live, processes: request.processes };

  // In the publisher's processes the build starts now (or has started: `ahead`), beside the check, and
  // reads the check's handoff once told it is written (publisher-word.ts); a check with problems ends it.
  let handOver: (written: boolean) => void = () => undefined;
  const stopBuild = new AbortController();
  const early = request.processes
    ? buildSite(dir, { ...buildOptions, checkedContent: checked, handoff: new Promise<boolean>((settle) => (handOver = settle)), signal: stopBuild.signal, startedAhead: ahead?.child })
    : undefined;
  const abandon = async () => {
    stopBuild.abort();
    handOver(false);
    await early;
    discardRelease(request.outDir, id);
  };
  // The build's word is sent before the check takes the thread.
  if (early) await new Promise((next) => setImmediate(next));
  let handedOver: boolean;
  let check: ReturnType<typeof checkContentFolder>;
  try {
    const fingerprint = contentFingerprint(request.contentDir);
    check = checkContentFolder(request.contentDir, displayRoot);
    if (check.problems.length) {
      await abandon();
      return { ok: false, stage: 'check', seconds: seconds(), message: formatProblems(check.problems) };
    }
    // The build need not check the folder again while it is as checked here (src/checking/check-handoff.ts).
    handedOver = writeCheckHandoff(checked, request.contentDir, check, fingerprint, displayRoot);
    // Not written: an older handoff must not be read in its place.
    if (!handedOver) rmSync(checked, { force: true });
  } catch (error) {
    await abandon();
    throw error;
  }
  handOver(handedOver);
  const build = await (early ?? buildSite(dir, { ...buildOptions, checkedContent: handedOver ? checked : undefined }));
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
