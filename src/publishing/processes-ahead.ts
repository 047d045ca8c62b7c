/**
 * The live publisher's child processes, each started ahead of its work: while
 * one build runs or the publisher waits for a save, the next build's process
 * has already loaded Astro (build-process-child.ts) and the next search
 * index's process its modules (search-index-child.ts), so a publish no longer
 * waits for that loading (docs/performance.md, rounds 17 and 18). Each piece
 * of work still gets a process of its own, which ends with it.
 */
import type { ChildProcess, Serializable } from 'node:child_process';

export class ProcessesAhead {
  private spare: ChildProcess | undefined;
  private stopped = false;

  /** @param start starts one process, which waits for the message `take` sends it */
  constructor(private readonly start: () => ChildProcess) {}

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
    const ready = this.spare && this.spare.exitCode === null && this.spare.signalCode === null && this.spare.connected;
    const child = ready ? this.spare! : this.startAhead();
    this.spare = undefined;
    child.ref();
    child.channel?.ref();
    child.send(work);
    child.once('close', () => {
      if (!this.stopped) this.spare = this.startAhead();
    });
    return child;
  }

  /** The process waiting for work, if one is started. */
  get waiting(): number | undefined {
    return this.spare?.pid;
  }

  /** Ends the process waiting for work (work running goes on). */
  stop(): void {
    this.stopped = true;
    this.spare?.kill();
    this.spare = undefined;
  }
}
