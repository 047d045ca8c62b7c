/**
 * The live publisher's `astro build` processes, each started ahead of its
 * build (build-process-child.ts): while one build runs or the publisher waits
 * for a save, the next process has already loaded Astro, so a publish no
 * longer waits the 1.2–1.3 s that loading takes (docs/performance.md,
 * round 17). Each build still gets a process of its own, which ends with it.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const CHILD = join(import.meta.dirname, 'build-process-child.ts');

export class BuildProcesses {
  private spare: ChildProcess | undefined;
  private stopped = false;

  /**
   * @param cwd the project's root, where `astro build` runs
   * @param env what every build's environment starts from (each build adds its own settings)
   */
  constructor(
    private readonly cwd: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  private start(): ChildProcess {
    const child = fork(CHILD, [], { cwd: this.cwd, env: this.env, execArgv: [], stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    // execArgv empty: not the publisher's loaders (tsx); Node strips the child's types itself, as the astro command runs bare.
    // A process waiting for a build that may never come keeps neither the publisher running nor anything else.
    child.unref();
    child.channel?.unref();
    child.on('error', () => undefined);
    return child;
  }

  /**
   * A process that runs `astro <args>` with `env` as its whole environment, as
   * `spawn('astro', args, { env })` would; the one started ahead when there is
   * one. When it ends, the next one is started.
   */
  take(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
    const ready = this.spare && this.spare.exitCode === null && this.spare.signalCode === null && this.spare.connected;
    const child = ready ? this.spare! : this.start();
    this.spare = undefined;
    child.ref();
    child.channel?.ref();
    child.send({ env, args });
    child.once('close', () => {
      if (!this.stopped) this.spare = this.start();
    });
    return child;
  }

  /** The process waiting for the next build, if one is started. */
  get waiting(): number | undefined {
    return this.spare?.pid;
  }

  /** Ends the process waiting for a build (a build running goes on). */
  stop(): void {
    this.stopped = true;
    this.spare?.kill();
    this.spare = undefined;
  }
}
