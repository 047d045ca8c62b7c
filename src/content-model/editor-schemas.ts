/**
 * JSON Schema files generated from the Zod schemas, so a common editor (VS
 * Code with the YAML extension) checks hotline, clinic and region files — and
 * front matter, with editors that read it — as people type.
 */
import { z } from 'astro/zod';
import { createArticleSchema } from '../schemas/article';
import { ClinicSchema } from '../schemas/clinic';
import { HotlineSchema } from '../schemas/hotline';
import { NoticeSchema } from '../schemas/notice';
import { RhymeSchema } from '../schemas/rhyme';
import { RegionListSchema } from './content-schemas';

const SCHEMAS: Record<string, z.ZodType> = {
  notice: NoticeSchema,
  article: createArticleSchema(() => z.string()),
  rhyme: RhymeSchema,
  hotline: HotlineSchema,
  clinic: ClinicSchema,
  regions: RegionListSchema,
};

/** File name → JSON text, for `docs/schemas/`. Dates are text as authors write them. */
export function editorSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => {
      const json = z.toJSONSchema(schema, {
        io: 'input',
        unrepresentable: 'any',
        override: (ctx) => {
          // A Date object never comes from a file; keep only the text form of date fields.
          const anyOf = ctx.jsonSchema.anyOf as Array<Record<string, unknown>> | undefined;
          if (anyOf?.length === 2 && anyOf.some((s) => s.type === 'string') && anyOf.some((s) => Object.keys(s).length === 0)) {
            delete ctx.jsonSchema.anyOf;
            Object.assign(ctx.jsonSchema, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2})?(Z|[+-]\\d{2}:?\\d{2})?)?$', description: '日期（北京时间），如 2026-11-22 或 2026-11-22T18:00+08:00' });
          }
        },
      });
      return [`${name}.schema.json`, `${JSON.stringify({ ...json, title: `${name}（由 src/schemas 生成，请勿手改：npm run schemas）` }, null, 2)}\n`];
    }),
  );
}
