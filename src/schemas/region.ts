import { z } from 'astro/zod';
import { regionId, text } from './fields';

/** One place content can be scoped to (`content/regions.yaml`). */
export const RegionSchema = z.strictObject({
  /** ASCII kebab-case id, used in URLs: `/regions/<id>/`. */
  id: regionId.meta({ title: '编号' }),
  /** The name residents know, e.g. 青石街道. */
  name: text.meta({ title: '名称' }),
  /** The id of the region this one lies in; the root region has none. */
  parent: regionId.optional().meta({ title: '上级地区' }),
});

export type Region = z.output<typeof RegionSchema>;
