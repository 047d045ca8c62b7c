/**
 * Builds tests/fixtures/site-broken once: the build must stop, name every file
 * and field listed in `_expected.json` in that one run, and publish nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixture, type BuildResult } from '../helpers/build-site';

const CONTENT = fixture('site-broken');

interface Planted {
  /** Relative to tests/fixtures/site-broken. */
  file: string;
  /** Dotted field path, e.g. `issued` or `attachments.0.file`. */
  field: string;
}
const planted = JSON.parse(readFileSync(join(CONTENT, '_expected.json'), 'utf8')) as Planted[];

/** Content files of the fixture (relative paths), `_` files excluded. */
const contentFiles = (readdirSync(CONTENT, { recursive: true }) as string[])
  .map((p) => p.split('\\').join('/'))
  .filter((p) => /\.(mdx?|ya?ml)$/.test(p) && !p.split('/').pop()!.startsWith('_'));

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A line names the field when every named part of its path appears as a word (`attachments.0.file` → attachments, file). */
function namesField(line: string, field: string): boolean {
  return field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .every((part) => new RegExp(`(^|[^A-Za-z])${escape(part)}([^A-Za-z]|$)`).test(line));
}

/** A line mentions the fixture file (as `…/site-broken/<file>` or just `<file>`). */
const mentions = (line: string, file: string) => new RegExp(`(^|[\\s/"'(（])${escape(file)}($|[\\s:：,，"')）])`).test(line);

/**
 * The file a line belongs to when problems are grouped under a file heading:
 * the nearest line at or above it that starts with a fixture path.
 */
function sectionFiles(lines: string[]): Array<string | undefined> {
  let current: string | undefined;
  return lines.map((line) => {
    const heading = /^\s*(\S*site-broken\/(\S+?))[\s:：]*$/.exec(line) ?? /^\s*(\S*site-broken\/(\S+?))[:：]/.exec(line);
    if (heading) current = heading[2];
    return current;
  });
}

/** True when the output names the problem: file and field on one line, or the field under the file's heading. */
function reported(output: string, problem: Planted): boolean {
  const lines = output.split(/\r?\n/);
  const sections = sectionFiles(lines);
  return lines.some((line, i) => {
    // The field must be named outside the file paths on the line (a path could contain a field-like word).
    const words = line.replace(/\S*site-broken\/\S+/g, ' ').split(problem.file).join(' ');
    return namesField(words, problem.field) && (mentions(line, problem.file) || sections[i] === problem.file);
  });
}

const walk = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name))) : [];

let build: BuildResult;

beforeAll(() => {
  build = buildSite(CONTENT);
});

describe('site-broken', () => {
  it('the fixture plants at least 8 problems in files of every kind', () => {
    expect(planted.length).toBeGreaterThanOrEqual(8);
    for (const kind of ['notices', 'articles', 'rhymes', 'hotlines', 'clinics']) {
      expect(planted.some((p) => p.file.startsWith(`${kind}/`)), kind).toBe(true);
    }
    for (const p of planted) expect(contentFiles, p.file).toContain(p.file);
  });

  it('stops the build with a non-zero status', () => {
    expect(build.status, 'the build ran to the end (null = killed or timed out)').not.toBeNull();
    expect(build.status, build.output).not.toBe(0);
  });

  it.each(planted.map((p) => [`${p.file} → ${p.field}`, p] as const))('names %s', (_, problem) => {
    expect(build.output).toContain(problem.file);
    expect(reported(build.output, problem), `no line names field "${problem.field}" of ${problem.file}:\n${build.output}`).toBe(true);
  });

  it('reports every planted problem in the one run', () => {
    const missing = planted.filter((p) => !reported(build.output, p)).map((p) => `${p.file} → ${p.field}`);
    expect(missing).toEqual([]);
  });

  it('does not blame the valid files', () => {
    const broken = new Set(planted.map((p) => p.file));
    const headings = new Set(sectionFiles(build.output.split(/\r?\n/)).filter((f) => f !== undefined));
    for (const file of contentFiles.filter((f) => !broken.has(f) && f !== 'regions.yaml')) {
      expect(headings.has(file), `${file} is valid but has problems listed under it`).toBe(false);
    }
  });

  it('publishes nothing: no page, feed or sitemap in dist', () => {
    const built = walk(build.outDir).filter((f) => /\.(html|xml)$/.test(f));
    expect(built).toEqual([]);
  });
});
