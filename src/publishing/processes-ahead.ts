/**
 * The live publisher's child processes, each started ahead of its work: while
 * one build runs or the publisher waits for a save, the next build's process
 * has already loaded Astro (build-process-child.ts) and the next search
 * index's process its modules (search-index-child.ts), so a publish no longer
 * waits for that loading (docs/performance.md, rounds 17 and 18). Each piece
 * of work still gets a process of its own, which ends with it.
 */
import type { ChildProcess, Serializable } from 'node:child_process';

const running = (child: ChildProcess | undefined): boolean => child !== undefined && child.exitCode === null && child.signalCode === null && child.connected;

export class ProcessesAhead {
  private spare: ChildProcess | undefined;
  /** A process given its work before it was asked for (`prepare`). */
  private prepared: ChildProcess | undefined;
  private stopped = false;

  /**
   * @param start starts one process, which waits for the message `take` sends it
   * @param quiet resolves when the next process may be started (at once, unless told)
   */
  constructor(
    private readonly start: () => ChildProcess,
    private readonly quiet: () => Promise<void> = () => Promise.resolve(),
  ) {}

  private startAhead(): ChildProcess {
    const child = this.start();
    // A process waiting for work that may never come keeps neither the publisher running nor anything else.
    child.unref();
    child.channel?.unref();
    child.on('error', () => undefined);
    return child;
  }

  /**
   * A process told to do `work`: the one started ahead when there is one.
   * When it ends, the next one is started.
   */
  take(work: Serializable): ChildProcess {
    // Work prepared for something else is not wanted now.
    this.dropPrepared();
    const child = this.waitingProcess();
    child.send(work);
    return this.own(child);
  }

  /**
   * Gives `work` to the process waiting for work (started now if none) before
   * the work is asked for, so that it starts on it (build-ahead.ts);
   * `takePrepared` then hands it over. A process prepared before is ended.
   */
  prepare(work: Serializable): void {
    this.dropPrepared();
    if (this.stopped) return;
    const child = this.waitingProcess();
    child.send(work);
    this.prepared = child;
  }

  /** The process `prepare` gave its work, if it still runs: the caller's now, as from `take`. */
  takePrepared(): ChildProcess | undefined {
    const child = this.prepared;
    this.prepared = undefined;
    if (child && running(child)) return this.own(child);
    child?.kill();
    return undefined;
  }

  /** True while the process `prepare` gave its work still runs. */
  preparedWaiting(): boolean {
    return this.prepared !== undefined && running(this.prepared);
  }

  /** Ends the process `prepare` gave its work, if any (its work is no longer wanted). */
  dropPrepared(): void {
    this.prepared?.kill();
    this.prepared = undefined;
  }

  /** The process started ahead, or a new one if it is gone. */
  private waitingProcess(): ChildProcess {
    const child = this.spare && running(this.spare) ? this.spare : this.startAhead();
    this.spare = undefined;
    return child;
  }

  /** Work is running in `child`: it keeps the publisher running, and when it ends the next process is started. */
  private own(child: ChildProcess): ChildProcess {
    child.ref();
    child.channel?.ref();
    child.once('close', () => {
      void this.quiet().then(() => {
        if (!this.stopped && !this.spare && !this.prepared) this.spare = this.startAhead();
      });
    });
    return child;
  }

  /** The process waiting for work, if one is started. */
  get waiting(): number | undefined {
    return this.spare?.pid;
  }

  /** Ends the processes waiting for work, prepared or not (work running goes on). */
  stop(): void {
    this.stopped = true;
    this.spare?.kill();
    this.spare = undefined;
    this.dropPrepared();
  }
}
