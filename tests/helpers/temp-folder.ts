/**
 * Vitest global setup: every temporary folder a test run makes (tests' own
 * mkdtemp, the sites they build, Astro and Pagefind caches, Chromium profiles)
 * goes into one folder of its own, deleted when the run ends. Without it, each
 * `npm test` left about a gigabyte in the system's temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const previous = process.env.TMPDIR;
  // os.tmpdir() reads TMPDIR each time; test workers and the processes they start inherit it.
  const folder = mkdtempSync(join(tmpdir(), 'epidemic-site-tests-'));
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(folder, { recursive: true, force: true });
  };
}
