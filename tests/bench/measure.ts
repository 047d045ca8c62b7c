/**
 * Runs one whole process (a build) and measures it from the outside: wall
 * time, and peak memory of the process tree (the Node build plus the Pagefind
 * binary it starts), sampled from /proc every 200 ms. Each output line is kept
 * with the time it arrived, so the report can show where the time went.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

export interface Measured {
  exitCode: number | null;
  timedOut: boolean;
  /** Stopped because the tree's memory passed `maxTreeBytes`. */
  memoryExceeded: boolean;
  wallSeconds: number;
  /** Highest sampled sum of resident memory over the process tree. */
  peakTreeRssBytes: number;
  /** Highest per-process high-water mark (VmHWM) seen: exact, but for one process. */
  peakProcessHwmBytes: number;
  /** Output lines with seconds since start. */
  lines: Array<{ t: number; text: string }>;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutSeconds: number;
  /** Full output is also written here. */
  logFile: string;
  /** Stop the build when the tree's resident memory passes this (protects a shared machine). */
  maxTreeBytes?: number;
}

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return children;
}

/** [sum of VmRSS, max of VmHWM] over `root` and its descendants, in bytes. */
function treeMemory(root: number): [number, number] {
  const children = childrenOf();
  let rss = 0;
  let hwm = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    stack.push(...(children.get(pid) ?? []));
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) * 1024;
      hwm = Math.max(hwm, Number(status.match(/VmHWM:\s+(\d+)/)?.[1] ?? 0) * 1024);
    } catch {
      // Gone already.
    }
  }
  return [rss, hwm];
}

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const log = createWriteStream(options.logFile);
    const lines: Measured['lines'] = [];
    let peakTree = 0;
    let peakHwm = 0;
    let timedOut = false;
    let memoryExceeded = false;
    // The build runs in its own process group: stopping it ends exactly that group.
    const stop = () => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL');
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      const t = seconds();
      for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ t, text });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const sample = () => {
      if (child.pid === undefined) return;
      const [rss, hwm] = treeMemory(child.pid);
      peakTree = Math.max(peakTree, rss);
      peakHwm = Math.max(peakHwm, hwm);
      if (options.maxTreeBytes && rss > options.maxTreeBytes && !memoryExceeded) {
        memoryExceeded = true;
        stop();
      }
    };
    const sampler = setInterval(sample, 200);
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutSeconds * 1000);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      const wallSeconds = seconds();
      clearInterval(sampler);
      clearTimeout(timer);
      log.end();
      resolve({ exitCode, timedOut, memoryExceeded, wallSeconds, peakTreeRssBytes: peakTree, peakProcessHwmBytes: peakHwm, lines });
    });
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
