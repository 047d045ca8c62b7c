/**
 * A content folder as the scaffolder sees it before writing: the checked
 * entries and regions (for numbering, choices and defaults), and every file
 * name already taken.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkContentFolder, type ContentCheck } from '../checking/content-check';
import { KINDS, entryIdFromPath, type EntryKind } from '../content-model/kinds';
import type { CheckedEntry, CheckedRegion } from '../checking/content-rules';

export interface ContentFolder {
  /** Absolute path of the content folder. */
  dir: string;
  /** What paths in messages are relative to (the folder's parent, so authors see `content/…`). */
  displayRoot: string;
  check: ContentCheck;
  regions: CheckedRegion[];
  /** The region with no parent: the whole area the site serves. */
  rootRegion?: string;
}

export function readContentFolder(dir: string, displayRoot = join(dir, '..')): ContentFolder {
  const check = checkContentFolder(dir, displayRoot);
  return { dir, displayRoot, check, regions: check.regions, rootRegion: check.regions.find((region) => !region.parent)?.id };
}

export function entriesOf(folder: ContentFolder, kind: EntryKind): CheckedEntry[] {
  return folder.check.entries.filter((entry) => entry.kind === kind);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Ids taken in a kind's folder, by any file — valid, broken or in a subfolder — since ids must differ whatever the extension. */
export function takenIds(folder: ContentFolder, kind: EntryKind): Set<string> {
  return new Set(filesUnder(join(folder.dir, kind)).map(entryIdFromPath));
}

/** The file of the entry with this id, if there is one. */
export function findEntryFile(folder: ContentFolder, kind: EntryKind, id: string): string | undefined {
  const extensions: readonly string[] = KINDS[kind].extensions;
  return filesUnder(join(folder.dir, kind)).find(
    (path) => entryIdFromPath(path) === id && !id.startsWith('_') && extensions.includes(path.split('.').pop()?.toLowerCase() ?? ''),
  );
}
