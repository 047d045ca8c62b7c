/**
 * Astro loaders over the content folder. They wrap Astro's `glob()`/`file()`
 * but hand the schemas the data as our own reader parses it (YAML 1.2 core:
 * dates stay text and are read in Beijing time, `0731…` keeps its zero), so the
 * site sees exactly what the content check saw.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { contentPattern, entryIdFromPath, REGIONS_FILE, type EntryKind } from '../lib/content-kinds';
import { contentData, parseYamlSource } from '../lib/content-source';

/** All files of one kind under `<contentDir>/<kind>/`, id = file name. */
export function contentGlob(contentDir: string, kind: EntryKind): Loader {
  const inner = glob({
    base: join(contentDir, kind),
    pattern: contentPattern(kind),
    generateId: ({ entry }) => entryIdFromPath(entry),
  });
  return {
    name: `content-${kind}`,
    load: (context) =>
      inner.load({
        ...context,
        parseData: (props) => {
          const path = props.filePath ?? '';
          const data = contentData(path, readFileSync(path, 'utf8'));
          return context.parseData({ ...props, data: data as typeof props.data });
        },
      }),
  };
}

/** `regions.yaml`, one entry per region. */
export function regionsFile(contentDir: string): Loader {
  return file(join(contentDir, REGIONS_FILE), {
    parser: (text) => parseYamlSource(text).data as Record<string, unknown>[],
  });
}
