/**
 * The publisher checks the content folder before every publish
 * (content-check.ts); the build it then starts, a new process, would check the
 * whole folder again from cold — about a second and a half at 5000 entries.
 * The publisher hands its result over in a file instead, with a fingerprint of
 * every file in the folder (path and file identity, src/page-reuse/file-identity.ts) taken before
 * and after its check. The build takes the result only while the folder still
 * has that fingerprint: a file saved in between, even one the check did not
 * read, makes the build check the folder itself.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { contentFingerprint } from './content-fingerprint';
import { displayPathFrom, type ContentCheck } from './content-check';
import { parseContentSource, readingToHand, takeReading } from './content-source';
import type { CheckedEntry, CheckedRegion } from './content-rules';

/** What is handed over: the check without its functions, every path absolute. */
interface Handoff {
  contentDir: string;
  fingerprint: string;
  /** With how each file read, for the loaders (content-source.ts): Astro asks for every file's front matter at every sync. */
  entries: Array<Omit<CheckedEntry, 'lineOf' | 'file'> & { reading?: ReturnType<typeof readingToHand> }>;
  regions: Array<Omit<CheckedRegion, 'file'> & { absPath: string }>;
}

/**
 * Writes the passed check of `contentDir` for the build to take, if the folder
 * did not change while it was checked (`before`: its fingerprint when the check
 * began). Returns whether it did.
 */
export function writeCheckHandoff(path: string, contentDir: string, check: ContentCheck, before: string, displayRoot: string): boolean {
  if (check.problems.length || contentFingerprint(contentDir) !== before) return false;
  const handoff: Handoff = {
    contentDir: resolve(contentDir),
    fingerprint: before,
    entries: check.entries.map(({ kind, id, absPath, data, body }) => ({ kind, id, absPath, data, body, reading: readingToHand(absPath) })),
    regions: check.regions.map(({ file, ...region }) => ({ ...region, absPath: resolve(displayRoot, file) })),
  };
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(`${path}.new`, serialize(handoff));
    renameSync(`${path}.new`, path);
    return true;
  } catch {
    return false; // the build then checks the folder itself
  }
}

/** A line number from the file's text, worked out only if a message asks for one. */
function linesOf(absPath: string): CheckedEntry['lineOf'] {
  let source: ReturnType<typeof parseContentSource> | undefined;
  return (field) => (source ??= parseContentSource(absPath, readFileSync(absPath, 'utf8'))).lineOf(field);
}

/**
 * The check handed over for `contentDir`, with paths shown relative to
 * `displayRoot`; undefined when there is none, it is unreadable, or the folder
 * is no longer as it was checked.
 */
export function readCheckHandoff(path: string, contentDir: string, displayRoot: string, fingerprint?: string): ContentCheck | undefined {
  let handoff: Handoff;
  try {
    handoff = deserialize(readFileSync(path)) as Handoff;
  } catch {
    return undefined;
  }
  if (handoff.contentDir !== resolve(contentDir) || handoff.fingerprint !== (fingerprint ?? contentFingerprint(contentDir))) return undefined;
  const display = displayPathFrom(displayRoot);
  for (const { absPath, reading } of handoff.entries) if (reading) takeReading(absPath, reading);
  return {
    problems: [],
    entries: handoff.entries.map(({ reading: _, ...entry }) => ({ ...entry, file: display(entry.absPath), lineOf: linesOf(entry.absPath) })),
    regions: handoff.regions.map(({ absPath, ...region }) => ({ ...region, file: display(absPath) })),
  };
}
