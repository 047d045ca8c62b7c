/**
 * The build is reproducible: building the same content at the same pinned
 * "now" twice gives byte-identical output (same files, same sha256), so a
 * deploy only changes what the content changed and caches stay warm.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { buildSite, projectRoot } from '../helpers/build-site';
import { listFiles } from '../helpers/dist-files';
import { SAMPLE_NOW } from '../helpers/sample-build';

const firstDist = inject('sampleDist');
let secondWork: string | undefined;

const TEXT = /\.(html|xml|txt|css|js|mjs|json|svg|webmanifest)$/;

function hashes(dist: string): Map<string, string> {
  return new Map(listFiles(dist).map((file) => [file, createHash('sha256').update(readFileSync(join(dist, file))).digest('hex')]));
}

/** Where two versions of a file first differ (`where`), and the text around it (`detail`). */
function firstDifference(file: string, a: Buffer, b: Buffer): { where: string; detail: string } {
  if (!TEXT.test(file) || a.includes(0) || b.includes(0)) return { where: '', detail: `    binary, ${a.length} vs ${b.length} bytes` };
  const left = a.toString('utf8').split('\n');
  const right = b.toString('utf8').split('\n');
  const line = left.findIndex((text, i) => text !== right[i]);
  const at = line === -1 ? left.length : line;
  const l = left[at] ?? '<end of file>';
  const r = right[at] ?? '<end of file>';
  let col = 0;
  while (col < l.length && l[col] === r[col]) col++;
  const clip = (s: string) => JSON.stringify(s.slice(Math.max(0, col - 80), col + 120));
  return { where: `: line ${at + 1}, column ${col + 1}`, detail: `    first build:  ${clip(l)}\n    second build: ${clip(r)}` };
}

/** Build inputs edited after the first build started: if any, a difference may be theirs, not the build's. */
function inputsChangedSince(time: number): string[] {
  const roots = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];
  const files = roots.filter((root) => existsSync(join(projectRoot, root))).flatMap((root) => {
    const dir = join(projectRoot, root);
    return statSync(dir).isDirectory() ? listFiles(dir).map((file) => `${root}/${file}`) : [root];
  });
  return files.filter((file) => statSync(join(projectRoot, file)).mtimeMs > time);
}

/** When a buildSite() run began: its temporary folder's creation time (or, failing that, change time). */
const buildStarted = (dist: string) => {
  const work = statSync(join(dist, '..'));
  return work.birthtimeMs || work.ctimeMs;
};

describe('reproducible build', () => {
  afterAll(() => {
    if (secondWork) rmSync(secondWork, { recursive: true, force: true });
  });

  it('building the sample content twice gives byte-identical dist folders', () => {
    const second = buildSite(join(projectRoot, 'content'), { now: SAMPLE_NOW });
    secondWork = join(second.outDir, '..');
    expect(second.status, `the second build failed:\n${second.output.slice(-4000)}`).toBe(0);

    const a = hashes(firstDist);
    const b = hashes(second.outDir);
    const onlyFirst = [...a.keys()].filter((file) => !b.has(file));
    const onlySecond = [...b.keys()].filter((file) => !a.has(file));
    const differing = [...a.keys()].filter((file) => b.has(file) && a.get(file) !== b.get(file));

    const lines: string[] = [];
    if (onlyFirst.length) lines.push(`Only in the first build:\n  ${onlyFirst.join('\n  ')}`);
    if (onlySecond.length) lines.push(`Only in the second build:\n  ${onlySecond.join('\n  ')}`);
    // Files that differ in the same way (e.g. one site-wide CSP line) are listed together.
    const groups = new Map<string, string[]>();
    for (const file of differing) {
      const diff = firstDifference(file, readFileSync(join(firstDist, file)), readFileSync(join(second.outDir, file)));
      groups.set(diff.detail, [...(groups.get(diff.detail) ?? []), `${file}${diff.where}`]);
    }
    if (differing.length) lines.push(`${differing.length} file(s) differ:`);
    for (const [detail, files] of groups) lines.push(`  ${files.join('\n  ')}\n${detail}`);
    const changed = lines.length ? inputsChangedSince(buildStarted(firstDist)) : [];
    if (changed.length) lines.push(`Note: these inputs changed after the first build started, so re-run before blaming the build:\n  ${changed.join('\n  ')}`);
    expect(a.size).toBeGreaterThan(10);
    expect(lines.length, `The build is not reproducible.\n${lines.join('\n')}\n`).toBe(0);
  });
});
