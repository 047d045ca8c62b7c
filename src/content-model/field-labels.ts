/**
 * Chinese names of content fields, so error messages speak the author's
 * language. They live on the schema fields (`.meta({ title })`, also the hover
 * text of the editor schemas); this gathers them by field name from every
 * schema in the registry.
 */
import { z } from 'astro/zod';
import { ENTRY_SCHEMAS, REGIONS } from './kinds';

/** The body of a Markdown entry is not a schema field, but problems are reported at it. */
const BODY_LABEL = { body: '正文' };

/** The title a field's schema carries, on the field or on any wrapper around it (optional, default…). */
export function fieldTitle(schema: z.ZodType): string | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const title = z.globalRegistry.get(current)?.title;
    if (title) return title;
    const def = current.def as { innerType?: z.ZodType; in?: z.ZodType };
    current = def.innerType ?? def.in;
  }
  return undefined;
}

/** An object schema's fields (through wrappers and refinements). */
export function objectFields(schema: z.ZodType): Record<string, z.ZodType> {
  const def = schema.def as { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType };
  if (def.type === 'object' && def.shape) return def.shape;
  const inner = def.innerType ?? def.in ?? def.element;
  return inner ? objectFields(inner) : {};
}

function gatherLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const schema of [REGIONS.listSchema, ...Object.values(ENTRY_SCHEMAS)]) {
    for (const [name, field] of Object.entries(objectFields(schema))) {
      const title = fieldTitle(field);
      if (title && !(name in labels)) labels[name] = title;
    }
  }
  return { ...labels, ...BODY_LABEL };
}

/** Field name → its Chinese name, over every kind. */
export const FIELD_LABELS: Readonly<Record<string, string>> = gatherLabels();
