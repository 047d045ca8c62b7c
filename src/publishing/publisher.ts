/**
 * The live publisher: publishes the content folder now, again after every
 * change to it, and again by itself at the next moment the site's output
 * changes (a notice takes effect or expires, a scheduled notice goes public, a
 * hotline falls due for 待核实) — computed from the content, at least once a
 * day. One publish runs at a time; changes made meanwhile are published
 * together right after. A failed publish leaves the live release as it was.
 *
 * A publish indexes for search only the pages that changed, when few did (a
 * delta, src/search/delta-choice.ts); once it is live and nothing else is
 * waiting, the full index is built and published as the next release
 * (complete-search-index.ts). A change saved meanwhile stops that and is
 * published at once.
 */
import { join } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { Cron } from 'croner';
import { describeNextChange, type NextChange } from '../lifecycle/next-change';
import { deltaOf } from '../search/delta-index';
import { completeSearchIndex, type SearchIndexReport } from './complete-search-index';
import { ContentSnapshot } from './content-snapshot';
import { publishOnce, type PublishOutcome } from './publish-once';
import { currentRelease, releaseDir, sweepReleases } from './releases';
import { publisherProcesses } from './site-build';
import { BuildAhead } from './build-ahead';

/** Even with nothing due, republish within a day (a safety net for what no date announces). */
const AT_LEAST_EVERY_MS = 24 * 60 * 60 * 1000;
/** Saves come in bursts (an editor writes a temp file, then renames it): wait this long for quiet. */
const SETTLE_MS = 150;

export interface PublisherOptions {
  outDir: string;
  contentDir: string;
  verifyWithinDays: number;
  /** Told about every publish, as it ends. */
  onPublish: (report: PublishReport) => void;
  /** Told when a release's full search index was published after its delta, or was put off. */
  onSearchIndex: (report: SearchIndexReport) => void;
}

export interface PublishReport {
  /** Why it ran, in Chinese: `notices/x.md 有改动`, `到时自动发布：第4号通告 生效`. */
  trigger: string;
  outcome: PublishOutcome;
  /** True when the content folder had problems and the last good content was built at the new time. */
  fromSnapshot: boolean;
  /** The live release after this publish. */
  live: string | undefined;
  /** When the publisher will publish by itself next, and why (`下次自动发布：…（第4号通告 生效）`). */
  nextAt: Date | undefined;
  nextWhy: string;
  /** The content files whose changes it took in (the web editor finds its save there). */
  files: string[];
  /** When it finished: what the office's status page and the web editor compare a save with. */
  at: Date;
}

export interface PublisherState {
  busy: boolean;
  live: string | undefined;
  last: PublishReport | undefined;
  lastGood: PublishReport | undefined;
}

export class Publisher {
  readonly state: PublisherState;
  private readonly snapshot: ContentSnapshot;
  /** Bringing the snapshot up to the content just published, while the publisher goes on. */
  private snapshotting: Promise<void> = Promise.resolve();
  /** Deleting the releases set aside, after a publish was reported (releases.ts). */
  private sweeping: Promise<void> = Promise.resolve();
  /** Each build's and each search index's process, started while the one before ran or the publisher waited. */
  private readonly processes = publisherProcesses(() => this.quiet());
  /** Told when a publish is over (processes-ahead.ts starts the next processes then). */
  private quietWaiters: (() => void)[] = [];
  /** The next publish's build, started while the publisher waits for a save (build-ahead.ts). */
  private readonly ahead = new BuildAhead(this.processes.build);
  private stopping = false;
  private pending: string[] = [];
  /** Content files changed since the last publish began (paths in the content folder). */
  private pendingFiles = new Set<string>();
  private running: Promise<void> | undefined;
  private timer: Cron | undefined;
  private dueAt = 0;
  private watcher: FSWatcher | undefined;
  private settle: NodeJS.Timeout | undefined;
  private changed = new Set<string>();
  /** The next timed publish and why, in Chinese. */
  private next: { at: Date; why: string } | undefined;
  /** Stops the full search index being built in the background. */
  private completing: AbortController | undefined;

  constructor(private readonly options: PublisherOptions) {
    this.snapshot = new ContentSnapshot(options.contentDir, join(options.outDir, 'last-good-content'));
    this.state = { busy: false, live: currentRelease(options.outDir), last: undefined, lastGood: undefined };
  }

  /** Publishes now, then on every change to the content folder. */
  async start(): Promise<void> {
    this.watcher = watch(this.options.contentDir, { ignoreInitial: true });
    this.watcher.on('all', (_event, path) => this.fileChanged(path));
    await new Promise<void>((ready) => this.watcher!.once('ready', () => ready()));
    // The first copy of the folder is the long one: taken beside the first build, not after it, when
    // the next save may already be publishing. Taken again (only what changed) once the build passed.
    this.takeSnapshot();
    await this.request('启动');
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.completing?.abort();
    this.timer?.stop();
    clearTimeout(this.settle);
    await this.watcher?.close();
    await this.running;
    this.ahead.drop();
    this.processes.build.stop();
    this.processes.index.stop();
    await this.snapshotting;
    await this.sweeping;
  }

  private fileChanged(path: string): void {
    this.changed.add(path.slice(this.options.contentDir.length + 1) || path);
    clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      const files = [...this.changed];
      this.changed.clear();
      void this.request(`${files.slice(0, 3).join('、')}${files.length > 3 ? ` 等 ${files.length} 个文件` : ''} 有改动`, files);
    }, SETTLE_MS);
  }

  /** Asks for a publish; resolves when one that includes this request has ended. */
  request(trigger: string, files: readonly string[] = []): Promise<void> {
    this.pending.push(trigger);
    for (const file of files) this.pendingFiles.add(file);
    // A change waits for no full search index: it is published first, with its own delta.
    this.completing?.abort();
    this.running ??= this.drain().finally(() => (this.running = undefined));
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending.length) {
      const trigger = [...new Set(this.pending)].join('；');
      const files = [...this.pendingFiles];
      this.pending = [];
      this.pendingFiles.clear();
      this.state.busy = true;
      let report: PublishReport;
      try {
        report = await this.publish(trigger, files);
        this.options.onPublish(report);
      } finally {
        this.state.busy = false;
        for (const resume of this.quietWaiters.splice(0)) resume();
      }
      // Once the release is live and reported, and without holding up the next publish.
      if (report.outcome.ok) this.takeSnapshot();
      this.sweep();
      // The next publish's build starts now, up to where it needs the saved content: a save made while the full
      // index is built (below) finds it ready. A full index that goes live makes it a build over an older release:
      // it is started again over the new one.
      this.prepareNext();
      if (!this.pending.length) await this.completeSearchIndex();
    }
    this.prepareNext();
  }

  /** Starts the next publish's build ahead (build-ahead.ts), unless one over the live release waits already. */
  private prepareNext(): void {
    if (!this.stopping && !this.pending.length) this.ahead.prepare(this.options.outDir, this.options.contentDir);
  }

  /** When the live release searches a delta, publishes its full index as the next release (stopped by any new request). */
  private async completeSearchIndex(): Promise<void> {
    const live = currentRelease(this.options.outDir);
    if (!live || !deltaOf(releaseDir(this.options.outDir, live))) return;
    this.completing = new AbortController();
    try {
      const outcome = await completeSearchIndex(this.options.outDir, live, this.completing.signal, undefined, this.processes.index);
      this.state.live = currentRelease(this.options.outDir);
      this.options.onSearchIndex({ from: live, outcome, at: new Date() });
    } finally {
      this.completing = undefined;
    }
    this.sweep();
  }

  /** Resolves when no publish runs. */
  private quiet(): Promise<void> {
    return this.state.busy ? new Promise((resume) => this.quietWaiters.push(resume)) : Promise.resolve();
  }

  /** Brings the last good content up to the folder as just published, in the background, one after another. */
  private takeSnapshot(): void {
    this.snapshotting = this.snapshotting
      .then(() => this.snapshot.take())
      .catch((error: Error) => {
        process.stderr.write(`保存最近一次通过检查的内容时出错：${error.message}\n`);
      });
  }

  /** Deletes the releases set aside, in the background, one sweep after another, pausing while a publish runs. */
  private sweep(): void {
    this.sweeping = this.sweeping.then(() => sweepReleases(this.options.outDir, () => this.state.busy)).catch(() => undefined);
  }

  /** The build's "now": the clock, but never before the instant a timed publish was due (timers may fire a little early). */
  private buildNow(): Date {
    return new Date(Math.ceil(Math.max(Date.now(), this.dueAt) / 1000) * 1000);
  }

  private async publish(trigger: string, files: string[]): Promise<PublishReport> {
    const request = { outDir: this.options.outDir, verifyWithinDays: this.options.verifyWithinDays, now: this.buildNow(), searchDelta: true, processes: this.processes, ahead: this.ahead };
    const outcome = await publishOnce({ ...request, contentDir: this.options.contentDir });
    if (outcome.ok) return this.finish({ trigger, files }, outcome, outcome, false);
    if (this.next !== undefined && request.now >= this.next.at) {
      // The content cannot be published, but the live site is due to change: rebuild what was last good at the new time.
      await this.snapshotting;
      const rebuilt = await publishOnce({ ...request, contentDir: this.snapshot.dir });
      if (rebuilt.ok) return this.finish({ trigger, files }, outcome, rebuilt, true);
    }
    return this.finish({ trigger, files }, outcome, undefined, false);
  }

  /** Records the outcome; a release that went live sets the next timed publish from its content. */
  private finish(
    cause: Pick<PublishReport, 'trigger' | 'files'>,
    outcome: PublishOutcome,
    published: PublishOutcome | undefined,
    fromSnapshot: boolean,
  ): PublishReport {
    if (published?.ok) this.schedule(published.next);
    this.state.live = currentRelease(this.options.outDir);
    const report: PublishReport = { ...cause, outcome, fromSnapshot, live: this.state.live, nextAt: this.next?.at, nextWhy: this.next?.why ?? '', at: new Date() };
    this.state.last = report;
    if (published?.ok) this.state.lastGood = { ...report, outcome: published };
    return report;
  }

  /** The next timed publish: the content's next change, or a day from now, whichever is first. */
  private schedule(change: NextChange | undefined): void {
    this.timer?.stop();
    const dailyAt = new Date(Date.now() + AT_LEAST_EVERY_MS);
    this.next = change && change.at <= dailyAt ? { at: change.at, why: describeNextChange(change) } : { at: dailyAt, why: '例行重新发布（一天一次）' };
    const { at } = this.next;
    const fire = () => {
      this.dueAt = at.getTime();
      void this.request('到时自动发布');
    };
    // A change due while this build ran is published right away (a timer for a past instant would never fire).
    if (at.getTime() <= Date.now()) setImmediate(fire);
    else this.timer = new Cron(at, { maxRuns: 1 }, fire);
  }
}
