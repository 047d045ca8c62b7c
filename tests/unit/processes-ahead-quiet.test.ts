/**
 * The next process started ahead waits for the publisher's quiet
 * (src/publishing/processes-ahead.ts): loading it beside a build's last steps
 * slowed them, so it starts once the publish is over, not as the work ends.
 */
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ProcessesAhead } from '../../src/publishing/processes-ahead';

/** A process that ends as soon as it is given work. */
const worker = () => spawn(process.execPath, ['-e', 'process.once("message", () => process.exit(0))'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });

const ended = (child: ReturnType<typeof worker>) => new Promise((done) => child.once('close', done));
const tick = (ms = 100) => new Promise((resume) => setTimeout(resume, ms));

let processes: ProcessesAhead | undefined;
afterEach(() => processes?.stop());

describe('the next process started ahead', () => {
  it('is started only once the publisher is quiet', async () => {
    let quiet!: () => void;
    const publishing = new Promise<void>((resume) => (quiet = resume));
    processes = new ProcessesAhead(worker, () => publishing);
    await ended(processes.take('work'));
    await tick();
    // The work ended while the publish still runs: nothing is loading beside it.
    expect(processes.waiting).toBeUndefined();
    quiet();
    await tick();
    expect(processes.waiting).toBeDefined();
  });

  it('is started as the work ends when nothing holds it', async () => {
    processes = new ProcessesAhead(worker);
    await ended(processes.take('work'));
    await tick();
    expect(processes.waiting).toBeDefined();
  });

  it('is never started once stopped', async () => {
    let quiet!: () => void;
    processes = new ProcessesAhead(worker, () => new Promise<void>((resume) => (quiet = resume)));
    await ended(processes.take('work'));
    processes.stop();
    quiet();
    await tick();
    expect(processes.waiting).toBeUndefined();
  });
});
