/**
 * The next build, started before the save it will publish. While the
 * publisher waits, a process (processes-ahead.ts) runs Astro's build of the
 * next release up to the point where it reads the content: the config and
 * its modules, Astro's setup, its Vite server for the collections, the
 * content config, the store as the last build left it — about three seconds
 * of every publish at 5000 entries (docs/performance.md, round 21). There it
 * waits for the publisher's word: the save's "now", then the check handed
 * over (publisher-word.ts). Nothing before that point reads the content
 * folder or the clock, so the release is the one a build started at the save
 * would make.
 *
 * A build is prepared for one release folder, one content folder and one
 * release to take unchanged pages from (the live one). A publish asking for
 * anything else — the last good content after a broken save, a live release
 * changed meanwhile — ends the prepared build, sets its folder aside, and
 * builds as before.
 */
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { currentRelease, discardRelease, prepareRelease, releaseDir } from './releases';
import type { ProcessesAhead } from './processes-ahead';
import { buildWork, type BuildTarget } from './site-build';

/** Beside the releases, never served (only `current/` is): the publisher's check, handed to the build (src/checking/check-handoff.ts). */
export const checkHandoffFile = (outDir: string): string => join(outDir, '.checked-content');

/** What a publish builds into `outDir` when `contentDir` is published over the live release. */
export function buildTarget(outDir: string, contentDir: string): BuildTarget {
  const live = currentRelease(outDir);
  return { contentDir, reusePagesFrom: live ? releaseDir(outDir, live) : undefined, checkedContent: checkHandoffFile(outDir) };
}

const keyOf = (outDir: string, target: BuildTarget): string => JSON.stringify([outDir, target.contentDir, target.reusePagesFrom ?? '', target.checkedContent ?? '']);

export interface BuildStartedAhead {
  release: { id: string; dir: string };
  child: ChildProcess;
}

export class BuildAhead {
  private prepared: { key: string; outDir: string; release: { id: string; dir: string } } | undefined;

  constructor(private readonly processes: ProcessesAhead) {}

  /**
   * Starts the next publish's build of `contentDir` into a new release of
   * `outDir`, over the live release, unless one for that is waiting already
   * (any other is ended). Not before the first release: that build has
   * nothing to reuse, and runs while the publisher starts anyway.
   */
  prepare(outDir: string, contentDir: string): void {
    const target = buildTarget(outDir, contentDir);
    // Already started for this very target, and still waiting: kept.
    if (this.prepared?.key === keyOf(outDir, target) && this.processes.preparedWaiting()) return;
    this.drop();
    if (!target.reusePagesFrom) return;
    const release = prepareRelease(outDir);
    this.processes.prepare({ ...buildWork(release.dir, target), awaitHandoff: true, ahead: true });
    this.prepared = { key: keyOf(outDir, target), outDir, release };
  }

  /** The build prepared for exactly this target, if its process still runs; any other is dropped. */
  take(outDir: string, target: BuildTarget): BuildStartedAhead | undefined {
    const prepared = this.prepared;
    const child = prepared?.key === keyOf(outDir, target) ? this.processes.takePrepared() : undefined;
    if (!prepared || !child) {
      this.drop();
      return undefined;
    }
    this.prepared = undefined;
    return { release: prepared.release, child };
  }

  /** Ends the prepared build, if any, and sets its release folder aside. */
  drop(): void {
    const prepared = this.prepared;
    this.prepared = undefined;
    this.processes.dropPrepared();
    if (prepared) discardRelease(prepared.outDir, prepared.release.id);
  }
}
