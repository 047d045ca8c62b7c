/**
 * Which build started ahead a publish gets (src/publishing/build-ahead.ts):
 * one started over the live release is kept while that release stays live;
 * once another goes live (a full search index after a delta), it is ended,
 * its folder set aside, and a new one started over the new release.
 * (tests/build/build-ahead.test.ts runs real builds.)
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildAhead, buildTarget } from '../../src/publishing/build-ahead';
import type { ProcessesAhead } from '../../src/publishing/processes-ahead';
import { activateRelease, prepareRelease, RELEASES_DIR } from '../../src/publishing/releases';

/** The processes' side, recorded: what was prepared, taken and ended. */
function fakeProcesses() {
  const calls: string[] = [];
  let waiting = false;
  const processes = {
    prepare: (work: { args: string[] }) => {
      calls.push(`prepare ${work.args.at(-1)!.split('/').at(-1)}`);
      waiting = true;
    },
    preparedWaiting: () => waiting,
    takePrepared: () => {
      calls.push('take');
      const taken = waiting ? ({ pid: 1 } as unknown) : undefined;
      waiting = false;
      return taken;
    },
    dropPrepared: () => {
      if (waiting) calls.push('end');
      waiting = false;
    },
  };
  return { calls, processes: processes as unknown as ProcessesAhead };
}

function liveRelease(outDir: string): string {
  const { id, dir } = prepareRelease(outDir);
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  activateRelease(outDir, id);
  return id;
}

const releaseFolders = (outDir: string) => readdirSync(join(outDir, RELEASES_DIR)).filter((name) => !name.startsWith('.')).sort();

describe('the build started ahead', () => {
  it('is started once over the live release, and kept while that release stays live', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'build-ahead-'));
    const contentDir = join(outDir, '..', 'content');
    const { calls, processes } = fakeProcesses();
    const ahead = new BuildAhead(processes);
    ahead.prepare(outDir, contentDir);
    // Nothing is live yet: nothing to build over.
    expect(calls).toEqual([]);
    const first = liveRelease(outDir);
    ahead.prepare(outDir, contentDir);
    ahead.prepare(outDir, contentDir);
    expect(calls).toHaveLength(1);
    const reserved = releaseFolders(outDir).filter((id) => id !== first);
    expect(reserved).toHaveLength(1);
    const taken = ahead.take(outDir, buildTarget(outDir, contentDir));
    expect(taken?.release.id).toBe(reserved[0]);
    // Taken once only.
    expect(ahead.take(outDir, buildTarget(outDir, contentDir))).toBeUndefined();
  });

  it('is ended, and its folder set aside, when another release goes live; then started over that one', () => {
    const outDir = mkdtempSync(join(tmpdir(), 'build-ahead-'));
    const contentDir = join(outDir, '..', 'content');
    const { calls, processes } = fakeProcesses();
    const ahead = new BuildAhead(processes);
    liveRelease(outDir);
    ahead.prepare(outDir, contentDir);
    const before = releaseFolders(outDir);
    const fullIndex = liveRelease(outDir);
    ahead.prepare(outDir, contentDir);
    expect(calls.filter((call) => call !== 'take')).toEqual([`prepare ${before.at(-1)}`, 'end', expect.stringMatching(/^prepare /)]);
    // The first one's folder is gone from the releases; the new one is newer than the live release.
    const now = releaseFolders(outDir);
    expect(now).not.toContain(before.at(-1));
    const stamp = (id: string) => id.slice(0, 16);
    const started = now.find((id) => id !== fullIndex && !before.includes(id))!;
    expect(stamp(started) >= stamp(fullIndex)).toBe(true);
    // A publish over an older release, or of another folder, gets none.
    expect(ahead.take(outDir, { ...buildTarget(outDir, contentDir), contentDir: join(outDir, 'other') })).toBeUndefined();
  });
});
