/**
 * The web editor's form fields, made from the content schemas' JSON Schema
 * (src/content-model/editor-schemas.ts): the same labels (`title`), hints
 * (`description`), required fields, choices and patterns the content check
 * enforces, so the form can never ask for something the contract does not
 * allow. Decap CMS's field format: https://decapcms.org/docs/widgets/
 *
 * Dates stay text fields with the contract's pattern: a date picker would
 * write the browser's time zone, and a notice's 18:00 must stay 18:00 Beijing.
 */
import { DATE_HINT, DATE_PATTERN } from '../content-model/editor-schemas';

export interface JsonSchema {
  type?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  minItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  default?: unknown;
}

export type CmsField = Record<string, unknown> & { name: string; label: string; widget: string };

export interface Choice {
  label: string;
  value: string;
}

/** What the form needs beyond the schema, from the content folder and the registry. */
export interface FieldContext {
  /**
   * Field name → the values it may take, read from the content folder when the editor is built: `region`
   * → the regions of regions.yaml, `supersedes` → the notices. A list of choices rather than a link to
   * another collection, because one kind's entries lie in two collections (.md and .mdx files).
   */
  choices: Readonly<Record<string, readonly Choice[]>>;
  /** Field name → how its file is picked: covers are images, attachments and recordings files. */
  files: Readonly<Record<string, 'image' | 'file'>>;
  /** Readable names of values that are codes in the files (open → 开放). */
  valueLabels: Readonly<Record<string, string>>;
}

/** The editor splits a one-line list at ASCII commas only. */
const LIST_HINT = '多项之间用英文逗号“,”隔开';

const isDate = (schema: JsonSchema) => schema.pattern === DATE_PATTERN;

/** The label and hint every field carries. */
function common(name: string, schema: JsonSchema, required: boolean): Pick<CmsField, 'name' | 'label'> & Record<string, unknown> {
  const hint = schema.description ?? (isDate(schema) ? DATE_HINT : undefined);
  return {
    name,
    label: schema.title ?? name,
    required,
    ...(hint ? { hint: isDate(schema) && hint !== DATE_HINT ? `${hint}。${DATE_HINT}` : hint } : {}),
  };
}

/** One field of an object schema. */
export function cmsField(name: string, schema: JsonSchema, required: boolean, context: FieldContext): CmsField {
  const base = common(name, schema, required);
  // A field that takes text or a list of texts (a joint notice's authorities): the list form holds both.
  const union = schema.anyOf?.find((option) => option.type === 'array') ?? schema;
  const choices = context.choices[name];
  if (choices) return { ...base, widget: 'select', options: choices, multiple: schema.type === 'array' };
  const file = context.files[name];
  if (file) return { ...base, widget: file, choose_url: false };
  if (schema.enum) {
    const options = schema.enum.map((value) => ({ label: context.valueLabels[String(value)] ?? String(value), value }));
    return { ...base, widget: 'select', options, ...(schema.default !== undefined ? { default: schema.default } : {}) };
  }
  switch (union.type) {
    case 'boolean':
      return { ...base, widget: 'boolean', default: false };
    case 'integer':
    case 'number':
      return { ...base, widget: 'number', value_type: union.type === 'integer' ? 'int' : 'float' };
    case 'object': {
      // An optional group (撤销) may be left wholly blank: the editor would otherwise demand its parts. A half-filled
      // group is left to the content check, which names what is missing.
      const fields = cmsFields(union, context).map((field) =>
        required || !field.required ? field : { ...field, required: false, hint: [field.hint, '填写这一组时必填'].filter(Boolean).join('。') },
      );
      return { ...base, widget: 'object', collapsed: !required, fields };
    }
    case 'array':
      return arrayField(base, union, context);
    default:
      if (isDate(schema)) return { ...base, widget: 'string', pattern: [DATE_PATTERN, DATE_HINT] };
      // Longer free text gets a text area: a summary, notes.
      return { ...base, widget: name === 'summary' || name === 'notes' ? 'text' : 'string' };
  }
}

function arrayField(base: ReturnType<typeof common>, schema: JsonSchema, context: FieldContext): CmsField {
  const items = schema.items ?? {};
  const min = schema.minItems ? { min: schema.minItems } : {};
  // A list of objects: one small form per item. A list of texts: one line, items separated by commas.
  if (items.type === 'object') return { ...base, widget: 'list', ...min, fields: cmsFields(items, context) };
  const hint = [base.hint, LIST_HINT].filter(Boolean).join('。');
  return { ...base, widget: 'list', ...min, hint };
}

/** Every field of an object schema, in the schema's order. */
export function cmsFields(schema: JsonSchema, context: FieldContext): CmsField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, field]) => cmsField(name, field, required.has(name), context));
}
