/**
 * Astro loaders over the content folder. They wrap Astro's `glob()`/`file()`
 * but hand the schemas the data as our own reader parses it (YAML 1.2 core:
 * dates stay text and are read in Beijing time, `0731…` keeps its zero), so the
 * site sees exactly what the content check saw, and do not validate twice what
 * the check validated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { file, glob } from 'astro/loaders';
import { contentPattern, entryIdFromPath, REGIONS, type EntryKind } from '../content-model/kinds';
import { checkedOutput, contentData, parseYamlSource } from './content-source';

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
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const path = props.filePath ?? '';
          const text = readFileSync(path, 'utf8');
          const checked = astroValidates ? undefined : checkedOutput(path, text);
          if (checked) return checked.output as typeof props.data;
          return context.parseData({ ...props, data: contentData(path, text) as typeof props.data });
        },
      }),
  };
}

/** `regions.yaml`, one entry per region. */
export function regionsFile(contentDir: string): Loader {
  return file(join(contentDir, REGIONS.file), {
    parser: (text) => parseYamlSource(text).data as Record<string, unknown>[],
  });
}
