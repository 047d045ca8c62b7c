/** Astro's collections: one per kind in the registry (src/content-model/kinds.ts), plus the regions. */
import { defineCollection } from 'astro:content';
import type { CollectionConfig } from 'astro/content/config';
import { ENTRY_KIND_NAMES, KINDS, REGIONS, type EntryKind, type KindSchema } from './content-model/kinds';
import { contentGlob, regionsFile } from './checking/content-loader';
import { site } from './site.config';

const dir = site.contentDir;

/** Each kind's collection, typed with its own schema so pages see typed `data`. */
type EntryCollections = { [K in EntryKind]: CollectionConfig<KindSchema<K>> };

const entryCollections = Object.fromEntries(
  ENTRY_KIND_NAMES.map((kind) => {
    const { schema, ...definition } = KINDS[kind];
    const astroValidates = 'astroValidates' in definition && definition.astroValidates;
    return [kind, defineCollection({ loader: contentGlob(dir, kind, { astroValidates }), schema: ({ image }) => schema(image) })];
  }),
) as EntryCollections;

export const collections = {
  regions: defineCollection({ loader: regionsFile(dir), schema: REGIONS.schema }),
  ...entryCollections,
};
