/**
 * JSON Schema files generated from the Zod schemas of the registry, so a common
 * editor (VS Code with the YAML extension) checks hotline, clinic and region
 * files — and front matter, with editors that read it — as people type. Field
 * titles come from the schema fields' labels (`.meta({ title })`).
 */
import { z } from 'astro/zod';
import { CONTENT_DATE_PATTERN } from '../lifecycle/beijing-time';
import { ENTRY_KIND_NAMES, ENTRY_SCHEMAS, KINDS, REGIONS } from './kinds';

/** What a date field accepts as text, for editors that check as people type. */
export const DATE_PATTERN = CONTENT_DATE_PATTERN;
export const DATE_HINT = '日期（北京时间），如 2026-11-22 或 2026-11-22T18:00+08:00';

const SCHEMAS: Record<string, z.ZodType> = {
  ...Object.fromEntries(ENTRY_KIND_NAMES.map((kind) => [KINDS[kind].singular, ENTRY_SCHEMAS[kind]])),
  regions: REGIONS.listSchema,
};

/** A schema as JSON Schema for what authors write: dates are text, as in the files. */
export function inputJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // A Date object never comes from a file; keep only the text form of date fields.
      const anyOf = ctx.jsonSchema.anyOf as Array<Record<string, unknown>> | undefined;
      if (anyOf?.length === 2 && anyOf.some((s) => s.type === 'string') && anyOf.some((s) => Object.keys(s).length === 0)) {
        delete ctx.jsonSchema.anyOf;
        // A field's own hint (its meta description) replaces this one.
        Object.assign(ctx.jsonSchema, { type: 'string', pattern: DATE_PATTERN, description: DATE_HINT });
      }
    },
  }) as Record<string, unknown>;
}

/** File name → JSON text, for `docs/schemas/`. */
export function editorSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(SCHEMAS).map(([name, schema]) => {
      const json = inputJsonSchema(schema);
      return [`${name}.schema.json`, `${JSON.stringify({ ...json, title: `${name}（由 src/schemas 生成，请勿手改：npm run schemas）` }, null, 2)}\n`];
    }),
  );
}
