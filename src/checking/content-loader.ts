/**
 * Astro loaders over the content folder. They wrap Astro's `glob()`/`file()`
 * but hand the schemas the data as our own reader parses it (YAML 1.2 core:
 * dates stay text and are read in Beijing time, `0731…` keeps its zero), so the
 * site sees exactly what the content check saw, and do not validate twice what
 * the check validated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { contentPattern, entryIdFromPath, REGIONS, type EntryKind } from '../content-model/kinds';
import { checkedOutput, contentData, parseYamlSource } from './content-source';
import { inLiveBuild, saveMade } from '../publishing/publisher-word';
import { noteFolderAsLoaded } from './content-fingerprint';

/**
 * All files of one kind under `<contentDir>/<kind>/`, id = file name. A file the
 * content check validated, unchanged since, keeps the check's result instead of
 * being validated again (the same schema, the registry, src/content-model/kinds.ts), unless
 * `astroValidates`: a schema that needs Astro's helpers (the article cover's
 * `image()`) must run inside Astro.
 */
export function contentGlob(contentDir: string, kind: EntryKind, { astroValidates = false } = {}): Loader {
  const inner = glob({
    base: join(contentDir, kind),
    pattern: contentPattern(kind),
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
  return {
    name: `content-${kind}`,
    load: (context) => {
      const withTypes: WithEntryTypes = {
        ...context,
        entryTypes: unchangedNotParsed(context),
        parseData: async (props) => {
          const path = props.filePath ?? '';
          const text = readFileSync(path, 'utf8');
          const checked = astroValidates ? undefined : checkedOutput(path, text);
          if (checked) return checked.output as typeof props.data;
          return context.parseData({ ...props, data: contentData(path, text) as typeof props.data });
        },
      };
      return afterTheSave(contentDir, () => holdingTheSave(context, () => inner.load(withTypes)));
    },
  };
}

/** `regions.yaml`, one entry per region. */
export function regionsFile(contentDir: string): Loader {
  const inner = file(join(contentDir, REGIONS.file), {
    parser: (text) => parseYamlSource(text).data as Record<string, unknown>[],
  });
  return { ...inner, load: (context) => afterTheSave(contentDir, () => holdingTheSave(context, () => inner.load(context))) };
}

/**
 * Runs a loader once the save a live build publishes is made
 * (src/publishing/publisher-word.ts), which may be long after the build
 * started: before it, the folder holds what the live release already shows.
 * The loaders then read beside the publisher's check, not after it; the
 * folder's fingerprint as they start is kept, for the content check to make
 * sure they read what it checked (content-fingerprint.ts).
 */
async function afterTheSave(contentDir: string, load: () => Promise<void>): Promise<void> {
  await saveMade();
  if (inLiveBuild()) noteFolderAsLoaded(contentDir);
  return load();
}

/** Under Astro's 500 ms wait before it saves its store after a change: each beat restarts the wait. */
const SAVE_HELD_BEAT_MS = 200;
let loading = 0;
let beat: NodeJS.Timeout | undefined;

/**
 * Runs a loader while keeping Astro from saving its store before every loader
 * has run. Astro writes the whole store (about a second at 5000 entries) 500 ms
 * after its last change, even mid-sync: the settings it stores as a sync starts
 * and the regions, set again at every sync, made it write once while the
 * loaders still read the folder, then again at the end for the file that
 * changed. While a loader of ours runs, a change every 200 ms (the same value
 * in this loader's meta, which nothing reads) restarts that wait, so the store
 * is written once, when the sync ends (docs/upgrading.md).
 */
export async function holdingTheSave(context: LoaderContext, load: () => Promise<void>): Promise<void> {
  loading++;
  beat ??= setInterval(() => context.meta.set('save-held', 'while loading'), SAVE_HELD_BEAT_MS);
  try {
    await load();
  } finally {
    if (--loading === 0) {
      clearInterval(beat);
      beat = undefined;
    }
  }
}

/** The entry types Astro hands its `glob()` loader (not in the loader context's public type: docs/upgrading.md). */
type WithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/**
 * The entry types, each asked for a file's front matter only when the file is
 * not already in the store as it is now. `glob()` reads every file at every
 * sync and asks for its front matter before it compares the file with the
 * stored entry, then drops what it parsed when they match: at 5000 entries that
 * was most of a publish's sync, for one changed file (docs/performance.md).
 * Here a file whose text digests as its stored entry's does (the same test
 * `glob()` makes next) gets an empty reading; ids come from file names, not front matter.
 */
function unchangedNotParsed(context: LoaderContext): Map<string, ContentEntryType> | undefined {
  const types = (context as WithEntryTypes).entryTypes;
  if (!types) return undefined;
  const stored = (fileUrl: URL, contents: string) => {
    const entry = context.store.get(entryIdFromPath(fileURLToPath(fileUrl)));
    return entry?.filePath !== undefined && entry.filePath !== '' && entry.digest === context.generateDigest(contents);
  };
  return new Map(
    [...types].map(([extension, type]) => [
      extension,
      {
        ...type,
        getEntryInfo: (params: Parameters<ContentEntryType['getEntryInfo']>[0]) =>
          stored(params.fileUrl, params.contents) ? { data: {}, body: '', slug: '', rawData: '' } : type.getEntryInfo(params),
      },
    ]),
  );
}
