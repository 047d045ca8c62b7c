/**
 * JSON Schema files generated from the Zod schemas of the registry, so a common
 * editor (VS Code with the YAML extension) checks hotline, clinic and region
 * files — and front matter, with editors that read it — as people type. Field
 * titles come from the schema fields' labels (`.meta({ title })`).
 */
import { z } from 'astro/zod';
import { ENTRY_KIND_NAMES, ENTRY_SCHEMAS, KINDS, REGIONS } from './kinds';

const SCHEMAS: Record<string, z.ZodType> = {
  ...Object.fromEntries(ENTRY_KIND_NAMES.map((kind) => [KINDS[kind].singular, ENTRY_SCHEMAS[kind]])),
  regions: REGIONS.listSchema,
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
