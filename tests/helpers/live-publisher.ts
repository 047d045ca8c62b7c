/**
 * Starts `npm run live` (src/cli/live.ts --json) on a content folder and a
 * release folder, on a free loopback port, and reads its events as they come.
 * The web editor's file proxy runs only when `env` gives it a port (EDITOR_PORT).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { bin, projectRoot } from './build-site';

export interface LiveEvent {
  event: string;
  trigger?: string;
  problems?: string;
  nextAt?: string | null;
  next?: string;
  live?: string | null;
  [key: string]: unknown;
}

export interface LivePublisher {
  url: string;
  events: LiveEvent[];
  /** Resolves with the first event from index `from` on that matches, or fails after `seconds`. */
  waitFor: (match: (event: LiveEvent) => boolean, seconds: number, from?: number) => Promise<LiveEvent>;
  stop: () => Promise<void>;
  output: () => string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function startLive(contentDir: string, outDir: string, env: Record<string, string> = {}): Promise<LivePublisher> {
  const port = await freePort();
  // The web editor's local proxy only where a test asks for it (with its own port): many publishers run at once.
  const editor = env.EDITOR_PORT ? [] : ['--no-editor'];
  const child: ChildProcess = spawn(bin('tsx'), [join(projectRoot, 'src/cli/live.ts'), '--out', outDir, '--json', ...editor], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, PORT: String(port), ASTRO_CACHE_DIR: join(outDir, '..', 'cache'), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const events: LiveEvent[] = [];
  let text = '';
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) if (line.startsWith('{')) events.push(JSON.parse(line) as LiveEvent);
  });
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));

  const waitFor = async (match: (event: LiveEvent) => boolean, seconds: number, from = 0) => {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
      const found = events.slice(from).find(match);
      if (found) return found;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`no matching publisher event in ${seconds} s; output:\n${text.slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  await waitFor((e) => e.event === 'serving', 60);
  return {
    url: `http://localhost:${port}`,
    events,
    waitFor,
    output: () => text,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
