import { z } from 'astro/zod';
import { regionId, text } from './fields';

/** One place content can be scoped to (`content/regions.yaml`). */
export const RegionSchema = z.strictObject({
  /** ASCII kebab-case id, used in URLs: `/regions/<id>/`. */
  id: regionId,
  /** The name residents know, e.g. 青石街道. */
  name: text,
  /** The id of the region this one lies in; the root region has none. */
  parent: regionId.optional(),
});

export type Region = z.output<typeof RegionSchema>;
